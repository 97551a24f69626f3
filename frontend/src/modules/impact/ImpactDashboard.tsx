import { useQuery } from '@apollo/client/react';
import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Group, NativeSelect, Progress, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Locale, MOROCCO_REGIONS } from '@rafiq/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ImpactFilter, ImpactPeopleMeasure } from '../../gql/graphql';
import { useLocale } from '../locale';
import { useProgramOptions } from '../programs/useProgramOptions';
import { ErrorState, LoadingState } from '../../ui';
import { DrillDown, type DrillRequest } from './DrillDown';
import { Figure } from './Figure';
import { ImpactDashboardDocument } from './queries';
import { RecordDrillDown, type RecordsAsk, type RecordsRequest } from './RecordDrillDown';
import { RegionMap } from './RegionMap';
import { SurvivalSection } from './SurvivalSection';
import { VoiceSection } from './VoiceSection';

const PARAMS = { programId: 'program', cohortId: 'cohort', regionCode: 'region', from: 'from', to: 'to' } as const;
type FilterKey = keyof typeof PARAMS;

/** The dashboard's filter from the address (only the keys that are set). */
export function impactFilter(params: URLSearchParams): ImpactFilter {
  const filter: ImpactFilter = {};
  for (const [key, param] of Object.entries(PARAMS) as Array<[FilterKey, string]>) {
    const value = params.get(param);
    if (value) filter[key] = value;
  }
  return filter;
}

/** The report's address for the same filter. */
export function reportUrl(format: 'pdf' | 'xlsx', filter: ImpactFilter, locale: string): string {
  const q = new URLSearchParams();
  for (const key of ['programId', 'cohortId', 'regionCode', 'from', 'to'] as const) {
    const v = filter[key];
    if (v) q.set(key, String(v));
  }
  q.set('locale', locale);
  return `/api/reports/impact.${format}?${q.toString()}`;
}

/** The days of a month (YYYY-MM-01) within the dashboard's period. */
export function monthOf(period: string, filter: ImpactFilter): { from: string; to: string } {
  const start = period.slice(0, 10);
  const end = new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { from: filter.from && filter.from > start ? filter.from : start, to: filter.to && filter.to < end ? filter.to : end };
}

/** Impact dashboard: headline figures, trends, funnel, breakdowns, map, coaches, targets; every people figure drills down. */
export function ImpactDashboard() {
  const { t } = useTranslation('impact');
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => impactFilter(params), [params]);
  const { programs } = useProgramOptions();
  const program = programs.find((p) => p.id === filter.programId);
  const { data, loading, error, refetch } = useQuery(ImpactDashboardDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const lang = locale === Locale.AR ? 'ar-MA' : locale;
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, numberingSystem: 'latn' });
  const pf = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, numberingSystem: 'latn' });
  const regionName = (code: string) => {
    const r = MOROCCO_REGIONS.find((x) => x.code === code);
    return r ? (locale === Locale.AR ? r.nameAr : r.nameFr) : code;
  };

  const setFilter = (patch: Partial<Record<FilterKey, string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch) as Array<[FilterKey, string]>) {
      if (value) next.set(PARAMS[key], value);
      else next.delete(PARAMS[key]);
    }
    setParams(next, { replace: true });
  };
  const open = (measure: ImpactPeopleMeasure, title: string, extra: ImpactFilter = {}) => setDrill({ measure, title, filter: { ...filter, ...extra } });
  // Cooperatives, ventures and sessions figures open their records (RecordDrillDown), with the same filters.
  const [records, setRecords] = useState<RecordsRequest | null>(null);
  const openRecords = ({ inside, ...request }: RecordsAsk & { inside?: ImpactFilter }) => setRecords({ ...request, filter: { ...filter, ...inside } });

  const impact = data?.impact;
  const regionValues = useMemo(() => new Map((impact?.byRegion ?? []).map((r) => [r.regionCode, r.beneficiaries])), [impact]);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('title')}</Title>
      <SimpleGrid component="form" role="search" aria-label={t('filters.label')} cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" verticalSpacing="xs" onSubmit={(e) => e.preventDefault()}>
        <NativeSelect
          label={t('filters.program')}
          value={filter.programId ?? ''}
          onChange={(e) => setFilter({ programId: e.currentTarget.value, cohortId: '' })}
          data={[{ value: '', label: t('filters.allPrograms') }, ...programs.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <NativeSelect
          label={t('filters.cohort')}
          value={filter.cohortId ?? ''}
          disabled={!program || program.cohorts.length === 0}
          onChange={(e) => setFilter({ cohortId: e.currentTarget.value })}
          data={[{ value: '', label: t('filters.allCohorts') }, ...(program?.cohorts ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        />
        <NativeSelect
          label={t('filters.region')}
          value={filter.regionCode ?? ''}
          onChange={(e) => setFilter({ regionCode: e.currentTarget.value })}
          data={[{ value: '', label: t('filters.allRegions') }, ...MOROCCO_REGIONS.map((r) => ({ value: r.code, label: regionName(r.code) }))]}
        />
        <TextInput type="date" label={t('filters.from')} value={filter.from ?? ''} onChange={(e) => setFilter({ from: e.currentTarget.value })} />
        <TextInput type="date" label={t('filters.to')} value={filter.to ?? ''} onChange={(e) => setFilter({ to: e.currentTarget.value })} />
      </SimpleGrid>

      {error && !impact ? <ErrorState message={t('loadError')} retryLabel={t('retry')} onRetry={() => void refetch()} /> : null}
      {loading && !impact ? <LoadingState label={t('loading')} /> : null}
      {impact ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed" role="status">
              {t('asOf', { date: new Date(impact.asOf).toLocaleString(lang, { numberingSystem: 'latn' }) })} · {t(`source.${impact.source}`)}
            </Text>
            <Group gap="sm">
              <Anchor href={reportUrl('pdf', filter, locale)} download>
                {t('report.pdf')}
              </Anchor>
              <Anchor href={reportUrl('xlsx', filter, locale)} download>
                {t('report.xlsx')}
              </Anchor>
            </Group>
          </Group>

          <section aria-labelledby="impact-headline">
            <Title order={2} size="h4" id="impact-headline" mb="xs">
              {t('headline')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
              <Figure label={t('fig.beneficiaries')} value={nf.format(impact.beneficiaries)} onOpen={() => open('BENEFICIARIES', t('fig.beneficiaries'))} />
              <Figure label={t('fig.women')} value={nf.format(impact.women)} detail={pf.format(impact.womenShare)} onOpen={() => open('WOMEN', t('fig.women'))} />
              <Figure label={t('fig.neet')} value={nf.format(impact.neet)} detail={pf.format(impact.neetShare)} onOpen={() => open('NEET', t('fig.neet'))} />
              <Figure label={t('fig.rural')} value={nf.format(impact.rural)} detail={pf.format(impact.ruralShare)} onOpen={() => open('RURAL', t('fig.rural'))} />
              <Figure label={t('fig.youth')} value={nf.format(impact.youth)} detail={pf.format(impact.youthShare)} onOpen={() => open('YOUTH', t('fig.youth'))} />
              <Figure label={t('fig.regions')} value={nf.format(impact.regionsCovered)} onOpen={() => document.getElementById('impact-regions-table')?.focus()} />
              <Figure label={t('fig.cooperatives')} value={nf.format(impact.cooperatives)} onOpen={() => openRecords({ of: 'cooperatives', title: t('fig.cooperatives') })} />
              <Figure label={t('fig.members')} value={nf.format(impact.cooperativeMembers)} onOpen={() => open('COOPERATIVE_MEMBERS', t('fig.members'))} />
              <Figure label={t('fig.sessions')} value={nf.format(impact.sessionsDelivered)} detail={t('fig.hours', { hours: nf.format(impact.sessionHours) })} onOpen={() => openRecords({ of: 'sessions', title: t('fig.sessions') })} />
              <Figure label={t('fig.trained')} value={nf.format(impact.peopleTrained)} onOpen={() => open('PEOPLE_TRAINED', t('fig.trained'))} />
              <Figure label={t('fig.operating')} value={nf.format(impact.venturesOperating)} detail={pf.format(impact.venturesOperatingShare)} onOpen={() => openRecords({ of: 'ventures', title: t('fig.operating'), operatingOrGrowing: true })} />
              <Figure label={t('fig.revenue')} value={nf.format(impact.revenue)} detail={t('fig.jobs', { jobs: nf.format(impact.jobsCreated) })} onOpen={() => openRecords({ of: 'ventures', title: t('fig.revenue'), withResults: true })} />
              <Figure label={t('fig.dropout')} value={pf.format(impact.dropoutRate)} detail={nf.format(impact.droppedOut)} onOpen={() => open('DROPPED_OUT', t('fig.dropout'))} />
            </SimpleGrid>
          </section>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <section aria-labelledby="impact-map">
              <Title order={2} size="h4" id="impact-map" mb="xs">
                {t('map.title')}
              </Title>
              <RegionMap values={regionValues} nameOf={regionName} onSelect={(code) => open('BENEFICIARIES', regionName(code), { regionCode: code })} />
            </section>
            <section aria-labelledby="impact-regions">
              <Title order={2} size="h4" id="impact-regions" mb="xs">
                {t('regions.title')}
              </Title>
              {/* The list behind "regions covered": one row per region, focused when that figure is opened. */}
              <Table striped aria-labelledby="impact-regions" id="impact-regions-table" tabIndex={-1}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('regions.region')}</Table.Th>
                    <Table.Th scope="col">{t('fig.beneficiaries')}</Table.Th>
                    <Table.Th scope="col">{t('fig.women')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {impact.byRegion.map((r) => (
                    <Table.Tr key={r.regionCode}>
                      <Table.Th scope="row">{regionName(r.regionCode)}</Table.Th>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => open('BENEFICIARIES', regionName(r.regionCode), { regionCode: r.regionCode })}>
                          {nf.format(r.beneficiaries)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => open('WOMEN', `${regionName(r.regionCode)} · ${t('fig.women')}`, { regionCode: r.regionCode })}>
                          {nf.format(r.women)}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
          </SimpleGrid>

          <section aria-labelledby="impact-trend">
            <Title order={2} size="h4" id="impact-trend" mb="xs">
              {t('trend.title')}
            </Title>
            {impact.byPeriod.length ? (
              <div aria-hidden="true" dir="ltr">
                <LineChart
                  h={220}
                  data={impact.byPeriod.map((p) => ({ period: p.period.slice(0, 7), beneficiaries: p.beneficiaries, sessions: p.sessionsDelivered }))}
                  dataKey="period"
                  series={[
                    { name: 'beneficiaries', label: t('fig.beneficiaries'), color: 'blue.6' },
                    { name: 'sessions', label: t('fig.sessions'), color: 'teal.6' },
                  ]}
                  withLegend
                />
              </div>
            ) : (
              <Text c="dimmed">{t('empty')}</Text>
            )}
            <Table.ScrollContainer minWidth={320}>
              <Table aria-labelledby="impact-trend">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('trend.month')}</Table.Th>
                    <Table.Th scope="col">{t('fig.beneficiaries')}</Table.Th>
                    <Table.Th scope="col">{t('fig.sessions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {impact.byPeriod.map((p) => (
                    <Table.Tr key={p.period}>
                      <Table.Th scope="row">{p.period.slice(0, 7)}</Table.Th>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          onClick={() =>
                            setDrill({
                              measure: 'FIRST_ENROLLED',
                              title: `${t('fig.beneficiaries')} · ${p.period.slice(0, 7)}`,
                              filter,
                              firstEnrolled: monthOf(p.period, filter),
                            })
                          }
                        >
                          {nf.format(p.beneficiaries)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => openRecords({ of: 'sessions', title: `${t('fig.sessions')} · ${p.period.slice(0, 7)}`, inside: monthOf(p.period, filter) })}>
                          {nf.format(p.sessionsDelivered)}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <section aria-labelledby="impact-funnel">
              <Title order={2} size="h4" id="impact-funnel" mb="xs">
                {t('funnel.title')}
              </Title>
              <div aria-hidden="true" dir="ltr">
                <BarChart h={200} data={impact.byStage.map((s) => ({ stage: t(`stage.${s.stage}`), ventures: s.ventures }))} dataKey="stage" series={[{ name: 'ventures', label: t('funnel.ventures'), color: 'violet.6' }]} />
              </div>
              <Table aria-labelledby="impact-funnel">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('funnel.stage')}</Table.Th>
                    <Table.Th scope="col">{t('funnel.ventures')}</Table.Th>
                    <Table.Th scope="col">{t('funnel.reached')}</Table.Th>
                    <Table.Th scope="col">{t('funnel.conversion')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {impact.byStage.map((s) => (
                    <Table.Tr key={s.stage}>
                      <Table.Th scope="row">{t(`stage.${s.stage}`)}</Table.Th>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => openRecords({ of: 'ventures', title: t('records.stage', { stage: t(`stage.${s.stage}`) }), stage: s.stage })}>
                          {nf.format(s.ventures)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{nf.format(s.reached)}</Table.Td>
                      <Table.Td>{s.conversionFromPrevious != null ? pf.format(s.conversionFromPrevious) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
            <section aria-labelledby="impact-breakdown">
              <Title order={2} size="h4" id="impact-breakdown" mb="xs">
                {t('breakdown.title')}
              </Title>
              <Table aria-labelledby="impact-breakdown">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('breakdown.group')}</Table.Th>
                    <Table.Th scope="col">{t('fig.beneficiaries')}</Table.Th>
                    <Table.Th scope="col">{t('breakdown.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {impact.byGender.map((g) => (
                    <Table.Tr key={g.gender}>
                      <Table.Th scope="row">{t(`gender.${g.gender}`)}</Table.Th>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => open('BENEFICIARIES', t(`gender.${g.gender}`), { gender: g.gender })}>
                          {nf.format(g.beneficiaries)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{pf.format(impact.beneficiaries ? g.beneficiaries / impact.beneficiaries : 0)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th scope="row">{t('fig.neet')}</Table.Th>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => open('NEET', t('fig.neet'))}>
                        {nf.format(impact.neet)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{pf.format(impact.neetShare)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('fig.rural')}</Table.Th>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => open('RURAL', t('fig.rural'))}>
                        {nf.format(impact.rural)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{pf.format(impact.ruralShare)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </section>
          </SimpleGrid>

          <section aria-labelledby="impact-coaches">
            <Title order={2} size="h4" id="impact-coaches" mb="xs">
              {t('coaches.title')}
            </Title>
            <Table.ScrollContainer minWidth={320}>
              <Table striped aria-labelledby="impact-coaches">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('coaches.coach')}</Table.Th>
                    <Table.Th scope="col">{t('fig.sessions')}</Table.Th>
                    <Table.Th scope="col">{t('coaches.hours')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {impact.byCoach.map((c) => (
                    <Table.Tr key={c.coachId}>
                      <Table.Th scope="row">{c.displayName}</Table.Th>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => openRecords({ of: 'sessions', title: t('records.sessionsOf', { name: c.displayName }), sessionCoachId: c.coachId })}>
                          {nf.format(c.sessions)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{nf.format(c.hours)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>

          <VoiceSection voice={impact.voice} filter={filter} nf={nf} pf={pf} />

          <SurvivalSection filter={filter} onOpen={openRecords} />

          {impact.targets.length ? (
            <section aria-labelledby="impact-targets">
              <Title order={2} size="h4" id="impact-targets" mb="xs">
                {t('targets.title')}
              </Title>
              <Table.ScrollContainer minWidth={480}>
                <Table aria-labelledby="impact-targets">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('targets.indicator')}</Table.Th>
                      <Table.Th scope="col">{t('targets.target')}</Table.Th>
                      <Table.Th scope="col">{t('targets.actual')}</Table.Th>
                      <Table.Th scope="col">{t('targets.expected')}</Table.Th>
                      <Table.Th scope="col">{t('targets.progress')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {impact.targets.map((x) => {
                      const isShare = x.indicator.endsWith('_SHARE') || x.indicator === 'DROPOUT_RATE';
                      const fmt = (v: number | null | undefined) => (v == null ? '—' : isShare ? pf.format(v) : nf.format(v));
                      return (
                        <Table.Tr key={`${x.programId}-${x.indicator}`}>
                          <Table.Th scope="row">
                            {t(`indicator.${x.indicator}`)}
                            {filter.programId ? null : <Text size="xs">{x.programName}</Text>}
                          </Table.Th>
                          <Table.Td>{fmt(x.target)}</Table.Td>
                          <Table.Td>{fmt(x.actual)}</Table.Td>
                          <Table.Td>{fmt(x.expected)}</Table.Td>
                          <Table.Td miw={140}>
                            <Progress value={Math.min(100, (x.progress ?? 0) * 100)} aria-label={t('targets.progress')} color={x.onPace ? 'teal' : 'orange'} />
                            <Group gap={4} mt={2}>
                              <Text size="xs">{x.progress != null ? pf.format(x.progress) : '—'}</Text>
                              {x.onPace != null ? (
                                <Badge size="xs" color={x.onPace ? 'teal' : 'orange'}>
                                  {x.onPace ? t('targets.onPace') : t('targets.behind')}
                                </Badge>
                              ) : null}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </section>
          ) : null}
          {error ? (
            <Alert color="red" role="alert">
              {t('loadError')}
            </Alert>
          ) : null}
        </>
      ) : null}
      <DrillDown request={drill} onClose={() => setDrill(null)} />
      <RecordDrillDown request={records} onClose={() => setRecords(null)} />
    </Stack>
  );
}
