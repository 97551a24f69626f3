import { Box, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExportMenu } from '../imports/ExportMenu';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useProgramOptions } from '../programs';
import { useRegions } from '../reference';
import { PeopleFilters } from './PeopleFilters';
import {
  countActiveFilters,
  EMPTY_FILTERS,
  filtersFromParams,
  toPersonFilter,
  withFilters,
  type PeopleFilterValues,
} from './peopleFilters';
import { PeopleResults } from './PeopleResults';
import { managesPeople } from './permissions';
import { usePeople } from './usePeople';

const SEARCH_DEBOUNCE_MS = 300;

/** The people the user may see: search (Latin or Arabic), filters, a page at a time. */
export function PeopleList() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => filtersFromParams(params), [params]);
  const { regions } = useRegions();
  const { programs } = useProgramOptions();

  // The search box answers at once; the address (and so the query) follows once typing pauses.
  // A search changed from elsewhere (back button, a link) is copied into the box; the address
  // catching up with what was typed here is not.
  const [search, setSearch] = useState(values.search);
  const [writtenSearch, setWrittenSearch] = useState(values.search);
  const [seenSearch, setSeenSearch] = useState(values.search);
  if (values.search !== seenSearch) {
    setSeenSearch(values.search);
    if (values.search !== writtenSearch) setSearch(values.search);
  }
  const writeSearch = useDebouncedCallback((next: string) => {
    setWrittenSearch(next);
    setParams((previous) => withFilters(previous, { search: next }), { replace: true });
  }, SEARCH_DEBOUNCE_MS);

  const change = (changes: Partial<PeopleFilterValues>) => setParams((previous) => withFilters(previous, changes), { replace: true });
  const clear = () => {
    writeSearch.cancel();
    setSearch('');
    setWrittenSearch('');
    setParams((previous) => withFilters(previous, EMPTY_FILTERS), { replace: true });
  };

  const filter = useMemo(() => toPersonFilter(values), [values]);
  const { people, totalCount, hasNextPage, loaded, stale, loading, loadingMore, error, loadMore, retry } = usePeople(filter);
  const filtered = countActiveFilters(values) > 0 || values.search.trim() !== '';

  let body;
  if (error && !loaded) {
    body = (
      <ErrorState message={t('people.list.loadError')} retryLabel={t('common.retry')} onRetry={() => void retry().catch(() => undefined)} />
    );
  } else if (!loaded) {
    body = <LoadingState label={t('common.loading')} />;
  } else if (people.length === 0) {
    body = (
      <Paper withBorder p="lg" radius="md">
        <Stack align="center" gap="sm">
          <Text>{filtered ? t('people.list.emptyFiltered') : t('people.list.empty')}</Text>
          {filtered ? (
            <Button variant="light" onClick={clear}>
              {t('people.list.clearFilters')}
            </Button>
          ) : null}
        </Stack>
      </Paper>
    );
  } else {
    body = (
      <Stack gap="md" aria-busy={stale || undefined} style={{ opacity: stale ? 0.6 : 1 }}>
        <PeopleResults people={people} />
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {t('people.list.showing', { shown: people.length, total: totalCount })}
          </Text>
          {hasNextPage ? (
            <Button variant="light" onClick={() => void loadMore().catch(() => undefined)} loading={loadingMore}>
              {t('people.list.loadMore')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('people.list.title')}</Title>
        <Group gap="sm">
          <ExportMenu list="people" filter={{ ...filter }} />
          {managesPeople(toRole(user.role)) ? (
            <Button component={Link} to="/people/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
              {t('people.list.add')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Box role="search" aria-label={t('people.list.searchRegion')}>
        <Stack gap="sm">
          <TextInput
            type="search"
            label={t('people.list.searchLabel')}
            description={t('people.list.searchHint')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              writeSearch(e.currentTarget.value);
            }}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            rightSection={loading && !loadingMore ? <Loader size="xs" aria-hidden="true" /> : null}
            autoComplete="off"
            spellCheck={false}
          />
          <PeopleFilters values={values} regions={regions} programs={programs} onChange={change} />
          {filtered && people.length > 0 ? (
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={clear}>
                {t('people.list.clearFilters')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Box>
      <Text role="status" fw={600}>
        {loaded ? t('people.list.count', { total: totalCount }) : ''}
      </Text>
      {error && loaded ? (
        <ErrorState
          message={t('people.list.loadError')}
          retryLabel={t('common.retry')}
          onRetry={() => void retry().catch(() => undefined)}
        />
      ) : null}
      {body}
    </Stack>
  );
}
