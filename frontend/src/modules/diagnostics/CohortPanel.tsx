import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImpactFilter } from '../../gql/graphql';
import { useLocale } from '../locale';
import { DiagnosticCohortDocument } from './queries';
import { formatGain, formatScore, pick } from './texts';

/** Diagnostic progress of a programme or cohort: average gain per dimension and the distribution of gains. */
export function CohortPanel({ filter, title }: { filter: ImpactFilter; title?: string }) {
  const { t } = useTranslation('diagnostics');
  const { locale } = useLocale();
  const { data } = useQuery(DiagnosticCohortDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const c = data?.diagnosticCohort;
  return (
    <Card component="section" withBorder aria-labelledby="diagnostic-cohort" padding="md">
      <Title order={2} size="h4" id="diagnostic-cohort" mb="xs">
        {title ?? t('cohort.title')}
      </Title>
      {!c ? null : c.subjects === 0 ? (
        <Text c="dimmed">{t('cohort.none', { baselines: c.baselines })}</Text>
      ) : (
        <Stack gap="sm">
          <Text>{t('cohort.summary', { subjects: c.subjects, baselines: c.baselines, gain: formatGain(c.meanOverallGain) })}</Text>
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Caption>{t('cohort.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('radar.dimension')}</Table.Th>
                  <Table.Th scope="col">{t('cohort.subjects')}</Table.Th>
                  <Table.Th scope="col">{t('radar.baseline')}</Table.Th>
                  <Table.Th scope="col">{t('radar.latest')}</Table.Th>
                  <Table.Th scope="col">{t('cohort.meanGain')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.dimensions.map((d) => (
                  <Table.Tr key={d.key}>
                    <Table.Th scope="row" fw={500}>
                      <span dir="auto">{pick(d.label, locale)}</span>
                    </Table.Th>
                    <Table.Td dir="ltr">{d.subjects}</Table.Td>
                    <Table.Td dir="ltr">{formatScore(d.meanBaseline)}</Table.Td>
                    <Table.Td dir="ltr">{formatScore(d.meanLatest)}</Table.Td>
                    <Table.Td dir="ltr">{formatGain(d.meanGain)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack gap={4} component="figure" m={0}>
            <div aria-hidden="true" dir="ltr">
              <BarChart
                h={180}
                data={c.distribution.map((b) => ({ range: bucketLabel(b.from, b.to), subjects: b.subjects }))}
                dataKey="range"
                series={[{ name: 'subjects', label: t('cohort.subjects'), color: 'teal.6' }]}
                tickLine="none"
                gridAxis="y"
              />
            </div>
            <Text component="figcaption" size="sm" c="dimmed">
              {t('cohort.distribution')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('cohort.gainRange')}</Table.Th>
                  <Table.Th scope="col">{t('cohort.subjects')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.distribution.map((b) => (
                  <Table.Tr key={b.from}>
                    <Table.Td dir="ltr">{bucketLabel(b.from, b.to)}</Table.Td>
                    <Table.Td dir="ltr">{b.subjects}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Stack>
      )}
    </Card>
  );
}

function bucketLabel(from: number, to: number): string {
  if (from <= -100) return `< ${formatScore(to)}`;
  if (to > 100) return `≥ ${formatScore(from)}`;
  return `${formatScore(from)} – ${formatScore(to)}`;
}
