import { isPeriodStart, periodStartOf, shiftPeriod, summarizeResults } from './periods';

describe('reporting periods', () => {
  it('knows the first day of a month and of a quarter', () => {
    expect(isPeriodStart('MONTH', '2026-05-01')).toBe(true);
    expect(isPeriodStart('MONTH', '2026-05-02')).toBe(false);
    expect(isPeriodStart('QUARTER', '2026-04-01')).toBe(true);
    expect(isPeriodStart('QUARTER', '2026-05-01')).toBe(false);
    expect(periodStartOf('QUARTER', '2026-12-31')).toBe('2026-10-01');
    expect(periodStartOf('MONTH', '2026-02-14')).toBe('2026-02-01');
  });

  it('steps back and forth across years', () => {
    expect(shiftPeriod('MONTH', '2026-01-01', -1)).toBe('2025-12-01');
    expect(shiftPeriod('QUARTER', '2026-01-01', -1)).toBe('2025-10-01');
    expect(shiftPeriod('QUARTER', '2025-10-01', 1)).toBe('2026-01-01');
  });

  it('summarises: last revenue, growth against the period before, jobs without double counting', () => {
    expect(summarizeResults([])).toEqual({ lastPeriodRevenue: null, revenueGrowth: null, totalJobs: 0 });
    const rows = [
      { periodKind: 'MONTH' as const, periodStart: '2026-02-01', revenue: 1000, jobsTotal: 1 },
      { periodKind: 'MONTH' as const, periodStart: '2026-03-01', revenue: 1250, jobsTotal: 2 },
      { periodKind: 'QUARTER' as const, periodStart: '2026-01-01', revenue: 3000, jobsTotal: 5 },
      { periodKind: 'QUARTER' as const, periodStart: '2025-10-01', revenue: 2000, jobsTotal: 4 },
    ];
    expect(summarizeResults(rows)).toEqual({ lastPeriodRevenue: 1250, revenueGrowth: 0.25, totalJobs: 7 });
    expect(summarizeResults(rows.slice(2))).toEqual({ lastPeriodRevenue: 3000, revenueGrowth: 0.5, totalJobs: 9 });
    expect(summarizeResults([{ periodKind: 'MONTH', periodStart: '2026-03-01', revenue: 10, jobsTotal: 0 }]).revenueGrowth).toBeNull();
  });
});
