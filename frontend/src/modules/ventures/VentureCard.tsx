import { ActionIcon, Anchor, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconArrowsMove } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Stage, VentureCard_VentureFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { ownerName } from './ownerName';
import { STAGES } from './stages';

export interface VentureCardProps {
  venture: VentureCard_VentureFragment;
  onMove: (venture: VentureCard_VentureFragment, toStage: Stage) => void;
  draggable?: boolean;
}

/** One venture on the board: title, owner, days in the current stage, and a "Move to…" menu. */
export function VentureCard({ venture, onMove, draggable = false }: VentureCardProps) {
  const { t } = useTranslation('ventures');
  const { locale } = useLocale();
  const owner = ownerName(venture, locale);
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', venture.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: draggable ? 'grab' : undefined }}
      data-venture-id={venture.id}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minInlineSize: 0 }}>
          <Anchor component={Link} to={`/ventures/${venture.id}`} fw={600} dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {venture.title}
          </Anchor>
          <Text size="sm" dir="auto">
            {owner ?? t('board.ownerUnknown')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('board.daysInStage', { count: venture.daysInStage })}
          </Text>
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="lg" aria-label={t('board.moveLabel', { title: venture.title })} title={t('board.moveTo')}>
              <IconArrowsMove size={18} aria-hidden="true" />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('board.moveTo')}</Menu.Label>
            {STAGES.filter((stage) => stage !== venture.stage).map((stage) => (
              <Menu.Item key={stage} onClick={() => onMove(venture, stage)}>
                {t(`stage.${stage}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Card>
  );
}
