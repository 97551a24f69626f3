import { DEFAULT_TIME_ZONE } from '@rafiq/shared';

/**
 * Working hours and free slots, in the organisation's time zone. Pure, so it is unit-tested.
 */
export interface Range {
  start: Date;
  end: Date;
}

export interface WorkingHours {
  timeZone: string;
  /** Windows per weekday (0 = Sunday), minutes since local midnight. */
  windows: ReadonlyArray<{ day: number; startMinutes: number; endMinutes: number }>;
  /** Local dates off (YYYY-MM-DD). */
  daysOff: readonly string[];
}

/** Until a coach sets her own: Monday–Saturday, 08:30–18:00. */
export const DEFAULT_HOURS: WorkingHours = {
  timeZone: DEFAULT_TIME_ZONE,
  windows: [1, 2, 3, 4, 5, 6].map((day) => ({ day, startMinutes: 8 * 60 + 30, endMinutes: 18 * 60 })),
  daysOff: [],
};

const STEP = 30 * 60_000;

function local(date: Date, timeZone: string): { day: number; minutes: number; date: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return {
    day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

/** Does [start, end) fall inside one working window of one working day? */
export function withinWorkingHours(start: Date, end: Date, hours: WorkingHours): boolean {
  const a = local(start, hours.timeZone);
  const b = local(new Date(end.getTime() - 1), hours.timeZone);
  if (a.date !== b.date || hours.daysOff.includes(a.date)) return false;
  return hours.windows.some((w) => w.day === a.day && a.minutes >= w.startMinutes && b.minutes < w.endMinutes);
}

export function freeSlots(from: Date, durationMs: number, busy: readonly Range[], count = 3, hours: WorkingHours = DEFAULT_HOURS, horizonDays = 14): Range[] {
  const slots: Range[] = [];
  let t = Math.ceil(from.getTime() / STEP) * STEP;
  const stop = from.getTime() + horizonDays * 86_400_000;
  while (slots.length < count && t < stop) {
    const start = new Date(t);
    const end = new Date(t + durationMs);
    const clash = busy.find((b) => b.start < end && b.end > start);
    if (clash) t = Math.ceil(clash.end.getTime() / STEP) * STEP;
    else if (!withinWorkingHours(start, end, hours)) t += STEP;
    else {
      slots.push({ start, end });
      t = end.getTime();
    }
  }
  return slots;
}
