import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Locale, Role } from '@rafiq/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CooperativeFilter, LegalForm } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { ExportMenu } from '../imports/ExportMenu';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { ValueChainOptionsDocument } from '../ventures/queries';
import { LEGAL_FORMS } from './enums';
import { managesCooperatives } from './permissions';
import { COOPERATIVES_PAGE_SIZE, CooperativesDocument } from './queries';

/** The cooperatives the user may see, with a fuzzy search (Latin or Arabic) and filters. */
export function CooperativesList() {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { regions } = useRegions();
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  const regionCode = params.get('region') ?? '';
  const valueChainId = params.get('valueChain') ?? '';
  const legalForm = (params.get('legalForm') ?? '') as LegalForm | '';
  const filter = useMemo(() => {
    const f: CooperativeFilter = {};
    if (debounced) f.search = debounced;
    if (regionCode) f.regionCode = regionCode;
    if (valueChainId) f.valueChainId = valueChainId;
    if (legalForm) f.legalForm = legalForm;
    return f;
  }, [debounced, regionCode, valueChainId, legalForm]);
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(CooperativesDocument, {
    variables: { first: COOPERATIVES_PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.cooperatives;
  const items = connection?.edges.map((e) => e.node) ?? [];

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('list.title')}</Title>
        <Group gap="sm">
          {toRole(user.role) !== Role.ENTREPRENEUR ? <ExportMenu list="cooperatives" filter={{ ...filter }} /> : null}
          {managesCooperatives(toRole(user.role)) ? (
            <Button component={Link} to="/cooperatives/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
              {t('list.add')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Box role="search" aria-label={t('list.searchRegion')}>
        <Stack gap="sm">
          <TextInput
            type="search"
            label={t('list.search')}
            description={t('list.searchHint')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setParam('q', e.currentTarget.value.trim());
            }}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            autoComplete="off"
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <NativeSelect
              label={t('fields.region')}
              value={regionCode}
              onChange={(e) => setParam('region', e.currentTarget.value)}
              data={[{ value: '', label: t('list.all') }, ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))]}
            />
            <NativeSelect
              label={t('fields.valueChain')}
              value={valueChainId}
              onChange={(e) => setParam('valueChain', e.currentTarget.value)}
              data={[{ value: '', label: t('list.all') }, ...valueChains.map((v) => ({ value: v.id, label: placeName(v, locale) }))]}
            />
            <NativeSelect
              label={t('fields.legalForm')}
              value={legalForm}
              onChange={(e) => setParam('legalForm', e.currentTarget.value)}
              data={[{ value: '', label: t('list.all') }, ...LEGAL_FORMS.map((f) => ({ value: f, label: t(`legalForm.${f}`) }))]}
            />
          </SimpleGrid>
        </Stack>
      </Box>
      <Text role="status" fw={600}>
        {connection ? t('list.count', { count: connection.totalCount }) : ''}
      </Text>
      {error && !connection ? (
        <ErrorState message={t('list.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !connection ? (
        <LoadingState label={tc('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('list.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('list.title')}>
          {items.map((coop) => (
            <li key={coop.id}>
              <Card withBorder padding="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Anchor component={Link} to={`/cooperatives/${coop.id}`} fw={600} dir="auto">
                      {locale === Locale.AR && coop.nameAr ? coop.nameAr : coop.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {placeName(coop.region, locale)} · {t('list.members', { count: coop.members.length })}
                    </Text>
                  </div>
                  <Badge variant="light">{t(`legalForm.${coop.legalForm}`)}</Badge>
                </Group>
              </Card>
            </li>
          ))}
        </Stack>
      )}
      {data?.cooperatives.pageInfo.hasNextPage ? (
        <Group>
          <Button
            variant="light"
            loading={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              void fetchMore({
                variables: { after: data.cooperatives.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  cooperatives: { ...fetchMoreResult.cooperatives, edges: [...previous.cooperatives.edges, ...fetchMoreResult.cooperatives.edges] },
                }),
              }).catch(() => undefined)
            }
          >
            {t('list.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
