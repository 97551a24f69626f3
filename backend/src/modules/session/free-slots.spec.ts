import { freeSlots, withinWorkingHours } from './free-slots';

const at = (iso: string) => new Date(iso);

describe('freeSlots', () => {
  it('proposes the next slots of the same length after a clash, in working hours (Casablanca, UTC+1)', () => {
    // Monday 2026-11-23, 10:00–11:00 local is 09:00–10:00 UTC; busy 10:00–12:00 local.
    const busy = [{ start: at('2026-11-23T09:00:00Z'), end: at('2026-11-23T11:00:00Z') }];
    const slots = freeSlots(at('2026-11-23T09:00:00Z'), 60 * 60_000, busy);
    expect(slots.map((s) => s.start.toISOString())).toEqual(['2026-11-23T11:00:00.000Z', '2026-11-23T12:00:00.000Z', '2026-11-23T13:00:00.000Z']);
  });

  it('skips evenings and Sundays', () => {
    // Saturday 2026-11-28 17:30 local: a 1-hour slot would end after 18:00, Sunday is off → Monday 08:30 local.
    const slots = freeSlots(at('2026-11-28T16:30:00Z'), 60 * 60_000, [], 1);
    expect(slots[0].start.toISOString()).toBe('2026-11-30T07:30:00.000Z');
  });
});

describe('withinWorkingHours', () => {
  const hours = { timeZone: 'Africa/Casablanca', windows: [{ day: 2, startMinutes: 9 * 60, endMinutes: 13 * 60 }], daysOff: ['2026-12-01'] };
  it('accepts a slot inside a window and refuses outside, across windows or on a day off', () => {
    expect(withinWorkingHours(new Date('2026-11-24T09:00:00Z'), new Date('2026-11-24T10:00:00Z'), hours)).toBe(true); // Tue 10–11 local
    expect(withinWorkingHours(new Date('2026-11-24T11:30:00Z'), new Date('2026-11-24T12:30:00Z'), hours)).toBe(false); // ends 13:30
    expect(withinWorkingHours(new Date('2026-11-25T09:00:00Z'), new Date('2026-11-25T10:00:00Z'), hours)).toBe(false); // Wednesday
    expect(withinWorkingHours(new Date('2026-12-01T09:00:00Z'), new Date('2026-12-01T10:00:00Z'), hours)).toBe(false); // day off
  });
});
