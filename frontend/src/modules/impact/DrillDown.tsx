import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImpactFilter, ImpactPeopleMeasure } from '../../gql/graphql';
import { useLocale } from '../locale';
import { ImpactPeopleDocument } from './queries';

export interface DrillRequest {
  measure: ImpactPeopleMeasure;
  filter: ImpactFilter;
  title: string;
  /** FIRST_ENROLLED: the trend's period (first and last day). */
  firstEnrolled?: { from: string; to: string };
}

/** The people behind a figure, with the same filters: the count shown equals the figure. */
export function DrillDown({ request, onClose }: { request: DrillRequest | null; onClose: () => void }) {
  const { t } = useTranslation('impact');
  const { locale } = useLocale();
  const { data, loading, error, fetchMore } = useQuery(ImpactPeopleDocument, {
    variables: {
      measure: request?.measure ?? 'BENEFICIARIES',
      filter: request?.filter ?? {},
      ...(request?.firstEnrolled ? { firstEnrolledFrom: request.firstEnrolled.from, firstEnrolledTo: request.firstEnrolled.to } : {}),
    },
    skip: !request,
  });
  const conn = data?.impactPeople;
  const name = (p: { firstName: string; lastName: string; firstNameAr?: string | null; lastNameAr?: string | null }) =>
    locale === Locale.AR && p.firstNameAr ? `${p.firstNameAr} ${p.lastNameAr ?? ''}`.trim() : `${p.firstName} ${p.lastName}`;
  return (
    <Modal opened={!!request} onClose={onClose} title={request?.title} size="lg">
      <Stack gap="sm">
        {error ? <Alert color="red" role="alert">{t('loadError')}</Alert> : null}
        {loading && !conn ? <Loader aria-label={t('loading')} /> : null}
        {conn ? (
          <>
            <Text fw={600} role="status" data-testid="drill-count">
              {t('drill.count', { count: conn.totalCount })}
            </Text>
            <List aria-label={request?.title}>
              {conn.edges.map(({ node }) => (
                <List.Item key={node.id}>
                  <Anchor component={Link} to={`/people/${node.id}`}>
                    {name(node)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            {conn.pageInfo.hasNextPage ? (
              <Button variant="light" onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}>
                {t('drill.more')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
