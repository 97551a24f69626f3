import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { FollowUpStatus, ImpactFilter, SessionKind, Stage } from '../../gql/graphql';
import { useLocale } from '../locale';

/** The cooperatives, ventures or sessions behind a figure, with the dashboard's filters and the figure's own arguments. */
export type RecordsRequest =
  | { of: 'cooperatives'; title: string; filter: ImpactFilter }
  | { of: 'ventures'; title: string; filter: ImpactFilter; stage?: Stage; operatingOrGrowing?: boolean; withResults?: boolean }
  | { of: 'sessions'; title: string; filter: ImpactFilter; kind?: SessionKind; sessionCoachId?: string }
  | {
      of: 'followUps';
      title: string;
      filter: ImpactFilter;
      months: number;
      status: FollowUpStatus;
      stillOperating?: boolean;
      overdue?: boolean;
    };

/** A request without the filter (the dashboard adds its own). */
export type RecordsAsk = RecordsRequest extends infer T ? (T extends unknown ? Omit<T, 'filter'> : never) : never;

export const ImpactCooperativesDocument = graphql(`
  query ImpactCooperatives($filter: ImpactFilter, $after: String) {
    impactCooperatives(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          nameAr
        }
      }
    }
  }
`);

export const ImpactVenturesDocument = graphql(`
  query ImpactVentures($filter: ImpactFilter, $stage: Stage, $operatingOrGrowing: Boolean, $withResults: Boolean, $after: String) {
    impactVentures(
      filter: $filter
      stage: $stage
      operatingOrGrowing: $operatingOrGrowing
      withResults: $withResults
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          stage
        }
      }
    }
  }
`);

export const ImpactSessionsDocument = graphql(`
  query ImpactSessions($filter: ImpactFilter, $kind: SessionKind, $sessionCoachId: ID, $after: String) {
    impactSessions(filter: $filter, kind: $kind, sessionCoachId: $sessionCoachId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          startsAt
        }
      }
    }
  }
`);

export const ImpactFollowUpsDocument = graphql(`
  query ImpactFollowUps(
    $filter: ImpactFilter
    $months: Int
    $status: FollowUpStatus
    $stillOperating: Boolean
    $overdue: Boolean
    $after: String
  ) {
    impactFollowUps(
      filter: $filter
      months: $months
      status: $status
      stillOperating: $stillOperating
      overdue: $overdue
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personId
          dueOn
          person {
            id
            firstName
            lastName
            firstNameAr
            lastNameAr
          }
        }
      }
    }
  }
`);

interface Row {
  id: string;
  to: string;
  label: string;
}
interface Page {
  totalCount: number;
  rows: Row[];
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** One list of records: count (equal to the figure), links to each record, "more". */
function RecordList({
  title,
  count,
  page,
  loading,
  error,
  onMore,
}: {
  title: string;
  count: string;
  page?: Page;
  loading: boolean;
  error: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation('impact');
  return (
    <Stack gap="sm">
      {error ? (
        <Alert color="red" role="alert">
          {t('loadError')}
        </Alert>
      ) : null}
      {loading && !page ? <Loader aria-label={t('loading')} /> : null}
      {page ? (
        <>
          <Text fw={600} role="status" data-testid="drill-count">
            {count}
          </Text>
          <List aria-label={title}>
            {page.rows.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={r.to}>
                  {r.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
          {page.hasNextPage ? (
            <Button variant="light" onClick={onMore}>
              {t('drill.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

function Cooperatives({ request }: { request: Extract<RecordsRequest, { of: 'cooperatives' }> }) {
  const { t } = useTranslation('impact');
  const { locale } = useLocale();
  const { data, loading, error, fetchMore } = useQuery(ImpactCooperativesDocument, { variables: { filter: request.filter } });
  const conn = data?.impactCooperatives;
  const page: Page | undefined = conn && {
    totalCount: conn.totalCount,
    hasNextPage: conn.pageInfo.hasNextPage,
    endCursor: conn.pageInfo.endCursor,
    rows: conn.edges.map(({ node }) => ({
      id: node.id,
      to: `/cooperatives/${node.id}`,
      label: locale === Locale.AR && node.nameAr ? node.nameAr : node.name,
    })),
  };
  return (
    <RecordList
      title={request.title}
      count={t('records.cooperatives', { count: conn?.totalCount ?? 0 })}
      page={page}
      loading={loading}
      error={!!error}
      onMore={() => void fetchMore({ variables: { after: conn?.pageInfo.endCursor } })}
    />
  );
}

function Ventures({ request }: { request: Extract<RecordsRequest, { of: 'ventures' }> }) {
  const { t } = useTranslation('impact');
  const { data, loading, error, fetchMore } = useQuery(ImpactVenturesDocument, {
    variables: {
      filter: request.filter,
      stage: request.stage,
      operatingOrGrowing: request.operatingOrGrowing,
      withResults: request.withResults,
    },
  });
  const conn = data?.impactVentures;
  const page: Page | undefined = conn && {
    totalCount: conn.totalCount,
    hasNextPage: conn.pageInfo.hasNextPage,
    endCursor: conn.pageInfo.endCursor,
    rows: conn.edges.map(({ node }) => ({ id: node.id, to: `/ventures/${node.id}`, label: `${node.title} · ${t(`stage.${node.stage}`)}` })),
  };
  return (
    <RecordList
      title={request.title}
      count={t('records.ventures', { count: conn?.totalCount ?? 0 })}
      page={page}
      loading={loading}
      error={!!error}
      onMore={() => void fetchMore({ variables: { after: conn?.pageInfo.endCursor } })}
    />
  );
}

function Sessions({ request }: { request: Extract<RecordsRequest, { of: 'sessions' }> }) {
  const { t } = useTranslation(['impact', 'sessions']);
  const { locale } = useLocale();
  const lang = locale === Locale.AR ? 'ar-MA' : locale;
  const { data, loading, error, fetchMore } = useQuery(ImpactSessionsDocument, {
    variables: { filter: request.filter, kind: request.kind, sessionCoachId: request.sessionCoachId },
  });
  const conn = data?.impactSessions;
  const when = (iso: string) => new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' });
  const page: Page | undefined = conn && {
    totalCount: conn.totalCount,
    hasNextPage: conn.pageInfo.hasNextPage,
    endCursor: conn.pageInfo.endCursor,
    rows: conn.edges.map(({ node }) => ({
      id: node.id,
      to: `/sessions/${node.id}`,
      label: `${t(`sessions:kind.${node.kind}`)} · ${when(node.startsAt)}`,
    })),
  };
  return (
    <RecordList
      title={request.title}
      count={t('impact:records.sessions', { count: conn?.totalCount ?? 0 })}
      page={page}
      loading={loading}
      error={!!error}
      onMore={() => void fetchMore({ variables: { after: conn?.pageInfo.endCursor } })}
    />
  );
}

function FollowUps({ request }: { request: Extract<RecordsRequest, { of: 'followUps' }> }) {
  const { t } = useTranslation('impact');
  const { locale } = useLocale();
  const { data, loading, error, fetchMore } = useQuery(ImpactFollowUpsDocument, {
    variables: {
      filter: request.filter,
      months: request.months,
      status: request.status,
      stillOperating: request.stillOperating,
      overdue: request.overdue,
    },
  });
  const conn = data?.impactFollowUps;
  const page: Page | undefined = conn && {
    totalCount: conn.totalCount,
    hasNextPage: conn.pageInfo.hasNextPage,
    endCursor: conn.pageInfo.endCursor,
    rows: conn.edges.map(({ node }) => {
      const p = node.person;
      const name = !p
        ? t('records.hiddenPerson')
        : locale === Locale.AR && p.firstNameAr
          ? `${p.firstNameAr} ${p.lastNameAr ?? ''}`.trim()
          : `${p.firstName} ${p.lastName}`;
      return { id: node.id, to: `/people/${node.personId}`, label: `${name} · ${node.dueOn}` };
    }),
  };
  return (
    <RecordList
      title={request.title}
      count={t('records.followUps', { count: conn?.totalCount ?? 0 })}
      page={page}
      loading={loading}
      error={!!error}
      onMore={() => void fetchMore({ variables: { after: conn?.pageInfo.endCursor } })}
    />
  );
}

/** The cooperatives, ventures or sessions behind a dashboard figure: the count shown equals the figure. */
export function RecordDrillDown({ request, onClose }: { request: RecordsRequest | null; onClose: () => void }) {
  return (
    <Modal opened={!!request} onClose={onClose} title={request?.title} size="lg">
      {request?.of === 'cooperatives' ? <Cooperatives request={request} /> : null}
      {request?.of === 'ventures' ? <Ventures request={request} /> : null}
      {request?.of === 'sessions' ? <Sessions request={request} /> : null}
      {request?.of === 'followUps' ? <FollowUps request={request} /> : null}
    </Modal>
  );
}
