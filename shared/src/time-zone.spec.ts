import { addLocalDays, isTimeZone, localDate } from './time-zone';

describe('time zones', () => {
  it('accepts IANA zones and refuses anything else', () => {
    expect(isTimeZone('Africa/Casablanca')).toBe(true);
    expect(isTimeZone('Africa/Dakar')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Africa/Atlantis')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });

  it('keeps the wall-clock time a week later across Morocco’s Ramadan change, not in Dakar', () => {
    // 2027-02-01 10:00 in Casablanca (UTC+1) is 09:00 UTC; on 2027-02-08 Casablanca is on UTC+0.
    expect(addLocalDays(new Date('2027-02-01T09:00:00Z'), 7, 'Africa/Casablanca').toISOString()).toBe('2027-02-08T10:00:00.000Z');
    expect(addLocalDays(new Date('2027-02-01T10:00:00Z'), 7, 'Africa/Dakar').toISOString()).toBe('2027-02-08T10:00:00.000Z');
    expect(addLocalDays(new Date('2027-02-01T09:00:00Z'), 14, 'Africa/Casablanca').toISOString()).toBe('2027-02-15T10:00:00.000Z');
    expect(localDate(new Date('2026-12-07T23:30:00Z'), 'Africa/Casablanca')).toBe('2026-12-08');
    expect(localDate(new Date('2026-12-07T23:30:00Z'), 'Africa/Dakar')).toBe('2026-12-07');
  });
});
