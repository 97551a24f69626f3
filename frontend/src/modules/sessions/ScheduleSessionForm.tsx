import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Role } from '@rafiq/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SessionKind, SessionMode } from '../../gql/graphql';
import { toRole, useCurrentUser } from '../auth';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { useCoaches } from '../people/useCoaches';
import { clashSlots, type Slot } from './sessionErrors';
import { CheckSessionSlotDocument, ParticipantSearchDocument, ScheduleSessionDocument } from './sessionsApi';
import { SlotProposals } from './SlotProposals';
import { addDays, addMinutes, dayKey, localParts, zonedToIso } from './time';

export const KINDS = [
  'COACHING',
  'MENTORING',
  'TRAINING',
  'TECHNICAL_ASSISTANCE',
  'DIAGNOSTIC_VISIT',
  'NETWORK_EVENT',
] as const satisfies readonly SessionKind[];
export const MODES = ['ON_SITE', 'PHONE', 'VIDEO'] as const satisfies readonly SessionMode[];
export const DURATIONS = [30, 45, 60, 90, 120, 180, 240] as const;
const FIELDS = ['kind', 'startsAt', 'endsAt', 'coachIds', 'participantIds', 'mode', 'place', 'repeat', 'repeat.count'] as const;
type Field = (typeof FIELDS)[number];

/** Schedules a session: the time is checked as it changes (coach clash with free slots, participants' clashes, working hours). */
export function ScheduleSessionForm() {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const isCoach = toRole(user.role) === Role.COACH;
  const { coaches } = useCoaches({ skip: isCoach });

  const [kind, setKind] = useState<SessionKind>('COACHING');
  const [coachId, setCoachId] = useState<string | null>(isCoach ? user.id : null);
  const [date, setDate] = useState(() => addDays(dayKey(new Date()), 1));
  const [time, setTime] = useState('10:00');
  const [duration, setDuration] = useState('60');
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [search, setSearch] = useState('');
  const [mode, setMode] = useState<SessionMode>('ON_SITE');
  const [place, setPlace] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [repeatCount, setRepeatCount] = useState<number | string>(4);
  const [errors, setErrors] = useState<Partial<Record<Field | 'date' | 'time' | 'coach', string>>>({});
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflictSlots, setConflictSlots] = useState<Slot[] | null>(null);

  const startsAt = zonedToIso(date, time);
  const endsAt = startsAt ? addMinutes(startsAt, Number(duration)) : null;
  const coachIds = useMemo(() => (coachId ? [coachId] : []), [coachId]);

  const probe = startsAt && endsAt && coachIds.length ? { startsAt, endsAt, coachIds, participantIds } : null;
  const [debouncedProbe] = useDebouncedValue(probe, 250);
  const slotCheck = useQuery(CheckSessionSlotDocument, {
    variables: { input: debouncedProbe ?? { startsAt: '', endsAt: '', coachIds: [] } },
    skip: !debouncedProbe,
    fetchPolicy: 'network-only',
  });
  const check = debouncedProbe ? slotCheck.data?.checkSessionSlot : undefined;

  const [debouncedSearch] = useDebouncedValue(search, 250);
  const people = useQuery(ParticipantSearchDocument, { variables: { search: debouncedSearch.trim() || null } });
  const options = useMemo(() => {
    const found = (people.data?.people.edges ?? []).map(({ node }) => ({ value: node.id, label: displayName(node, locale).primary }));
    const seen = new Set(found.map((o) => o.value));
    return [...found, ...participantIds.filter((id) => !seen.has(id)).map((id) => ({ value: id, label: names[id] ?? id }))];
  }, [people.data, participantIds, names, locale]);

  const [schedule, { loading }] = useMutation(ScheduleSessionDocument);

  const pick = (slot: Slot) => {
    const parts = localParts(slot.startsAt);
    setDate(parts.date);
    setTime(parts.time);
    setConflictSlots(null);
  };

  const submit = async () => {
    setFailure(null);
    setConflictSlots(null);
    const missing: typeof errors = {};
    if (!date || !startsAt) missing.date = t('form.required');
    if (!time) missing.time = t('form.required');
    if (!coachId) missing.coach = t('form.required');
    setErrors(missing);
    if (Object.keys(missing).length || !startsAt || !endsAt) return;
    let created;
    try {
      const { data } = await schedule({
        variables: {
          input: {
            kind,
            startsAt,
            endsAt,
            coachIds,
            participantIds,
            mode,
            place: place.trim() || null,
            ...(repeat ? { repeat: { every: 'WEEK' as const, count: Number(repeatCount) } } : {}),
          },
        },
        refetchQueries: ['Agenda'],
      });
      created = data?.scheduleSession;
    } catch (error) {
      const slots = clashSlots(error);
      if (slots) {
        setConflictSlots(slots);
        return;
      }
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        setErrors(
          Object.fromEntries(
            problems.map((p) => {
              const field =
                p.field === 'startsAt' || p.field === 'endsAt'
                  ? 'time'
                  : p.field === 'coachIds'
                    ? 'coach'
                    : p.field === 'repeat.count'
                      ? 'repeat'
                      : p.field;
              return [field, tc(`errors.reasons.${p.reason}` as 'errors.reasons.INVALID_VALUE')];
            }),
          ),
        );
      } else setFailure(failureKey(error));
      return;
    }
    if (!created) return;
    notifications.show({ color: 'teal', message: t('form.created') });
    await navigate(`/sessions/${created.id}`);
  };

  const clashNames = (check?.participantClashes ?? []).map((c) => names[c.personId] ?? c.personId);
  const showCheckSlots = conflictSlots ?? (check?.coachClashes.length ? check.freeSlots : null);

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('form.title')}</Title>
      <form
        noValidate
        aria-label={t('form.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {tc(failure)}
            </Alert>
          ) : null}
          <Select
            label={t('form.kind')}
            value={kind}
            onChange={(v) => v && setKind(v)}
            data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            allowDeselect={false}
            error={errors.kind}
          />
          {!isCoach ? (
            <Select
              label={t('form.coach')}
              value={coachId}
              onChange={setCoachId}
              data={coaches.map((c) => ({ value: c.id, label: c.displayName }))}
              searchable
              required
              error={errors.coach}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              type="date"
              label={t('form.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              required
              error={errors.date}
            />
            <TextInput
              type="time"
              label={t('form.startTime')}
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
              required
              error={errors.time}
              step={300}
            />
            <Select
              label={t('form.duration')}
              value={duration}
              onChange={(v) => v && setDuration(v)}
              data={DURATIONS.map((d) => ({ value: String(d), label: t('form.minutes', { count: d }) }))}
              allowDeselect={false}
            />
          </SimpleGrid>
          <div aria-live="polite">
            {showCheckSlots ? (
              <SlotProposals slots={showCheckSlots} onPick={pick} />
            ) : check && !check.participantClashes.length && !check.outsideWorkingHours.length ? (
              <Text size="sm" c="teal">
                {t('form.slotFree')}
              </Text>
            ) : null}
            {check?.participantClashes.length ? (
              <Alert color="yellow" mt="xs">
                {t('form.participantClash', { names: clashNames.join(', ') })}
              </Alert>
            ) : null}
            {check?.outsideWorkingHours.length ? (
              <Alert color="yellow" mt="xs">
                {t('form.outsideHours')}
              </Alert>
            ) : null}
          </div>
          <MultiSelect
            label={t('form.participants')}
            placeholder={t('form.participantsHint')}
            data={options}
            value={participantIds}
            onChange={(ids) => {
              setNames((prev) => ({
                ...prev,
                ...Object.fromEntries(options.filter((o) => ids.includes(o.value)).map((o) => [o.value, o.label])),
              }));
              setParticipantIds(ids);
            }}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            error={errors.participantIds}
            hidePickedOptions
          />
          <Select
            label={t('form.mode')}
            value={mode}
            onChange={(v) => v && setMode(v)}
            data={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
            allowDeselect={false}
            error={errors.mode}
          />
          <TextInput label={t('form.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={errors.place} />
          <Checkbox label={t('form.repeat')} checked={repeat} onChange={(e) => setRepeat(e.currentTarget.checked)} />
          {repeat ? (
            <NumberInput
              label={t('form.repeatCount')}
              value={repeatCount}
              onChange={setRepeatCount}
              min={2}
              max={52}
              error={errors.repeat}
            />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/agenda">
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
