import { RadarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGain, formatScore } from './texts';

export interface RadarRow {
  key: string;
  label: string;
  baseline?: number | null;
  latest: number | null;
  gain?: number | null;
}

/**
 * Scores per dimension as a radar (baseline vs latest when there is a baseline), hidden from screen
 * readers, and the same figures in a table right below it (the accessible alternative).
 */
export function ScoresRadar({ rows, caption, withBaseline }: { rows: RadarRow[]; caption: string; withBaseline: boolean }) {
  const { t } = useTranslation('diagnostics');
  const data = rows.map((r) => ({ dimension: r.label, baseline: r.baseline ?? 0, latest: r.latest ?? 0 }));
  const series = [
    ...(withBaseline ? [{ name: 'baseline', label: t('radar.baseline'), color: 'gray.5', opacity: 0.25 }] : []),
    { name: 'latest', label: withBaseline ? t('radar.latest') : t('radar.score'), color: 'teal.6', opacity: 0.35 },
  ];
  return (
    <Stack gap="xs" component="figure" m={0}>
      {rows.length >= 3 ? (
        <div aria-hidden="true" dir="ltr" data-testid="diagnostic-radar">
          <RadarChart
            h={280}
            data={data}
            dataKey="dimension"
            series={series}
            withLegend={withBaseline}
            withPolarRadiusAxis
            polarRadiusAxisProps={{ domain: [0, 100] }}
          />
        </div>
      ) : null}
      <Text component="figcaption" size="sm" c="dimmed">
        {caption}
      </Text>
      <Table.ScrollContainer minWidth={280}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('radar.dimension')}</Table.Th>
              {withBaseline ? <Table.Th scope="col">{t('radar.baseline')}</Table.Th> : null}
              <Table.Th scope="col">{withBaseline ? t('radar.latest') : t('radar.score')}</Table.Th>
              {withBaseline ? <Table.Th scope="col">{t('radar.gain')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500}>
                  <span dir="auto">{r.label}</span>
                </Table.Th>
                {withBaseline ? <Table.Td dir="ltr">{formatScore(r.baseline)}</Table.Td> : null}
                <Table.Td dir="ltr">{formatScore(r.latest)}</Table.Td>
                {withBaseline ? (
                  <Table.Td dir="ltr" c={r.gain && r.gain > 0 ? 'teal.8' : r.gain && r.gain < 0 ? 'red.8' : undefined}>
                    {formatGain(r.gain)}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
