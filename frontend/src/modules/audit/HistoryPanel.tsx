import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSubject } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { AuditEntries } from './AuditEntries';
import { readsAudit } from './permissions';
import { RecordHistoryDocument } from './queries';

const PAGE = 30;

/** A record's history (who changed what, when), loaded when asked for; for admins and programme leads. */
export function HistoryPanel({ subjectType, id }: { subjectType: AuditSubject; id: string }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const headingId = useId();
  const [load, { data, error, loading, called, fetchMore, refetch }] = useLazyQuery(RecordHistoryDocument, { fetchPolicy: 'network-only' });
  if (!readsAudit(toRole(user.role))) return null;
  const history = data?.recordHistory;
  return (
    <Card component="section" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('history.title')}
        </Title>
        {!called ? (
          <Button
            variant="default"
            leftSection={<IconHistory size={16} aria-hidden="true" />}
            onClick={() => void load({ variables: { subjectType, id, first: PAGE } }).catch(() => undefined)}
          >
            {t('history.show')}
          </Button>
        ) : error && !history ? (
          <ErrorState
            message={t('history.loadError')}
            retryLabel={tc('common.retry')}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        ) : !history ? (
          <LoadingState label={tc('common.loading')} />
        ) : history.edges.length === 0 ? (
          <Text c="dimmed">{t('history.empty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('history.count', { count: history.totalCount })}
            </Text>
            <AuditEntries entries={history.edges.map((e) => e.node)} />
            {history.pageInfo.hasNextPage ? (
              <Button
                variant="default"
                loading={loading}
                onClick={() => void fetchMore({ variables: { after: history.pageInfo.endCursor } }).catch(() => undefined)}
              >
                {t('more')}
              </Button>
            ) : null}
          </>
        )}
      </Stack>
    </Card>
  );
}
