import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, AgendaSessionFragment, SessionStatus } from '../../gql/graphql';
import { useCurrentUser } from '../auth';
import { ConflictDialog, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { CreatePersonMetOnSiteDocument, isNetworkFailure, newIdempotencyKey, outbox, replaceId } from '../offline';
import { MetHere, useRegionsOffline, type MetPerson } from './MetHere';
import { participantName } from './participantName';
import { LogSessionDocument } from './sessionsApi';
import { formatDateTime } from './time';

const STATUSES = ['DONE', 'NO_SHOW', 'CANCELLED'] as const satisfies readonly SessionStatus[];
const ATTENDANCES = ['PRESENT', 'EXCUSED', 'ABSENT'] as const satisfies readonly Attendance[];
const FIELDS = ['status', 'attendance', 'notes', 'nextSteps', 'cancelReason'] as const;
type Field = (typeof FIELDS)[number];

export interface LogSessionModalProps {
  session: AgendaSessionFragment | null;
  onClose: () => void;
  /** Fetch the session again (after a CONFLICT). */
  onReload: () => Promise<unknown>;
}

interface LogFormProps {
  session: AgendaSessionFragment;
  onClose: () => void;
  onConflict: () => void;
}

/** The form itself, keyed by session and version so that it starts afresh for each (and after a reload). */
function LogForm({ session, onClose, onConflict }: LogFormProps) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('DONE');
  const [attendance, setAttendance] = useState<Record<string, Attendance>>(() =>
    Object.fromEntries(session.participants.filter((p) => !p.waitlisted).map((p) => [p.personId, p.attendance ?? 'PRESENT'])),
  );
  const [notes, setNotes] = useState(session.notes ?? '');
  const [nextSteps, setNextSteps] = useState(session.nextSteps ?? '');
  const [cancelReason, setCancelReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState(false);
  const [logSession, { loading }] = useMutation(LogSessionDocument);
  const [createPerson, { loading: creating }] = useMutation(CreatePersonMetOnSiteDocument);
  // People met here, created when the log is saved (before it, so that it can mark them present).
  const [met, setMet] = useState<MetPerson[]>([]);
  const user = useCurrentUser();
  const { t: tOffline } = useTranslation('offline');
  // One key per log sheet: a retry of the same save (or its replay from the outbox) never logs twice.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const reason = (r: string) => tc(`errors.reasons.${r}` as 'errors.reasons.INVALID_VALUE');

  const save = async () => {
    setErrors({});
    setFailed(false);
    const cancelled = status === 'CANCELLED';
    const input = {
      id: session.id,
      version: session.version,
      status,
      attendance: cancelled ? [] : Object.entries(attendance).map(([personId, value]) => ({ personId, attendance: value })),
      notes: notes.trim() || null,
      nextSteps: nextSteps.trim() || null,
      ...(cancelled ? { cancelReason: cancelReason.trim() || null } : {}),
      idempotencyKey,
    };
    const creations = cancelled
      ? []
      : met.map((p) => ({
          tmpId: p.tmpId,
          input: { firstName: p.firstName, lastName: p.lastName, gender: p.gender, regionCode: p.regionCode, sessionId: session.id, idempotencyKey: p.key },
        }));
    // No connection (known, or found on sending): the log waits in the outbox with its key, shown at once,
    // after the people met here (it names them by their temporary ids until they are created).
    const keepForLater = () => {
      for (const c of creations) outbox.add({ userId: user.id, operation: 'createPerson', subjectId: c.tmpId, input: c.input });
      outbox.add({ userId: user.id, operation: 'logSession', subjectId: session.id, input });
      notifications.show({ color: 'yellow', message: tOffline('queued') });
      onClose();
    };
    if (!navigator.onLine) {
      keepForLater();
      return;
    }
    try {
      let sent = input;
      for (const c of creations) {
        const { data } = await createPerson({ variables: { input: c.input } });
        if (data) sent = replaceId(sent, c.tmpId, data.createPerson.id);
      }
      await logSession({ variables: { input: sent }, refetchQueries: ['Agenda'] });
    } catch (error) {
      if (isNetworkFailure(error) && !isConflict(error)) {
        keepForLater();
        return;
      }
      if (isConflict(error)) {
        onConflict();
        return;
      }
      const problems = inputProblems(error, FIELDS);
      if (problems.length) setErrors(Object.fromEntries(problems.map((p) => [p.field, reason(p.reason)])));
      else setFailed(true);
      return;
    }
    notifications.show({ color: 'teal', message: t('log.saved') });
    onClose();
  };

  const people = [
    ...session.participants.filter((p) => !p.waitlisted).map((p) => ({ personId: p.personId, name: participantName(p, locale) ?? p.personId })),
    ...met.map((p) => ({ personId: p.tmpId, name: `${p.firstName} ${p.lastName}` })),
  ];
  return (
    <form
      noValidate
      aria-label={t('log.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(`kind.${session.kind}`)} · {formatDateTime(session.startsAt, locale)}
        </Text>
        {failed ? (
          <Alert color="red" role="alert">
            {t('log.failed')}
          </Alert>
        ) : null}
        <Stack gap={4}>
          <Text component="span" id="log-status-label" fw={500} size="sm">
            {t('log.status')}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="log-status-label"
            value={status}
            onChange={(value) => setStatus(value)}
            data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
          {errors.status ? (
            <Text c="red" size="sm" role="alert">
              {errors.status}
            </Text>
          ) : null}
        </Stack>
        {status !== 'CANCELLED' ? (
          <MetHere
            onAdd={(person) => {
              setMet((prev) => [...prev, person]);
              setAttendance((prev) => ({ ...prev, [person.tmpId]: 'PRESENT' }));
            }}
          />
        ) : null}
        {status !== 'CANCELLED' && people.length ? (
          <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" fw={500} size="sm" p={0}>
              {t('log.attendanceHeading')}
            </Text>
            {people.map(({ personId, name }) => {
              const p = { personId };
              return (
                <Stack key={p.personId} gap={2}>
                  <Text size="sm" id={`att-${p.personId}`}>
                    {name}
                  </Text>
                  <SegmentedControl
                    fullWidth
                    size="xs"
                    aria-label={t('log.attendanceOf', { name })}
                    value={attendance[p.personId] ?? 'PRESENT'}
                    onChange={(value) => setAttendance((prev) => ({ ...prev, [p.personId]: value }))}
                    data={ATTENDANCES.map((value) => ({ value, label: t(`attendance.${value}`) }))}
                  />
                </Stack>
              );
            })}
            {errors.attendance ? (
              <Text c="red" size="sm" role="alert">
                {errors.attendance}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {status === 'CANCELLED' ? (
          <Textarea
            label={t('log.cancelReason')}
            value={cancelReason}
            onChange={(e) => setCancelReason(e.currentTarget.value)}
            error={errors.cancelReason}
            autosize
            minRows={2}
          />
        ) : null}
        <Textarea
          label={t('log.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('log.nextSteps')}
          value={nextSteps}
          onChange={(e) => setNextSteps(e.currentTarget.value)}
          error={errors.nextSteps}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={loading || creating}>
            {t('log.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Logging in three taps: status, attendance (everyone present by default), notes and next steps. */
export function LogSessionModal({ session, onClose, onReload }: LogSessionModalProps) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  // Fetched with the agenda (online), so that someone met offline can be given her region.
  useRegionsOffline();

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
    <>
      <Modal
        opened={session !== null && !conflict}
        onClose={onClose}
        title={t('log.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        {session ? (
          <LogForm key={`${session.id}:${session.version}`} session={session} onClose={onClose} onConflict={() => setConflict(true)} />
        ) : null}
      </Modal>
      <ConflictDialog opened={conflict} onReload={() => void reload()} onCancel={() => setConflict(false)} reloading={reloading} />
    </>
  );
}
