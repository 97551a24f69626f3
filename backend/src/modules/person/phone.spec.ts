import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0661234501', '+212661234501'],
    ['+212661234502', '+212661234502'],
    ['06 61 23 45 03', '+212661234503'],
    ['00212661234504', '+212661234504'],
    ['0661-23-45-05', '+212661234505'],
    ['+221 77 123 45 67', '+221771234567'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['12', 'not a phone', '0661'])('refuses %s', (input) => {
    expect(normalizePhone(input)).toBeUndefined();
  });
});
