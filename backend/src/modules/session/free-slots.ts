/**
 * The next free slots of a given length for a coach, within working hours in the organisation's
 * time zone (Monday–Saturday, 08:30–18:00 until coach availability is configurable), avoiding the
 * busy ranges given. Pure, so it is unit-tested.
 */
export interface Range {
  start: Date;
  end: Date;
}

export interface WorkingHours {
  timeZone: string;
  days: readonly number[]; // 0 = Sunday … 6 = Saturday
  startMinutes: number;
  endMinutes: number;
}

export const DEFAULT_HOURS: WorkingHours = { timeZone: 'Africa/Casablanca', days: [1, 2, 3, 4, 5, 6], startMinutes: 8 * 60 + 30, endMinutes: 18 * 60 };

const STEP = 30 * 60_000;

function local(date: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

function within(start: Date, end: Date, hours: WorkingHours): boolean {
  const a = local(start, hours.timeZone);
  const b = local(new Date(end.getTime() - 1), hours.timeZone);
  return a.day === b.day && hours.days.includes(a.day) && a.minutes >= hours.startMinutes && b.minutes < hours.endMinutes;
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
    else if (!within(start, end, hours)) t += STEP;
    else {
      slots.push({ start, end });
      t = end.getTime();
    }
  }
  return slots;
}
