import { Alert, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VentureFunnelQuery } from '../../gql/graphql';
import { STAGES } from './stages';

type Step = VentureFunnelQuery['ventureFunnel'][number];

/** Per stage: in the stage now, reached, conversion from the stage before, median days. */
export function FunnelTable({ steps, error }: { steps: readonly Step[]; error?: boolean }) {
  const { t, i18n } = useTranslation('ventures');
  const percent = new Intl.NumberFormat(i18n.language === 'ar' ? 'ar-MA' : i18n.language, {
    style: 'percent',
    maximumFractionDigits: 0,
    numberingSystem: 'latn',
  });
  const number = new Intl.NumberFormat(i18n.language === 'ar' ? 'ar-MA' : i18n.language, {
    maximumFractionDigits: 1,
    numberingSystem: 'latn',
  });
  const byStage = new Map(steps.map((step) => [step.stage, step]));
  return (
    <section aria-labelledby="funnel-title">
      <Title order={2} size="h4" id="funnel-title" mb="xs">
        {t('funnel.title')}
      </Title>
      {error ? (
        <Alert color="red" role="alert">
          {t('funnel.loadError')}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-labelledby="funnel-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funnel.stage')}</Table.Th>
                <Table.Th scope="col">{t('funnel.current')}</Table.Th>
                <Table.Th scope="col">{t('funnel.reached')}</Table.Th>
                <Table.Th scope="col">{t('funnel.conversion')}</Table.Th>
                <Table.Th scope="col">{t('funnel.medianDays')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {STAGES.map((stage) => {
                const step = byStage.get(stage);
                return (
                  <Table.Tr key={stage} data-stage={stage}>
                    <Table.Th scope="row">{t(`stage.${stage}`)}</Table.Th>
                    <Table.Td>{step?.current ?? 0}</Table.Td>
                    <Table.Td>{step?.reached ?? 0}</Table.Td>
                    <Table.Td>{step?.conversion != null ? percent.format(step.conversion) : t('funnel.none')}</Table.Td>
                    <Table.Td>{step?.medianDays != null ? number.format(step.medianDays) : t('funnel.none')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
