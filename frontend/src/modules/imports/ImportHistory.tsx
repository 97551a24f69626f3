import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../ui';
import { useLocale } from '../locale';
import { IMPORT_RUNS_PAGE_SIZE, ImportRunsDocument } from './queries';

const STATUS_COLOR: Record<string, string> = { SUCCEEDED: 'green', REJECTED: 'red', FAILED: 'red', RUNNING: 'blue' };

/** Who imported which file when, and what it did (admins: everyone's; leads: their own). */
export function ImportHistory() {
  const { t } = useTranslation('imports');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ImportRunsDocument, {
    variables: { first: IMPORT_RUNS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const runs = data?.importRuns.edges.map((e) => e.node) ?? [];
  const when = new Intl.DateTimeFormat(locale === Locale.AR ? 'ar-MA' : locale === Locale.FR ? 'fr-MA' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('history.title')}</Title>
        <Anchor component={Link} to="/imports">
          {t('history.new')}
        </Anchor>
      </Group>
      {error && !data ? (
        <ErrorState
          message={t('history.loadError')}
          retryLabel={tc('common.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !data ? (
        <LoadingState label={tc('common.loading')} />
      ) : runs.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped withTableBorder aria-label={t('history.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('history.when')}</Table.Th>
                <Table.Th scope="col">{t('history.who')}</Table.Th>
                <Table.Th scope="col">{t('history.file')}</Table.Th>
                <Table.Th scope="col">{t('history.status')}</Table.Th>
                <Table.Th scope="col">{t('counts.created')}</Table.Th>
                <Table.Th scope="col">{t('counts.updated')}</Table.Th>
                <Table.Th scope="col">{t('counts.unchanged')}</Table.Th>
                <Table.Th scope="col">{t('counts.rejected')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when.format(new Date(run.startedAt))}</Table.Td>
                  <Table.Td dir="auto">{run.ranBy ?? t('history.commandLine')}</Table.Td>
                  <Table.Td dir="auto">{run.fileName}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[run.status] ?? 'gray'} variant="light">
                      {t(`status.${run.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{run.createdCount}</Table.Td>
                  <Table.Td>{run.updatedCount}</Table.Td>
                  <Table.Td>{run.unchangedCount}</Table.Td>
                  <Table.Td>{run.rejectedCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {data?.importRuns.pageInfo.hasNextPage ? (
        <Group>
          <Button
            variant="light"
            loading={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              void fetchMore({
                variables: { after: data.importRuns.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  importRuns: { ...fetchMoreResult.importRuns, edges: [...previous.importRuns.edges, ...fetchMoreResult.importRuns.edges] },
                }),
              }).catch(() => undefined)
            }
          >
            {t('history.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
