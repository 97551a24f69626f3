import { addDays, localParts } from './time';

/** The visible hours of the calendar grid (Casablanca time) and its slot size. */
export const DAY_START_MINUTES = 7 * 60;
export const DAY_END_MINUTES = 21 * 60;
export const SLOT_MINUTES = 30;
export const SLOTS = (DAY_END_MINUTES - DAY_START_MINUTES) / SLOT_MINUTES;

/** Monday of the week holding `date` (`YYYY-MM-DD`). */
export function weekStart(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** The days shown: seven from Monday, or the one day. */
export function visibleDays(anchor: string, view: 'week' | 'day'): string[] {
  if (view === 'day') return [anchor];
  const monday = weekStart(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export interface Placed<T> {
  item: T;
  day: string;
  /** First and last slot rows (0-based, end exclusive), clamped to the visible hours */
  fromSlot: number;
  toSlot: number;
  lane: number;
  lanes: number;
}

/**
 * Places sessions in the grid: their day and rows, and side-by-side lanes where they overlap (the
 * programme view shows several coaches at the same time).
 */
export function placeSessions<T extends { startsAt: string; endsAt: string }>(items: readonly T[], days: readonly string[]): Placed<T>[] {
  const placed: Placed<T>[] = [];
  for (const day of days) {
    const today = items
      .filter((s) => localParts(s.startsAt).date === day)
      .map((item) => {
        const start = minutesOf(localParts(item.startsAt).time);
        const endParts = localParts(item.endsAt);
        const end = endParts.date === day ? minutesOf(endParts.time) : DAY_END_MINUTES;
        const fromSlot = Math.min(SLOTS - 1, Math.max(0, Math.floor((start - DAY_START_MINUTES) / SLOT_MINUTES)));
        const toSlot = Math.max(fromSlot + 1, Math.min(SLOTS, Math.ceil((end - DAY_START_MINUTES) / SLOT_MINUTES)));
        return { item, day, fromSlot, toSlot, lane: 0, lanes: 1 };
      })
      .sort((a, b) => a.fromSlot - b.fromSlot || b.toSlot - a.toSlot);
    // Clusters of overlapping sessions share their lane count.
    let cluster: Placed<T>[] = [];
    let clusterEnd = -1;
    const close = () => {
      const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
      for (const p of cluster) p.lanes = lanes;
      cluster = [];
    };
    for (const p of today) {
      if (p.fromSlot >= clusterEnd) close();
      const used = new Set(cluster.filter((c) => c.toSlot > p.fromSlot).map((c) => c.lane));
      let lane = 0;
      while (used.has(lane)) lane += 1;
      p.lane = lane;
      cluster.push(p);
      clusterEnd = Math.max(clusterEnd, p.toSlot);
    }
    close();
    placed.push(...today);
  }
  return placed;
}

/** `HH:mm` of a slot row. */
export function slotTime(slot: number): string {
  const minutes = DAY_START_MINUTES + slot * SLOT_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
