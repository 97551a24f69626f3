import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconListCheck, IconMapRoute, IconPigMoney, IconTrophy } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyVenture_VentureFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { ActionList } from './ActionList';
import { formatDay } from './journeyFormat';
import { SalesCard } from './SalesCard';
import { StageHistory } from './StageHistory';
import { StagePath } from './StagePath';

function Part({ id, icon, title, children }: { id: string; icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        {icon}
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** One venture: where she is, her next tasks, her sales and what she achieved. */
export function VentureSection({ venture }: { venture: JourneyVenture_VentureFragment }) {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  const id = useId();
  return (
    <Paper component="section" withBorder radius="lg" p="md" aria-labelledby={`${id}-title`}>
      <Stack gap="xl">
        <Title order={2} size="h3" id={`${id}-title`}>
          {venture.title}
        </Title>
        <Part id={`${id}-path`} icon={<IconMapRoute size={24} aria-hidden="true" />} title={t('path.title')}>
          <StagePath stage={venture.stage} labelId={`${id}-path`} />
          <Text>{t('path.since', { date: formatDay(venture.stageSince, locale), days: venture.daysInStage })}</Text>
        </Part>
        <Part id={`${id}-actions`} icon={<IconListCheck size={24} aria-hidden="true" />} title={t('actions.title')}>
          <ActionList items={venture.actionItems} />
        </Part>
        <Part id={`${id}-sales`} icon={<IconPigMoney size={24} aria-hidden="true" />} title={t('sales.title')}>
          <SalesCard venture={venture} />
        </Part>
        {venture.stageHistory.length > 0 ? (
          <Part id={`${id}-history`} icon={<IconTrophy size={24} aria-hidden="true" />} title={t('history.title')}>
            <StageHistory history={venture.stageHistory} />
          </Part>
        ) : null}
      </Stack>
    </Paper>
  );
}
