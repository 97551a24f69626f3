import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert, Anchor, Box, Button, Group, ScrollArea, SegmentedControl, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarSessionFragment } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { failureKey, isConflict } from '../errors';
import { useLocale } from '../locale';
import { placeSessions, slotTime, SLOT_MINUTES, SLOTS, visibleDays } from './calendarLayout';
import { MoveSessionLoader } from './MoveSessionLoader';
import { clashSlots, type Slot } from './sessionErrors';
import { MoveSessionDocument } from './sessionsApi';
import { useCalendarSessions } from './useCalendarSessions';
import { addDays, addMinutes, dayKey, formatDay, formatTime, minutesBetween, zonedToIso } from './time';

const ROW_REM = 1.5;
const COLORS = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo'];

interface Clash {
  startsAt: string | null;
  endsAt: string | null;
  sessionId: string | null;
  freeSlots: Slot[];
}

function clashOf(error: unknown): Clash | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    startsAt: str(ext['clashStartsAt']),
    endsAt: str(ext['clashEndsAt']),
    sessionId: str(ext['clashingSessionId']),
    freeSlots: clashSlots(error) ?? [],
  };
}

export interface SessionCalendarProps {
  /** A coach sees her own sessions; leads and admins choose a coach or see them all. */
  fixedCoachId: string | null;
  coaches?: ReadonlyArray<{ id: string; displayName: string }>;
}

/**
 * Week and day views of sessions on the organisation's clock. A planned session is dragged to another time
 * (same conflict rule as everywhere: a clash is shown and the session goes back), or moved with
 * the keyboard through its "Move" button and the reschedule form.
 */
export function SessionCalendar({ fixedCoachId, coaches = [] }: SessionCalendarProps) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [view, setView] = useState<'week' | 'day' | null>(null);
  const shown = view ?? (narrow ? 'day' : 'week');
  const [anchor, setAnchor] = useState(() => dayKey(new Date()));
  const [coachId, setCoachId] = useState<string | null>(null);
  const [moves, setMoves] = useState<Record<string, { startsAt: string; endsAt: string }>>({});
  const [clash, setClash] = useState<Clash | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const days = useMemo(() => visibleDays(anchor, shown), [anchor, shown]);
  const coach = fixedCoachId ?? coachId;
  const filter = {
    from: zonedToIso(days[0], '00:00') ?? new Date().toISOString(),
    to: zonedToIso(addDays(days[days.length - 1], 1), '00:00') ?? new Date().toISOString(),
    ...(coach ? { coachId: coach } : {}),
  };
  const { sessions: inRange, loaded, loading, error, refetch } = useCalendarSessions(filter);
  const [move] = useMutation(MoveSessionDocument);
  const sessions = useMemo(
    () => inRange.map((s) => ({ ...s, ...(moves[s.id] ?? {}) })).filter((s) => s.status !== 'CANCELLED'),
    [inRange, moves],
  );
  const placed = useMemo(() => placeSessions(sessions, days), [sessions, days]);
  const coachColor = useMemo(() => {
    const ids = [...new Set(sessions.flatMap((s) => s.coaches.map((c) => c.id)))].sort();
    return (id: string | undefined) => COLORS[Math.max(0, ids.indexOf(id ?? '')) % COLORS.length];
  }, [sessions]);

  const drop = async (session: CalendarSessionFragment, day: string, slot: number) => {
    const startsAt = zonedToIso(day, slotTime(slot));
    if (!startsAt || startsAt === new Date(session.startsAt).toISOString()) return;
    const endsAt = addMinutes(startsAt, minutesBetween(session.startsAt, session.endsAt));
    setClash(null);
    setFailure(null);
    // Shown at once at its new time; put back if the server refuses.
    setMoves((m) => ({ ...m, [session.id]: { startsAt, endsAt } }));
    try {
      await move({
        variables: { input: { id: session.id, version: session.version, startsAt, endsAt, scope: 'THIS' } },
        refetchQueries: ['Agenda'],
      });
      notifications.show({ color: 'teal', message: t('reschedule.saved') });
    } catch (err) {
      const c = clashSlots(err) ? clashOf(err) : null;
      if (c) setClash(c);
      else if (isConflict(err)) {
        setFailure(t('calendar.stale'));
        void refetch().catch(() => undefined);
      } else setFailure(tc(failureKey(err)));
    } finally {
      setMoves((m) => {
        const next = { ...m };
        delete next[session.id];
        return next;
      });
    }
  };

  const onDrop = (day: string, slot: number) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain') || dragging;
    setDragging(null);
    const session = sessions.find((s) => s.id === id);
    if (session) void drop(session, day, slot);
  };

  const step = shown === 'week' ? 7 : 1;
  const rangeLabel = shown === 'week' ? t('calendar.weekOf', { day: formatDay(days[0], locale) }) : formatDay(days[0], locale);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="xs" onClick={() => setAnchor(addDays(anchor, -step))}>
            {shown === 'week' ? t('calendar.previousWeek') : t('calendar.previousDay')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setAnchor(dayKey(new Date()))}>
            {t('agenda.today')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setAnchor(addDays(anchor, step))}>
            {shown === 'week' ? t('calendar.nextWeek') : t('calendar.nextDay')}
          </Button>
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('calendar.view')}
          value={shown}
          onChange={(v) => setView(v)}
          data={[
            { value: 'week', label: t('calendar.week') },
            { value: 'day', label: t('calendar.day') },
          ]}
        />
      </Group>
      <Group justify="space-between" gap="sm" wrap="wrap" align="flex-end">
        <Text fw={600} aria-live="polite">
          {rangeLabel}
        </Text>
        {fixedCoachId ? null : (
          <Select
            label={t('calendar.coach')}
            placeholder={t('calendar.allCoaches')}
            clearable
            data={coaches.map((c) => ({ value: c.id, label: c.displayName }))}
            value={coachId}
            onChange={setCoachId}
            w={{ base: '100%', xs: 260 }}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('calendar.hint')}
      </Text>
      {clash ? (
        <Alert
          color="red"
          role="alert"
          title={t('calendar.clashTitle')}
          withCloseButton
          onClose={() => setClash(null)}
          closeButtonLabel={tc('common.close')}
        >
          <Stack gap={4}>
            <Text size="sm">
              {clash.startsAt && clash.endsAt
                ? t('calendar.clashWith', {
                    day: formatDay(dayKey(clash.startsAt), locale),
                    start: formatTime(clash.startsAt, locale),
                    end: formatTime(clash.endsAt, locale),
                  })
                : t('form.coachClash')}{' '}
              {clash.sessionId ? (
                <Anchor component={Link} to={`/sessions/${clash.sessionId}`} size="sm">
                  {t('calendar.openClash')}
                </Anchor>
              ) : null}
            </Text>
            {clash.freeSlots.length ? (
              <Text size="sm">
                {t('form.freeSlots')}{' '}
                {clash.freeSlots.map((s) => `${formatDay(dayKey(s.startsAt), locale)} ${formatTime(s.startsAt, locale)}`).join(' · ')}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel={tc('common.close')}>
          {failure}
        </Alert>
      ) : null}
      {error && !loaded ? (
        <ErrorState
          message={t('calendar.loadError')}
          retryLabel={tc('common.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !loaded && loading ? (
        <LoadingState label={tc('common.loading')} />
      ) : (
        <ScrollArea type="auto" offsetScrollbars>
          <Box
            role="grid"
            aria-label={rangeLabel}
            aria-rowcount={SLOTS + 1}
            style={{
              display: 'grid',
              gridTemplateColumns: `3.5rem repeat(${days.length}, minmax(${shown === 'week' ? '6.5rem' : '12rem'}, 1fr))`,
              minWidth: shown === 'week' ? '50rem' : undefined,
            }}
          >
            <div role="row" style={{ display: 'contents' }}>
              <div role="columnheader" />
              {days.map((day) => (
                <Text
                  key={day}
                  role="columnheader"
                  size="sm"
                  fw={day === dayKey(new Date()) ? 700 : 500}
                  ta="center"
                  py={4}
                  style={{ borderBlockEnd: '1px solid var(--mantine-color-default-border)' }}
                >
                  {formatDay(day, locale)}
                </Text>
              ))}
            </div>
            <div role="row" style={{ display: 'contents' }}>
              <div role="rowheader" style={{ position: 'relative', height: `${SLOTS * ROW_REM}rem` }}>
                {Array.from({ length: SLOTS / 2 }, (_, i) => (
                  <Text
                    key={i}
                    size="xs"
                    c="dimmed"
                    style={{ position: 'absolute', insetBlockStart: `${i * 2 * ROW_REM}rem`, insetInlineEnd: 6 }}
                    dir="ltr"
                  >
                    {slotTime(i * 2)}
                  </Text>
                ))}
              </div>
              {days.map((day) => (
                <div
                  key={day}
                  role="gridcell"
                  aria-label={formatDay(day, locale)}
                  style={{
                    position: 'relative',
                    height: `${SLOTS * ROW_REM}rem`,
                    borderInlineStart: '1px solid var(--mantine-color-default-border)',
                  }}
                >
                  {Array.from({ length: SLOTS }, (_, slot) => (
                    <div
                      key={slot}
                      data-slot={`${day}T${slotTime(slot)}`}
                      onDragOver={(e) => {
                        if (dragging) e.preventDefault();
                      }}
                      onDrop={onDrop(day, slot)}
                      style={{
                        position: 'absolute',
                        insetInline: 0,
                        insetBlockStart: `${slot * ROW_REM}rem`,
                        height: `${ROW_REM}rem`,
                        borderBlockStart:
                          slot % 2 ? '1px dotted var(--mantine-color-default-border)' : '1px solid var(--mantine-color-default-border)',
                      }}
                    />
                  ))}
                  {placed
                    .filter((p) => p.day === day)
                    .map((p) => {
                      const s = p.item;
                      const planned = s.status === 'PLANNED';
                      const color = coachColor(s.coaches[0]?.id);
                      const label = `${t(`kind.${s.kind}`)} ${formatTime(s.startsAt, locale)}–${formatTime(s.endsAt, locale)}${coach ? '' : ` · ${s.coaches.map((c) => c.displayName).join(', ')}`}`;
                      return (
                        <Box
                          key={s.id}
                          data-session={s.id}
                          draggable={planned}
                          onDragStart={(e: DragEvent) => {
                            e.dataTransfer.setData('text/plain', s.id);
                            e.dataTransfer.effectAllowed = 'move';
                            setDragging(s.id);
                          }}
                          onDragEnd={() => setDragging(null)}
                          bg={`var(--mantine-color-${color}-light)`}
                          style={{
                            position: 'absolute',
                            insetBlockStart: `calc(${p.fromSlot * ROW_REM}rem + 1px)`,
                            height: `calc(${(p.toSlot - p.fromSlot) * ROW_REM}rem - 2px)`,
                            insetInlineStart: `${(p.lane / p.lanes) * 100}%`,
                            width: `calc(${100 / p.lanes}% - 2px)`,
                            borderInlineStart: `3px solid var(--mantine-color-${color}-filled)`,
                            borderRadius: 4,
                            padding: '0 4px',
                            overflow: 'hidden',
                            cursor: planned ? 'grab' : 'default',
                            opacity: dragging === s.id || moves[s.id] ? 0.6 : s.status === 'PLANNED' ? 1 : 0.75,
                            pointerEvents: dragging && dragging !== s.id ? 'none' : undefined,
                          }}
                        >
                          <Anchor
                            component={Link}
                            to={`/sessions/${s.id}`}
                            size="xs"
                            fw={600}
                            c="inherit"
                            draggable={false}
                            style={{ display: 'block' }}
                          >
                            {label}
                          </Anchor>
                          {planned ? (
                            <UnstyledButton
                              fz="xs"
                              td="underline"
                              onClick={() => setMoving(s.id)}
                              aria-label={t('calendar.move', { session: label })}
                            >
                              {t('calendar.moveShort')}
                            </UnstyledButton>
                          ) : null}
                        </Box>
                      );
                    })}
                </div>
              ))}
            </div>
          </Box>
        </ScrollArea>
      )}
      {moving ? (
        <MoveSessionLoader
          id={moving}
          onClose={() => {
            setMoving(null);
            void refetch().catch(() => undefined);
          }}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {t('calendar.timeZone', { minutes: SLOT_MINUTES })}
      </Text>
    </Stack>
  );
}
