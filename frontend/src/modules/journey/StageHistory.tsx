import { Timeline, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JourneyVenture_VentureFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { formatCalendarDate } from './journeyFormat';

/** Every step she reached, latest first: the date, the step and the coach's note. */
export function StageHistory({ history }: { history: JourneyVenture_VentureFragment['stageHistory'] }) {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  const latestFirst = [...history].reverse();
  return (
    <Timeline active={latestFirst.length - 1} bulletSize={28} lineWidth={3} color="teal">
      {latestFirst.map((change) => (
        <Timeline.Item key={change.id} bullet={<IconFlag size={16} aria-hidden="true" />} title={<Text fw={700}>{t('history.step', { stage: t(`stage.${change.toStage}`) })}</Text>}>
          <Text size="sm" c="gray.7">
            <time dateTime={change.changedOn}>{formatCalendarDate(change.changedOn, locale)}</time>
          </Text>
          {change.note ? <Text size="sm">{change.note}</Text> : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
