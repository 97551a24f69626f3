import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attendance, SessionFieldsFragment } from '../../gql/graphql';
import { ConflictDialog, isConflict } from '../errors';
import { useLocale } from '../locale';
import { participantName } from './participantName';
import { LogSessionDocument } from './sessionsApi';
import { formatDateTime } from './time';

const ATTENDANCES = ['PRESENT', 'EXCUSED', 'ABSENT'] as const satisfies readonly Attendance[];

export interface AttendanceGridProps {
  session: SessionFieldsFragment;
  onReload: () => Promise<unknown>;
}

/**
 * Attendance for a training, all participants at once: one row per seated participant with
 * present / excused / unexcused (radio buttons: arrow keys move between them), "everyone present",
 * and one save — one transaction that also marks the session done.
 */
export function AttendanceGrid({ session, onReload }: AttendanceGridProps) {
  const { t } = useTranslation('sessions');
  const { locale } = useLocale();
  const seated = session.participants.filter((p) => !p.waitlisted);
  const [values, setValues] = useState<Record<string, Attendance | null>>(() =>
    Object.fromEntries(seated.map((p) => [p.personId, p.attendance ?? null])),
  );
  const [conflict, setConflict] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [logSession, { loading }] = useMutation(LogSessionDocument);
  const missing = seated.filter((p) => !values[p.personId]).length;
  const counts = Object.fromEntries(ATTENDANCES.map((a) => [a, seated.filter((p) => values[p.personId] === a).length]));
  const future = new Date(session.startsAt) > new Date();

  const save = async () => {
    setFailed(null);
    if (missing) {
      setFailed(t('grid.missing', { count: missing }));
      return;
    }
    try {
      await logSession({
        variables: {
          input: {
            id: session.id,
            version: session.version,
            status: 'DONE',
            attendance: seated.map((p) => ({ personId: p.personId, attendance: values[p.personId]! })),
          },
        },
      });
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else setFailed(t('grid.failed'));
      return;
    }
    notifications.show({ color: 'teal', message: t('grid.saved') });
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      setConflict(false);
    }
  };

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
        {t('grid.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('grid.title')}</Title>
        <Text c="dimmed">
          {t(`kind.${session.kind}`)} · <span dir="ltr">{formatDateTime(session.startsAt, locale)}</span>
        </Text>
      </Stack>
      {future ? (
        <Alert color="yellow" role="status">
          {t('grid.notStarted')}
        </Alert>
      ) : null}
      {failed ? (
        <Alert color="red" role="alert">
          {failed}
        </Alert>
      ) : null}
      <form
        noValidate
        aria-label={t('grid.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Group justify="space-between" gap="sm">
            <Group gap="xs" aria-live="polite">
              {ATTENDANCES.map((a) => (
                <Badge key={a} variant="light" color={a === 'PRESENT' ? 'teal' : a === 'EXCUSED' ? 'blue' : 'red'}>
                  {t(`attendance.${a}`)} : {counts[a]}
                </Badge>
              ))}
              {missing ? <Badge variant="outline">{t('grid.toMark', { count: missing })}</Badge> : null}
            </Group>
            <Button variant="default" onClick={() => setValues(Object.fromEntries(seated.map((p) => [p.personId, 'PRESENT' as const])))}>
              {t('grid.allPresent')}
            </Button>
          </Group>
          {seated.length ? (
            <Paper withBorder radius="md">
              <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('details.participants')}>
                {seated.map((p, i) => {
                  const name = participantName(p, locale) ?? t('grid.hidden');
                  return (
                    <Group
                      key={p.personId}
                      component="li"
                      justify="space-between"
                      gap="xs"
                      wrap="wrap"
                      px="md"
                      py="xs"
                      style={{ borderBlockStart: i ? '1px solid var(--mantine-color-default-border)' : undefined }}
                    >
                      <Text style={{ flex: '1 1 10rem' }} fw={500}>
                        {name}
                      </Text>
                      <SegmentedControl
                        style={{ flex: '1 1 16rem' }}
                        size="sm"
                        aria-label={t('log.attendanceOf', { name })}
                        value={values[p.personId] ?? ''}
                        onChange={(value) => setValues((prev) => ({ ...prev, [p.personId]: value as Attendance }))}
                        data={ATTENDANCES.map((value) => ({ value, label: t(`grid.${value}`) }))}
                      />
                    </Group>
                  );
                })}
              </Stack>
            </Paper>
          ) : (
            <Text c="dimmed">{t('agenda.noParticipants')}</Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={loading} disabled={!seated.length || future}>
              {t('grid.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConflictDialog opened={conflict} onReload={() => void reload()} onCancel={() => setConflict(false)} reloading={reloading} />
    </Stack>
  );
}
