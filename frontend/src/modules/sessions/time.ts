import { fromWallClock, Locale, wallClock } from '@rafiq/shared';
import { currentTimeZone } from '../../i18n/timeZone';

/** Sessions are shown and entered on the organisation's clock (i18n/timeZone), whatever the device's zone. */

/** Moroccan conventions (Latin digits, also in Arabic), as in i18n/formatDate. */
const INTL_LOCALE: Record<Locale, string> = { [Locale.AR]: 'ar-MA', [Locale.FR]: 'fr-MA', [Locale.EN]: 'en-GB' };

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` and `HH:mm` of an instant on the organisation's clock. */
export function localParts(iso: string | Date): { date: string; time: string } {
  const p = wallClock(typeof iso === 'string' ? new Date(iso) : iso, currentTimeZone());
  return { date: `${p.y}-${pad(p.m)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.mi)}` };
}

export function dayKey(iso: string | Date): string {
  return localParts(iso).date;
}

/** The instant (ISO, UTC) of a date and time (`YYYY-MM-DD`, `HH:mm`) on the organisation's clock; null when invalid. */
export function zonedToIso(date: string, time: string): string | null {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{2}):(\d{2})/.exec(time);
  if (!dm || !tm) return null;
  const wall = Date.UTC(Number(dm[1]), Number(dm[2]) - 1, Number(dm[3]), Number(tm[1]), Number(tm[2]));
  if (Number.isNaN(wall)) return null;
  return fromWallClock(
    { y: Number(dm[1]), m: Number(dm[2]), d: Number(dm[3]), h: Number(tm[1]), mi: Number(tm[2]) },
    currentTimeZone(),
  ).toISOString();
}

/** A calendar date `n` days after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: currentTimeZone(),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "Tuesday 24 November" for a `YYYY-MM-DD`. */
export function formatDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "Tue 24 Nov, 10:00" for an instant. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: currentTimeZone(),
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function minutesBetween(startsAt: string, endsAt: string): number {
  return Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000);
}
