import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconCircleCheck, IconClock, IconDeviceMobile, IconHandFinger, IconMapPin, IconVideo } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySession_SessionFragment, SessionMode } from '../../gql/graphql';
import { useLocale } from '../locale';
import { formatSessionDay, formatTime } from './journeyFormat';
import { useCancelMyPlace, useConfirmAttendance } from './useJourneyMutations';

const FIRST_SHOWN = 3;

const MODE_ICONS: Record<SessionMode, typeof IconMapPin> = { ON_SITE: IconMapPin, PHONE: IconDeviceMobile, VIDEO: IconVideo };

function SessionCard({ session, personId }: { session: JourneySession_SessionFragment; personId: string | null }) {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  const confirm = useConfirmAttendance();
  const cancelMyPlace = useCancelMyPlace();
  const [sending, setSending] = useState(false);
  const [asking, setAsking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const me = personId ? session.participants.find((p) => p.personId === personId) : session.participants[0];
  const confirmed = Boolean(me?.confirmedAt);
  const day = formatSessionDay(session.startsAt, locale);
  const kind = t(`sessions.kind.${session.kind}`);
  const ModeIcon = MODE_ICONS[session.mode];

  const onConfirm = () => {
    setSending(true);
    confirm(session.id)
      .catch(() => notifications.show({ color: 'red', message: t('sessions.error') }))
      .finally(() => setSending(false));
  };

  const onCancel = () => {
    setCancelling(true);
    cancelMyPlace(session.id)
      .then(() => notifications.show({ color: 'teal', message: t('sessions.cancelled', { kind, day }) }))
      .catch(() => notifications.show({ color: 'red', message: t('sessions.error') }))
      .finally(() => {
        setCancelling(false);
        setAsking(false);
      });
  };

  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <IconCalendarEvent size={24} aria-hidden="true" style={{ flexShrink: 0 }} />
          <Title order={3} size="h4">
            {day}
          </Title>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <IconClock size={20} aria-hidden="true" style={{ flexShrink: 0 }} />
          <Text>
            <span dir="ltr">{t('sessions.time', { start: formatTime(session.startsAt, locale), end: formatTime(session.endsAt, locale) })}</span>
          </Text>
        </Group>
        <Text fw={700}>{kind}</Text>
        <Group gap="xs" wrap="nowrap">
          <ModeIcon size={20} aria-hidden="true" style={{ flexShrink: 0 }} />
          <Text>
            {t(`sessions.mode.${session.mode}`)}
            {session.place ? ` · ${session.place}` : ''}
          </Text>
        </Group>
        {confirmed ? (
          <Badge size="xl" color="teal" variant="light" tt="none" radius="md" h={48} leftSection={<IconCircleCheck size={22} aria-hidden="true" />} style={{ whiteSpace: 'normal' }}>
            {t('sessions.confirmed')}
          </Badge>
        ) : (
          <Button
            size="lg"
            color="teal"
            fullWidth
            loading={sending}
            onClick={onConfirm}
            leftSection={<IconHandFinger size={22} aria-hidden="true" />}
            aria-label={t('sessions.confirmLabel', { kind, day })}
          >
            {t('sessions.confirm')}
          </Button>
        )}
        <Button variant="subtle" color="red" onClick={() => setAsking(true)} aria-label={t('sessions.cancelLabel', { kind, day })}>
          {t('sessions.cancel')}
        </Button>
        <Modal opened={asking} onClose={() => setAsking(false)} title={t('sessions.cancelTitle')} centered>
          <Stack gap="md">
            <Text>{t('sessions.cancelBody', { kind, day })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('sessions.keep')}
              </Button>
              <Button color="red" loading={cancelling} onClick={onCancel}>
                {t('sessions.cancelConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    </Paper>
  );
}

/** Her next sessions, soonest first, each with "I will come". */
export function UpcomingSessions({ sessions, personId }: { sessions: readonly JourneySession_SessionFragment[]; personId: string | null }) {
  const { t } = useTranslation('journey');
  const [all, setAll] = useState(false);
  if (sessions.length === 0) return <Text>{t('sessions.empty')}</Text>;
  const shown = all ? sessions : sessions.slice(0, FIRST_SHOWN);
  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map((session) => (
          <SessionCard key={session.id} session={session} personId={personId} />
        ))}
      </Stack>
      {sessions.length > FIRST_SHOWN ? (
        <Button variant="subtle" size="lg" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all ? t('sessions.showLess') : t('sessions.showAll', { total: sessions.length })}
        </Button>
      ) : null}
    </Stack>
  );
}
