import { isMoney, MAX_MONEY } from './money';

describe('isMoney', () => {
  it('accepts amounts with at most 2 decimals', () => {
    for (const v of [0, 1, 1250.5, 99.99, MAX_MONEY]) expect(isMoney(v)).toBe(true);
  });
  it('refuses more decimals, exponents too small to be cents, and non-numbers, without throwing', () => {
    for (const v of [0.001, 1.234, -6e-323, 5e-324, NaN, Infinity, '12', null, undefined]) expect(isMoney(v)).toBe(false);
  });
});
