import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Role } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory, ComplaintFilter, ComplaintStatus } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { ComplaintCard } from './ComplaintCard';
import { ComplaintHandle } from './ComplaintHandle';
import { ComplaintSettingsCard } from './ComplaintSettingsCard';
import { FileComplaintModal } from './FileComplaintModal';
import { ComplaintsDocument, SatisfactionDocument } from './queries';

const PAGE = 25;
const STATUSES: ComplaintStatus[] = ['RECEIVED', 'IN_REVIEW', 'RESOLVED', 'REJECTED', 'REFERRED'];
const CATEGORIES: ComplaintCategory[] = [
  'COACHING_QUALITY',
  'TRAINING',
  'PAYMENT_OR_GRANT',
  'DISCRIMINATION_OR_ABUSE',
  'DATA_PRIVACY',
  'OTHER',
];

/** The list's filter: "open" (received or in review), "all", or one status; one category or all. */
export function complaintFilter(status: string, category: string): ComplaintFilter {
  const filter: ComplaintFilter = {};
  if (status === 'OPEN') filter.open = true;
  else if (status !== 'ALL') filter.status = status as ComplaintStatus;
  if (category !== 'ALL') filter.category = category as ComplaintCategory;
  return filter;
}

function SatisfactionSummary() {
  const { t } = useTranslation('complaints');
  const { data } = useQuery(SatisfactionDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const s = data.satisfaction;
  const avg = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="satisfaction-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="satisfaction-title">
          {t('satisfaction.title')}
        </Title>
        <Text>{t('satisfaction.overall', { average: avg(s.average), count: s.ratings })}</Text>
        <Table aria-label={t('satisfaction.distribution')}>
          <Table.Thead>
            <Table.Tr>
              {[1, 2, 3, 4, 5].map((n) => (
                <Table.Th key={n}>{t('rate.value', { value: n })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              {s.distribution.map((n, i) => (
                <Table.Td key={i}>{n}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {(['byCoach', 'byProgram'] as const).map((k) =>
          s[k].length && s[k].some((g) => g.label) ? (
            <Table key={k} aria-label={t(`satisfactionTables.${k}`)}>
              <Table.Caption>{t(`satisfactionTables.${k}`)}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('satisfactionTables.name')}</Table.Th>
                  <Table.Th>{t('satisfactionTables.ratings')}</Table.Th>
                  <Table.Th>{t('satisfactionTables.average')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s[k].map((g) => (
                  <Table.Tr key={g.key ?? ''}>
                    <Table.Td dir="auto">{g.label}</Table.Td>
                    <Table.Td>{g.ratings}</Table.Td>
                    <Table.Td>{avg(g.average)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null,
        )}
      </Stack>
    </Card>
  );
}

/** Complaints for staff: the ones they may see, newest first; leads and admins assign and decide. */
export function ComplaintsPage() {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const [status, setStatus] = useState('OPEN');
  const [category, setCategory] = useState('ALL');
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(ComplaintsDocument, {
    variables: { filter: complaintFilter(status, category), first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const items = (data?.complaints.edges ?? []).map((e) => e.node);
  const role = toRole(user.role);
  const manages = role === Role.ADMIN || role === Role.PROGRAM_LEAD;
  const [recording, setRecording] = useState(false);
  return (
    <Stack gap="md" maw={880}>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Group>
        <Button onClick={() => setRecording(true)}>{t('record')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1 }}>
        <SatisfactionSummary />
      </SimpleGrid>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <Select
          label={t('filter.status')}
          value={status}
          onChange={(v) => v && setStatus(v)}
          allowDeselect={false}
          data={[
            { value: 'OPEN', label: t('filter.open') },
            { value: 'ALL', label: t('filter.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          style={{ minWidth: 180 }}
        />
        <Select
          label={t('filter.category')}
          value={category}
          onChange={(v) => v && setCategory(v)}
          allowDeselect={false}
          data={[{ value: 'ALL', label: t('filter.allCategories') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))]}
          style={{ minWidth: 220 }}
        />
      </Group>
      {error && !data ? (
        <ErrorState message={t('loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <LoadingState label={tc('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('listLabel', { count: data.complaints.totalCount })}
        >
          {items.map((c) => (
            <Card key={c.id} component="li" withBorder padding="sm" radius="md">
              <ComplaintCard complaint={c} locale={locale} showIdentity href={`/complaints/${c.id}`}>
                <ComplaintHandle
                  complaint={c}
                  canAssign={manages}
                  canDecide={manages || c.assignee?.id === user.id}
                  onReload={() => refetch()}
                />
              </ComplaintCard>
            </Card>
          ))}
        </Stack>
      )}
      {data && items.length ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed" role="status">
            {t('shown', { shown: items.length, total: data.complaints.totalCount })}
          </Text>
          {data.complaints.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              loading={loadingMore}
              onClick={() => {
                setLoadingMore(true);
                setMoreFailed(false);
                void fetchMore({ variables: { after: data.complaints.pageInfo.endCursor } })
                  .catch(() => setMoreFailed(true))
                  .finally(() => setLoadingMore(false));
              }}
            >
              {t('loadMore')}
            </Button>
          ) : null}
          {moreFailed ? (
            <Text c="red.8" role="alert">
              {tc('errors.generic')}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {role === Role.ADMIN ? <ComplaintSettingsCard /> : null}
      <FileComplaintModal opened={recording} onClose={() => setRecording(false)} staff />
    </Stack>
  );
}
