/**
 * Organisation time zones (IANA names, e.g. Africa/Casablanca) and wall-clock arithmetic in a
 * zone: sessions are stored as instants, but people plan them on their local clock ("every
 * Monday at 10:00"), which moves against UTC when the zone changes its offset (Morocco during
 * Ramadan).
 */
export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = FORMATS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATS.set(timeZone, f);
  }
  return f;
}

/** Is `name` an IANA time zone this runtime knows (an "Area/City" name or UTC)? */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || !/^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC)$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** Year, month (1–12), day, hour, minute, second of an instant on the zone's clock. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const p = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return {
    y: Number(p['year']),
    m: Number(p['month']),
    d: Number(p['day']),
    h: Number(p['hour']) % 24,
    mi: Number(p['minute']),
    s: Number(p['second']),
  };
}

/** The instant at which the zone's clock shows this wall time (the later one when a gap/overlap). */
export function fromWallClock(w: Omit<WallClock, 's'> & { s?: number }, timeZone: string): Date {
  const wall = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s ?? 0);
  let guess = wall;
  for (let i = 0; i < 3; i += 1) {
    const p = wallClock(new Date(guess), timeZone);
    const seen = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s);
    if (seen === wall) break;
    guess += wall - seen;
  }
  return new Date(guess);
}

/** The same wall-clock time `days` calendar days later in the zone (keeps 10:00 at 10:00 across offset changes). */
export function addLocalDays(date: Date, days: number, timeZone: string): Date {
  const w = wallClock(date, timeZone);
  const shifted = new Date(Date.UTC(w.y, w.m - 1, w.d + days));
  return fromWallClock(
    { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(), h: w.h, mi: w.mi, s: w.s },
    timeZone,
  );
}

/** `YYYY-MM-DD` of an instant in the zone. */
export function localDate(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}
