import { useLazyQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImpactFilter } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { useLocale } from '../locale';
import { CohortPanel } from './CohortPanel';
import { ImpactDiagnosticsDocument } from './queries';
import { formatGain, formatScore } from './texts';

/** Mean diagnostic gain per dimension among the impact indicators, with a drill-down to the diagnostics behind it. */
export function ImpactDiagnosticsPanel({ filter }: { filter: ImpactFilter }) {
  const { t } = useTranslation('diagnostics');
  const { locale } = useLocale();
  const [load, { data, loading }] = useLazyQuery(ImpactDiagnosticsDocument);
  const rows = data?.impactDiagnostics;
  return (
    <Stack gap="sm">
      <CohortPanel filter={filter} title={t('impact.title')} />
      <div>
        <Button variant="light" onClick={() => void load({ variables: { filter } })} loading={loading}>
          {t('impact.drillDown')}
        </Button>
      </div>
      {rows ? (
        rows.length === 0 ? (
          <Text c="dimmed">{t('impact.noRows')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table striped>
              <Table.Caption>{t('impact.drillDownCaption', { count: rows.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('impact.subject')}</Table.Th>
                  <Table.Th scope="col">{t('radar.baseline')}</Table.Th>
                  <Table.Th scope="col">{t('radar.latest')}</Table.Th>
                  <Table.Th scope="col">{t('radar.gain')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.latest.id}>
                    <Table.Th scope="row" fw={500}>
                      {r.cooperative ? (
                        <Anchor component={Link} to={`/cooperatives/${r.cooperative.id}`} dir="auto">
                          {locale === Locale.AR && r.cooperative.nameAr ? r.cooperative.nameAr : r.cooperative.name}
                        </Anchor>
                      ) : r.venture ? (
                        <Anchor component={Link} to={`/ventures/${r.venture.id}`} dir="auto">
                          {r.venture.title}
                        </Anchor>
                      ) : null}
                    </Table.Th>
                    <Table.Td>
                      <Anchor component={Link} to={`/diagnostics/${r.baseline.id}`}>
                        {formatScore(r.baseline.overallScore)} · {formatDate(r.baseline.conductedOn, locale)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/diagnostics/${r.latest.id}`}>
                        {formatScore(r.latest.overallScore)} · {formatDate(r.latest.conductedOn, locale)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td dir="ltr">{formatGain(r.overallGain)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : null}
    </Stack>
  );
}
