/** Reporting periods (a month or a quarter) named by their first day, YYYY-MM-DD. Pure functions. */

export type Period = 'MONTH' | 'QUARTER';

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (day: string): [number, number, number] => day.split('-').map(Number) as [number, number, number];
const months = (kind: Period) => (kind === 'MONTH' ? 1 : 3);

/** Is `day` the first day of a month (MONTH) or of a calendar quarter — Jan, Apr, Jul, Oct (QUARTER)? */
export function isPeriodStart(kind: Period, day: string): boolean {
  const [, month, date] = parts(day);
  return date === 1 && (kind === 'MONTH' || (month - 1) % 3 === 0);
}

/** The first day of the period that contains `day`. */
export function periodStartOf(kind: Period, day: string): string {
  const [year, month] = parts(day);
  const first = kind === 'MONTH' ? month : month - ((month - 1) % 3);
  return `${year}-${pad(first)}-01`;
}

/** The first day of the period `offset` periods after (negative: before) the one starting on `start`. */
export function shiftPeriod(kind: Period, start: string, offset: number): string {
  const [year, month] = parts(start);
  const index = year * 12 + (month - 1) + offset * months(kind);
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

export interface ResultRow {
  periodKind: Period;
  periodStart: string;
  revenue: number;
  jobsTotal: number;
}

export interface ResultsSummaryShape {
  lastPeriodRevenue: number | null;
  revenueGrowth: number | null;
  totalJobs: number;
}

/**
 * - lastPeriodRevenue: the revenue of the most recent period (latest start; a month before a quarter
 *   starting the same day);
 * - revenueGrowth: (last − previous) / previous against the period of the same length just before,
 *   null without it or when it had no revenue;
 * - totalJobs: jobs created over every period, a quarter counting only when none of its months has
 *   results of its own (no double counting).
 */
export function summarizeResults(rows: readonly ResultRow[]): ResultsSummaryShape {
  if (!rows.length) return { lastPeriodRevenue: null, revenueGrowth: null, totalJobs: 0 };
  const sorted = [...rows].sort((a, b) => b.periodStart.localeCompare(a.periodStart) || (a.periodKind === 'MONTH' ? -1 : 1));
  const last = sorted[0];
  const previousStart = shiftPeriod(last.periodKind, last.periodStart, -1);
  const previous = rows.find((r) => r.periodKind === last.periodKind && r.periodStart === previousStart);
  const revenueGrowth = previous && previous.revenue > 0 ? Math.round(((last.revenue - previous.revenue) / previous.revenue) * 10000) / 10000 : null;
  const monthsWithResults = new Set(rows.filter((r) => r.periodKind === 'MONTH').map((r) => periodStartOf('QUARTER', r.periodStart)));
  const totalJobs = rows.reduce((sum, r) => (r.periodKind === 'QUARTER' && monthsWithResults.has(r.periodStart) ? sum : sum + r.jobsTotal), 0);
  return { lastPeriodRevenue: last.revenue, revenueGrowth, totalJobs };
}
