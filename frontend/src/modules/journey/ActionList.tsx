import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCalendarDue, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JourneyVenture_VentureFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { formatCalendarDate } from './journeyFormat';
import { useCompleteActionItem } from './useJourneyMutations';

type Item = JourneyVenture_VentureFragment['actionItems'][number];

function DueLine({ item }: { item: Item }) {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  const late = item.overdue && item.status === 'OPEN';
  return (
    <Group gap={6} wrap="wrap" component="span">
      <IconCalendarDue size={16} aria-hidden="true" />
      <Text span size="sm" c={late ? 'red.9' : 'gray.7'}>
        {t('actions.due', { date: formatCalendarDate(item.dueOn, locale) })}
      </Text>
      {late ? (
        <Badge component="span" color="red" variant="filled" tt="none" leftSection={<IconAlertTriangle size={14} aria-hidden="true" />}>
          {t('actions.overdue')}
        </Badge>
      ) : null}
      {item.status === 'DONE' ? (
        <Badge component="span" color="teal" variant="light" tt="none">
          {t('actions.done')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** Her open tasks, soonest due first: hers with a big checkbox, her coach's marked as such. */
export function ActionList({ items }: { items: JourneyVenture_VentureFragment['actionItems'] }) {
  const { t } = useTranslation('journey');
  const complete = useCompleteActionItem();
  if (items.length === 0) return <Text>{t('actions.empty')}</Text>;

  const toggle = (item: Item, done: boolean) => {
    complete(item, done).catch(() => {
      notifications.show({ color: 'red', message: t('actions.error') });
    });
  };

  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const late = item.overdue && item.status === 'OPEN';
        return (
          <Paper
            component="li"
            key={item.id}
            withBorder
            radius="md"
            p="sm"
            style={late ? { borderColor: 'var(--mantine-color-red-6)', borderInlineStartWidth: 6, background: 'var(--mantine-color-red-0)' } : undefined}
          >
            {item.ownerKind === 'ENTREPRENEUR' ? (
              <Checkbox
                size="xl"
                color="teal"
                checked={item.status === 'DONE'}
                onChange={(event) => toggle(item, event.currentTarget.checked)}
                label={
                  <Text fw={600} size="lg" td={item.status === 'DONE' ? 'line-through' : undefined}>
                    {item.title}
                  </Text>
                }
                description={<DueLine item={item} />}
                styles={{ body: { minBlockSize: 48, alignItems: 'center' }, labelWrapper: { flex: 1 } }}
              />
            ) : (
              <Stack gap={4} mih={48} justify="center">
                <Text fw={600} size="lg">
                  {item.title}
                </Text>
                <DueLine item={item} />
                <Group gap={6}>
                  <IconUsers size={18} aria-hidden="true" />
                  <Text size="sm" fw={500}>
                    {t('actions.withCoach')}
                  </Text>
                </Group>
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
