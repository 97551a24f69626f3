import { useQuery } from '@apollo/client/react';
import { Anchor, Table, Title } from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ImpactFilter } from '../../gql/graphql';
import { useLocale } from '../locale';
import type { RecordsAsk } from './RecordDrillDown';

export const ImpactSurvivalDocument = graphql(`
  query ImpactSurvival($filter: ImpactFilter) {
    impact(filter: $filter) {
      survival {
        months
        recorded
        stillOperating
        survivalRate
        due
        overdue
      }
    }
  }
`);

/**
 * Survival after graduation at 6 and 12 months (docs/indicators.md), for the dashboard's filters:
 * a table whose every count opens the follow-ups behind it.
 */
export function SurvivalSection({ filter, onOpen }: { filter: ImpactFilter; onOpen: (request: RecordsAsk) => void }) {
  const { t } = useTranslation('impact');
  const { locale } = useLocale();
  const lang = locale === Locale.AR ? 'ar-MA' : locale;
  const nf = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
  const pf = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, numberingSystem: 'latn' });
  const { data } = useQuery(ImpactSurvivalDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const rows = data?.impact.survival ?? [];
  if (!rows.length) return null;
  const cell = (value: number, title: string, ask: Omit<Extract<RecordsAsk, { of: 'followUps' }>, 'of' | 'title'>) => (
    <Table.Td>
      <Anchor component="button" type="button" onClick={() => onOpen({ of: 'followUps', title, ...ask })}>
        {nf.format(value)}
      </Anchor>
    </Table.Td>
  );
  return (
    <section aria-labelledby="impact-survival">
      <Title order={2} size="h4" id="impact-survival" mb="xs">
        {t('survival.title')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-labelledby="impact-survival">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('survival.title')}</Table.Th>
              <Table.Th scope="col">{t('survival.recorded')}</Table.Th>
              <Table.Th scope="col">{t('survival.stillOperating')}</Table.Th>
              <Table.Th scope="col">{t('survival.rate')}</Table.Th>
              <Table.Th scope="col">{t('survival.due')}</Table.Th>
              <Table.Th scope="col">{t('survival.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const when = t('survival.months', { months: r.months });
              return (
                <Table.Tr key={r.months}>
                  <Table.Th scope="row">{when}</Table.Th>
                  {cell(r.recorded, `${t('survival.recorded')} · ${when}`, { months: r.months, status: 'DONE' })}
                  {cell(r.stillOperating, `${t('survival.stillOperating')} · ${when}`, {
                    months: r.months,
                    status: 'DONE',
                    stillOperating: true,
                  })}
                  <Table.Td>{r.survivalRate == null ? '—' : pf.format(r.survivalRate)}</Table.Td>
                  {cell(r.due, `${t('survival.due')} · ${when}`, { months: r.months, status: 'DUE' })}
                  {cell(r.overdue, `${t('survival.overdue')} · ${when}`, { months: r.months, status: 'DUE', overdue: true })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
