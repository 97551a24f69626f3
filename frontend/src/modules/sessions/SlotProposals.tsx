import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale';
import type { Slot } from './sessionErrors';
import { formatDateTime, formatTime } from './time';

/** The coach's clash, with up to 3 free slots as buttons that take that time. */
export function SlotProposals({ slots, onPick }: { slots: readonly Slot[]; onPick: (slot: Slot) => void }) {
  const { t } = useTranslation('sessions');
  const { locale } = useLocale();
  return (
    <Alert color="red" role="alert" title={t('form.coachClash')}>
      <Stack gap="xs">
        {slots.length ? (
          <>
            <Text size="sm">{t('form.freeSlots')}</Text>
            <Group gap="xs">
              {slots.slice(0, 3).map((slot) => {
                const label = `${formatDateTime(slot.startsAt, locale)}–${formatTime(slot.endsAt, locale)}`;
                return (
                  <Button
                    key={slot.startsAt}
                    size="xs"
                    variant="light"
                    aria-label={t('form.useSlot', { slot: label })}
                    onClick={() => onPick(slot)}
                  >
                    {label}
                  </Button>
                );
              })}
            </Group>
          </>
        ) : (
          <Text size="sm">{t('form.noFreeSlot')}</Text>
        )}
      </Stack>
    </Alert>
  );
}
