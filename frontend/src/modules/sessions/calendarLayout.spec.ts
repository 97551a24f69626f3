import { placeSessions, slotTime, visibleDays, weekStart } from './calendarLayout';

// Casablanca is UTC+1 outside Ramadan.
const s = (start: string, end: string) => ({ startsAt: `${start}+01:00`, endsAt: `${end}+01:00` });

describe('calendar layout', () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2030-03-07')).toBe('2030-03-04');
    expect(weekStart('2030-03-10')).toBe('2030-03-04');
    expect(visibleDays('2030-03-07', 'week')).toHaveLength(7);
    expect(visibleDays('2030-03-07', 'day')).toEqual(['2030-03-07']);
  });

  it('places sessions in their day and half-hour rows, overlapping ones side by side', () => {
    const a = s('2030-03-04T09:00:00', '2030-03-04T10:00:00');
    const b = s('2030-03-04T09:30:00', '2030-03-04T11:00:00');
    const c = s('2030-03-04T14:00:00', '2030-03-04T15:00:00');
    const d = s('2030-03-05T06:00:00', '2030-03-05T08:00:00');
    const placed = placeSessions([a, b, c, d], visibleDays('2030-03-04', 'week'));
    const of = (x: typeof a) => placed.find((p) => p.item === x)!;
    expect(of(a)).toMatchObject({ day: '2030-03-04', fromSlot: 4, toSlot: 6, lane: 0, lanes: 2 });
    expect(of(b)).toMatchObject({ fromSlot: 5, toSlot: 8, lane: 1, lanes: 2 });
    expect(of(c)).toMatchObject({ lane: 0, lanes: 1 });
    // Before the visible hours: clamped to the first row.
    expect(of(d)).toMatchObject({ day: '2030-03-05', fromSlot: 0, toSlot: 2 });
    expect(slotTime(5)).toBe('09:30');
  });
});
