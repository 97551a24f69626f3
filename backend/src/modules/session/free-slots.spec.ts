import { freeSlots } from './free-slots';

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
