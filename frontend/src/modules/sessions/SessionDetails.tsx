import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { Detail, DetailList } from '../../ui';
import { useLocale } from '../locale';
import { AddParticipants } from './AddParticipants';
import { LogSessionModal } from './LogSessionModal';
import { participantName } from './participantName';
import { RescheduleModal } from './RescheduleModal';
import { RemoveSessionParticipantDocument } from './sessionsApi';
import { formatDateTime, formatTime } from './time';

/** A session: when, where, who, what was said; log it or move it while it is planned. */
export function SessionDetails({ session, onReload }: { session: SessionFieldsFragment; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation('sessions');
  const { locale } = useLocale();
  const [logging, setLogging] = useState(false);
  const [moving, setMoving] = useState(false);
  const none = t('details.none');
  const planned = session.status === 'PLANNED';
  const started = new Date(session.startsAt) <= new Date();
  const seated = session.participants.filter((p) => !p.waitlisted).length;
  const [removeParticipant, { loading: removing }] = useMutation(RemoveSessionParticipantDocument);
  const remove = async (personId: string, name: string) => {
    try {
      await removeParticipant({ variables: { input: { sessionId: session.id, personId } } });
      notifications.show({ color: 'teal', message: t('details.removed', { name }) });
    } catch {
      notifications.show({ color: 'red', message: t('details.removeFailed') });
    }
  };

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/agenda" size="sm">
        {t('details.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1}>
          {t(`kind.${session.kind}`)} · <span dir="ltr">{formatDateTime(session.startsAt, locale)}</span>
        </Title>
        <Badge size="lg" variant="light" color={session.toLog ? 'orange' : undefined}>
          {session.toLog ? t('agenda.toLog') : t(`status.${session.status}`)}
        </Badge>
      </Group>
      {planned || (session.status === 'DONE' && session.participants.length) ? (
        <Group gap="sm">
          {planned ? <Button onClick={() => setLogging(true)}>{t('details.log')}</Button> : null}
          {session.participants.length && started ? (
            <Button component={Link} to={`/sessions/${session.id}/attendance`} variant={planned ? 'light' : 'default'}>
              {t('grid.open')}
            </Button>
          ) : null}
          {planned ? (
            <Button variant="default" onClick={() => setMoving(true)}>
              {t('details.reschedule')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <Paper withBorder p="md" radius="md">
        <DetailList>
          <Detail label={t('details.when')}>
            <span dir="ltr">
              {formatDateTime(session.startsAt, locale)}–{formatTime(session.endsAt, locale)}
            </span>
            {session.seriesId ? ` · ${t('details.series')}` : ''}
          </Detail>
          <Detail label={t('details.mode')}>{t(`mode.${session.mode}`)}</Detail>
          {session.capacity ? (
            <Detail label={t('details.capacity')}>{t('details.seats', { seated, capacity: session.capacity })}</Detail>
          ) : null}
          <Detail label={t('details.place')}>{session.place || none}</Detail>
          <Detail label={t('details.status')}>{t(`status.${session.status}`)}</Detail>
          <Detail label={t('details.coaches')}>{session.coaches.map((c) => c.displayName).join(', ') || none}</Detail>
          <Detail label={t('details.topics')}>{session.topics.join(', ') || none}</Detail>
          <Detail label={t('details.notes')}>{session.notes || none}</Detail>
          <Detail label={t('details.nextSteps')}>{session.nextSteps || none}</Detail>
          {session.cancelReason ? <Detail label={t('details.cancelReason')}>{session.cancelReason}</Detail> : null}
        </DetailList>
      </Paper>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('details.participants')}
        </Title>
        {session.participants.length ? (
          <Table>
            <Table.Tbody>
              {session.participants.map((p) => (
                <Table.Tr key={p.personId}>
                  <Table.Td>
                    {p.person ? (
                      <Anchor component={Link} to={`/people/${p.personId}`}>
                        {participantName(p, locale)}
                      </Anchor>
                    ) : (
                      none
                    )}
                  </Table.Td>
                  <Table.Td>
                    {p.waitlisted ? (
                      t('details.waitlistRank', { rank: p.waitlistRank })
                    ) : p.attendance ? (
                      t(`attendance.${p.attendance}`)
                    ) : (
                      <Text c="dimmed" size="sm">
                        {t('attendance.notRecorded')}
                      </Text>
                    )}
                  </Table.Td>
                  {planned ? (
                    <Table.Td style={{ textAlign: 'end' }}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        loading={removing}
                        aria-label={t('details.remove', { name: participantName(p, locale) ?? '' })}
                        onClick={() => void remove(p.personId, participantName(p, locale) ?? '')}
                      >
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed">{t('agenda.noParticipants')}</Text>
        )}
        {planned ? <AddParticipants session={session} /> : null}
      </Stack>
      <LogSessionModal session={logging ? session : null} onClose={() => setLogging(false)} onReload={onReload} />
      {moving ? <RescheduleModal session={session} opened={moving} onClose={() => setMoving(false)} onReload={onReload} /> : null}
    </Stack>
  );
}
