import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeScope, SessionFieldsFragment } from '../../gql/graphql';
import { ConflictDialog, failureKey, isConflict } from '../errors';
import { clashSlots, type Slot } from './sessionErrors';
import { RescheduleSessionDocument } from './sessionsApi';
import { SlotProposals } from './SlotProposals';
import { addMinutes, localParts, minutesBetween, zonedToIso } from './time';

/** Moves a planned session (this one, or it and the following ones of its series). */
export function RescheduleModal({
  session,
  opened,
  onClose,
  onReload,
}: {
  session: SessionFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const initial = localParts(session.startsAt);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [scope, setScope] = useState<ChangeScope>('THIS');
  const [duration, setDuration] = useState(String(minutesBetween(session.startsAt, session.endsAt)));
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [move, { loading }] = useMutation(RescheduleSessionDocument);
  const durations = [...new Set([30, 45, 60, 90, 120, 180, 240, Number(duration)])].sort((a, b) => a - b);

  const save = async () => {
    const startsAt = zonedToIso(date, time);
    if (!startsAt) return;
    setSlots(null);
    setFailure(null);
    try {
      await move({
        variables: { input: { id: session.id, version: session.version, startsAt, endsAt: addMinutes(startsAt, Number(duration)), scope } },
        refetchQueries: ['Agenda'],
      });
    } catch (error) {
      const free = clashSlots(error);
      if (free) setSlots(free);
      else if (isConflict(error)) setConflict(true);
      else setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('reschedule.saved') });
    onClose();
  };

  return (
    <>
      <Modal
        opened={opened && !conflict}
        onClose={onClose}
        title={t('reschedule.title')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form
          noValidate
          aria-label={t('reschedule.title')}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TextInput type="date" label={t('form.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
              <TextInput
                type="time"
                label={t('form.startTime')}
                value={time}
                onChange={(e) => setTime(e.currentTarget.value)}
                required
                step={300}
              />
              <Select
                label={t('form.duration')}
                value={duration}
                onChange={(v) => v && setDuration(v)}
                data={durations.map((d) => ({ value: String(d), label: t('form.minutes', { count: d }) }))}
                allowDeselect={false}
              />
            </SimpleGrid>
            {slots ? (
              <SlotProposals
                slots={slots}
                onPick={(slot) => {
                  const p = localParts(slot.startsAt);
                  setDate(p.date);
                  setTime(p.time);
                  setSlots(null);
                }}
              />
            ) : null}
            {session.seriesId ? (
              <Radio.Group label={t('reschedule.scope')} value={scope} onChange={(v) => setScope(v)}>
                <Stack gap="xs" mt="xs">
                  <Radio value="THIS" label={t('reschedule.THIS')} />
                  <Radio value="FOLLOWING" label={t('reschedule.FOLLOWING')} />
                </Stack>
              </Radio.Group>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('reschedule.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog
        opened={conflict}
        onCancel={() => setConflict(false)}
        onReload={() => {
          void onReload().finally(() => {
            setConflict(false);
            onClose();
          });
        }}
      />
    </>
  );
}
