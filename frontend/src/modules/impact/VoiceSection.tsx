import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, Group, List, Loader, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplaintCategory, ImpactDashboardQuery, ImpactFilter } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { useLocale } from '../locale';
import { Figure } from './Figure';
import { ImpactComplaintsDocument } from './queries';

type Voice = ImpactDashboardQuery['impact']['voice'];

/** Which complaints are behind a figure: the dashboard's filter plus the figure's own condition. */
export interface ComplaintDrillRequest {
  title: string;
  filter: ImpactFilter;
  category?: ComplaintCategory;
  resolvedWithinDeadline?: boolean;
  open?: boolean;
}

/** The variables of `impactComplaints` for a drill-down (only the conditions that are set). */
export function complaintDrillVariables(r: ComplaintDrillRequest) {
  return {
    filter: r.filter,
    ...(r.category ? { category: r.category } : {}),
    ...(r.resolvedWithinDeadline ? { resolvedWithinDeadline: true } : {}),
    ...(r.open ? { open: true } : {}),
  };
}

/** The complaints behind a voice figure, with the same filters: the count shown equals the figure. */
export function ComplaintsDrillDown({ request, onClose }: { request: ComplaintDrillRequest | null; onClose: () => void }) {
  const { t } = useTranslation('impact');
  const { t: tc } = useTranslation('complaints');
  const { locale } = useLocale();
  const { data, loading, error, fetchMore } = useQuery(ImpactComplaintsDocument, {
    variables: request ? complaintDrillVariables(request) : { filter: {} },
    skip: !request,
  });
  const conn = data?.impactComplaints;
  return (
    <Modal opened={!!request} onClose={onClose} title={request?.title} size="lg">
      <Stack gap="sm">
        {error ? (
          <Alert color="red" role="alert">
            {t('loadError')}
          </Alert>
        ) : null}
        {loading && !conn ? <Loader aria-label={t('loading')} /> : null}
        {conn ? (
          <>
            <Text fw={600} role="status" data-testid="drill-count">
              {t('voice.drillCount', { count: conn.totalCount })}
            </Text>
            <List aria-label={request?.title} spacing={4}>
              {conn.edges.map(({ node: c }) => (
                <List.Item key={c.id}>
                  <Group gap={6} wrap="wrap">
                    <Text span>
                      {t('voice.drillItem', {
                        category: tc(`category.${c.category}`),
                        status: tc(`status.${c.status}`),
                        date: formatDate(String(c.createdAt), locale),
                      })}
                    </Text>
                    {c.person ? (
                      <Anchor component={Link} to={`/people/${c.person.id}`} dir="auto">
                        {`${c.person.firstName} ${c.person.lastName}`}
                      </Anchor>
                    ) : c.anonymous ? (
                      <Badge size="sm" variant="light" color="gray">
                        {tc('anonymousBadge')}
                      </Badge>
                    ) : null}
                    {c.overdue ? (
                      <Badge size="sm" color="orange">
                        {tc('overdueBadge')}
                      </Badge>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
            {conn.pageInfo.hasNextPage ? (
              <Button
                variant="light"
                onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } }).catch(() => undefined)}
              >
                {t('drill.more')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}

interface RatingRow {
  key?: string | null;
  label?: string | null;
  ratings: number;
  average?: number | null;
}

function RatingTable({ id, title, rows, nf }: { id: string; title: string; rows: RatingRow[]; nf: Intl.NumberFormat }) {
  const { t } = useTranslation('impact');
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={280}>
        <Table striped aria-labelledby={id}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('voice.name')}</Table.Th>
              <Table.Th scope="col">{t('voice.ratings')}</Table.Th>
              <Table.Th scope="col">{t('voice.average')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((g) => (
              <Table.Tr key={g.key ?? ''}>
                <Table.Th scope="row" dir="auto">
                  {g.label}
                </Table.Th>
                <Table.Td>{nf.format(g.ratings)}</Table.Td>
                <Table.Td>{g.average == null ? '—' : nf.format(g.average)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/**
 * Beneficiary voice on the impact dashboard: complaints received, open, decided by their deadline,
 * by category (each opens the complaints behind it), and satisfaction averages — overall, per
 * programme and per coach (a coach only ever gets her own aggregate from the server).
 */
export function VoiceSection({
  voice,
  filter,
  nf,
  pf,
}: {
  voice: Voice;
  filter: ImpactFilter;
  nf: Intl.NumberFormat;
  pf: Intl.NumberFormat;
}) {
  const { t } = useTranslation('impact');
  const { t: tc } = useTranslation('complaints');
  const [drill, setDrill] = useState<ComplaintDrillRequest | null>(null);
  const open = (title: string, extra: Omit<ComplaintDrillRequest, 'title' | 'filter'> = {}) => setDrill({ title, filter, ...extra });
  // Per programme and per coach: empty for a coach (never per named participant either way).
  const byProgram = voice.satisfactionByProgram;
  const byCoach = voice.satisfactionByCoach;
  const average = voice.satisfactionAverage == null ? '—' : t('voice.outOfFive', { average: nf.format(voice.satisfactionAverage) });
  const averageDetail =
    voice.satisfactionAverage == null && voice.satisfactionRatings > 0
      ? t('voice.tooFew')
      : t('voice.ratingsCount', { count: nf.format(voice.satisfactionRatings) });
  return (
    <section aria-labelledby="impact-voice">
      <Title order={2} size="h4" id="impact-voice" mb="xs">
        {t('voice.title')}
      </Title>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure label={t('voice.received')} value={nf.format(voice.complaintsReceived)} onOpen={() => open(t('voice.received'))} />
          <Figure label={t('voice.open')} value={nf.format(voice.complaintsOpen)} onOpen={() => open(t('voice.open'), { open: true })} />
          <Figure
            label={t('voice.within')}
            value={nf.format(voice.resolvedWithinDeadline)}
            detail={
              voice.resolvedWithinDeadlineShare == null
                ? t('voice.noneDecided')
                : t('voice.ofDecided', { share: pf.format(voice.resolvedWithinDeadlineShare), decided: nf.format(voice.complaintsDecided) })
            }
            onOpen={() => open(t('voice.within'), { resolvedWithinDeadline: true })}
          />
          <Figure label={t('voice.satisfaction')} value={average} detail={averageDetail} />
        </SimpleGrid>

        <section aria-labelledby="impact-voice-category">
          <Title order={3} size="h5" id="impact-voice-category" mb="xs">
            {t('voice.byCategory')}
          </Title>
          {voice.complaintsReceived ? (
            <div aria-hidden="true" dir="ltr">
              <BarChart
                h={200}
                data={voice.byCategory.map((c) => ({
                  category: tc(`category.${c.category}`),
                  received: c.received,
                  within: c.resolvedWithinDeadline,
                }))}
                dataKey="category"
                series={[
                  { name: 'received', label: t('voice.received'), color: 'orange.6' },
                  { name: 'within', label: t('voice.within'), color: 'teal.6' },
                ]}
                withLegend
              />
            </div>
          ) : null}
          <Table.ScrollContainer minWidth={300}>
            <Table striped aria-labelledby="impact-voice-category">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('voice.category')}</Table.Th>
                  <Table.Th scope="col">{t('voice.received')}</Table.Th>
                  <Table.Th scope="col">{t('voice.within')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {voice.byCategory.map((c) => {
                  const name = tc(`category.${c.category}`);
                  return (
                    <Table.Tr key={c.category}>
                      <Table.Th scope="row">{name}</Table.Th>
                      <Table.Td>
                        {c.received ? (
                          <Anchor
                            component="button"
                            type="button"
                            aria-label={t('voice.openCategory', { category: name, count: nf.format(c.received) })}
                            onClick={() => open(`${t('voice.received')} · ${name}`, { category: c.category })}
                          >
                            {nf.format(c.received)}
                          </Anchor>
                        ) : (
                          nf.format(0)
                        )}
                      </Table.Td>
                      <Table.Td>
                        {c.resolvedWithinDeadline ? (
                          <Anchor
                            component="button"
                            type="button"
                            aria-label={t('voice.openCategoryWithin', { category: name, count: nf.format(c.resolvedWithinDeadline) })}
                            onClick={() => open(`${t('voice.within')} · ${name}`, { category: c.category, resolvedWithinDeadline: true })}
                          >
                            {nf.format(c.resolvedWithinDeadline)}
                          </Anchor>
                        ) : (
                          nf.format(0)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>

        {byProgram.length || byCoach.length ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {byProgram.length ? <RatingTable id="impact-voice-programs" title={t('voice.byProgram')} rows={byProgram} nf={nf} /> : null}
            {byCoach.length ? <RatingTable id="impact-voice-coaches" title={t('voice.byCoach')} rows={byCoach} nf={nf} /> : null}
          </SimpleGrid>
        ) : null}
      </Stack>
      <ComplaintsDrillDown request={drill} onClose={() => setDrill(null)} />
    </section>
  );
}
