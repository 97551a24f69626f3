import { useQuery } from '@apollo/client/react';
import { Locale } from '@rafiq/shared';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaQuery, AgendaSessionFragment, SessionStatus } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { useCurrentUser } from '../auth';
import { ExportMenu } from '../imports/ExportMenu';
import { useLocale } from '../locale';
import { AGENDA_SNAPSHOT_KEY, PendingBadge, readSnapshot, saveSnapshot, useOnline, useOutboxBySubject, type OutboxEntry } from '../offline';
import { LogSessionModal } from './LogSessionModal';
import { participantName } from './participantName';
import { AgendaDocument } from './sessionsApi';
import { addDays, dayKey, formatDateTime, formatDay, formatTime, zonedToIso } from './time';

/** The agenda's window: sessions waiting to be logged, then today and the next 7 days (Casablanca days). */
export function agendaVariables(coachId: string | null, now: Date = new Date()) {
  const today = dayKey(now);
  const coach = coachId ? { coachId } : {};
  return {
    toLogFilter: { ...coach, status: 'PLANNED' as const, to: now.toISOString() },
    comingFilter: {
      ...coach,
      from: zonedToIso(today, '00:00') ?? now.toISOString(),
      to: zonedToIso(addDays(today, 8), '00:00') ?? now.toISOString(),
    },
  };
}

function SessionItem({
  session,
  onLog,
  withDate,
  pending,
}: {
  session: AgendaSessionFragment;
  onLog: (s: AgendaSessionFragment) => void;
  withDate: boolean;
  /** A log of this session waiting in the outbox (or refused by the server). */
  pending?: OutboxEntry;
}) {
  const { t } = useTranslation('sessions');
  const { locale } = useLocale();
  const start = withDate ? formatDateTime(session.startsAt, locale) : formatTime(session.startsAt, locale);
  const time = t('agenda.timeRange', { start, end: formatTime(session.endsAt, locale) });
  const pendingStatus = pending?.state === 'pending' ? (pending.input['status'] as SessionStatus | undefined) : undefined;
  const names = session.participants.map((p) => participantName(p, locale)).filter((n): n is string => Boolean(n));
  return (
    <Card component="li" withBorder padding="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/sessions/${session.id}`} fw={600}>
            <span dir="ltr">{time}</span> · {t(`kind.${session.kind}`)}
          </Anchor>
          {pendingStatus ? (
            <Badge variant="light">{t(`status.${pendingStatus}`)}</Badge>
          ) : session.status !== 'PLANNED' ? (
            <Badge variant="light">{t(`status.${session.status}`)}</Badge>
          ) : null}
        </Group>
        {pending ? (
          <Group justify="flex-end">
            <PendingBadge entry={pending} />
          </Group>
        ) : null}
        <Text size="sm" c="dimmed">
          {t(`mode.${session.mode}`)}
          {session.place ? ` · ${session.place}` : ''}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {names.length ? names.join(locale === Locale.AR ? '، ' : ', ') : t('agenda.noParticipants')}
        </Text>
        {session.status === 'PLANNED' && !pending ? (
          <Group justify="flex-end">
            <Button size="xs" onClick={() => onLog(session)} aria-label={t('agenda.logSession', { time })}>
              {t('agenda.log')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** A coach's agenda (or, for leads and admins, every session they may see): "to log" first, then the coming week by day. */
export function Agenda({ coachId, headingOrder = 2 }: { coachId: string | null; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { t: tOffline } = useTranslation('offline');
  const { locale } = useLocale();
  const [variables] = useState(() => agendaVariables(coachId));
  const { data: live, error, refetch } = useQuery(AgendaDocument, { variables, fetchPolicy: 'cache-and-network' });
  const [logging, setLogging] = useState<string | null>(null);
  const user = useCurrentUser();
  const pending = useOutboxBySubject(user.id);
  const online = useOnline();
  // Field mode: a coach's own agenda is kept on the device and shown, with its date, when the server can't be reached.
  const own = coachId !== null && coachId === user.id;
  useEffect(() => {
    if (own && live) saveSnapshot(AGENDA_SNAPSHOT_KEY, user.id, live);
  }, [own, live, user.id]);
  const kept = useMemo(
    () => (own && !live && (error || !online) ? readSnapshot<AgendaQuery>(AGENDA_SNAPSHOT_KEY, user.id) : null),
    [own, live, error, online, user.id],
  );
  const data = live ?? kept?.data;

  const toLog = useMemo(() => (data?.toLog.edges ?? []).map((e) => e.node).filter((s) => s.toLog), [data]);
  const days = useMemo(() => {
    const byDay = new Map<string, AgendaSessionFragment[]>();
    for (const { node } of data?.coming.edges ?? []) {
      if (node.toLog) continue;
      const key = dayKey(node.startsAt);
      byDay.set(key, [...(byDay.get(key) ?? []), node]);
    }
    return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [data]);
  const all = [...toLog, ...days.flatMap(([, list]) => list)];
  const current = all.find((s) => s.id === logging) ?? null;
  const today = dayKey(new Date());
  const sub = (headingOrder + 1) as 3 | 4;

  return (
    <Stack gap="lg">
      <Group justify="flex-end" gap="sm">
        <ExportMenu list="sessions" filter={{ ...variables.comingFilter }} />
        <Button component={Link} to="/sessions/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
          {t('agenda.schedule')}
        </Button>
      </Group>
      {kept ? (
        <Alert color="gray" role="status">
          {tOffline('offlineCopy', { time: formatDateTime(kept.asOf, locale) })}
        </Alert>
      ) : null}
      {error && !data ? (
        <ErrorState message={t('agenda.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <LoadingState label={tc('common.loading')} />
      ) : (
        <>
          <Stack gap="sm" component="section" aria-labelledby="agenda-to-log">
            <Title order={headingOrder} size="h3" id="agenda-to-log">
              {t('agenda.toLog')} {toLog.length ? <Badge color="orange">{toLog.length}</Badge> : null}
            </Title>
            {toLog.length ? (
              <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="agenda-to-log">
                {toLog.map((s) => (
                  <SessionItem key={s.id} session={s} onLog={(x) => setLogging(x.id)} withDate pending={pending.get(s.id)} />
                ))}
              </Stack>
            ) : (
              <Text c="dimmed">{t('agenda.toLogEmpty')}</Text>
            )}
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="agenda-coming">
            <Title order={headingOrder} size="h3" id="agenda-coming">
              {t('agenda.coming')}
            </Title>
            {days.length ? (
              days.map(([day, list]) => (
                <Stack key={day} gap="xs">
                  <Title order={sub} size="h5" id={`agenda-day-${day}`}>
                    {day === today ? `${t('agenda.today')} · ` : ''}
                    {formatDay(day, locale)}
                  </Title>
                  <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={`agenda-day-${day}`}>
                    {list.map((s) => (
                      <SessionItem key={s.id} session={s} onLog={(x) => setLogging(x.id)} withDate={false} pending={pending.get(s.id)} />
                    ))}
                  </Stack>
                </Stack>
              ))
            ) : (
              <Text c="dimmed">{t('agenda.comingEmpty')}</Text>
            )}
          </Stack>
        </>
      )}
      <LogSessionModal session={current} onClose={() => setLogging(null)} onReload={() => refetch()} />
    </Stack>
  );
}
