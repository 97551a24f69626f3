import { previousPeriod, share } from './impact.service';

describe('impact helpers', () => {
  it('rounds shares to 4 decimals and answers 0 for an empty base', () => {
    expect(share(2, 3)).toBe(0.6667);
    expect(share(1, 3)).toBe(0.3333);
    expect(share(0, 0)).toBe(0);
  });

  it('compares whole months with the previous months, other periods with the same number of days', () => {
    expect(previousPeriod('2025-04-01', '2025-04-30')).toEqual(['2025-03-01', '2025-03-31']);
    expect(previousPeriod('2025-01-01', '2025-03-31')).toEqual(['2024-10-01', '2024-12-31']);
    expect(previousPeriod('2025-04-10', '2025-04-19')).toEqual(['2025-03-31', '2025-04-09']);
  });
});
