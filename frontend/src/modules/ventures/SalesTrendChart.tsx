import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { Locale } from '@rafiq/shared';

export interface SalesPoint {
  periodKind: 'MONTH' | 'QUARTER';
  periodStart: string;
  revenue: number;
  costs?: number | null;
}

const INTL: Record<Locale, string> = { [Locale.AR]: 'ar-MA', [Locale.FR]: 'fr-MA', [Locale.EN]: 'en-GB' };

/** The chart's rows: the last `limit` periods, oldest first, labelled by month (or quarter). */
export function salesSeries(results: readonly SalesPoint[], locale: Locale, limit = 12) {
  const month = new Intl.DateTimeFormat(INTL[locale], { month: 'short', year: '2-digit', timeZone: 'UTC', numberingSystem: 'latn' });
  return [...results]
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .slice(-limit)
    .map((r) => {
      const date = new Date(`${r.periodStart}T00:00:00Z`);
      const label = r.periodKind === 'QUARTER' ? `T${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}` : month.format(date);
      return { period: label, revenue: r.revenue, costs: r.costs ?? 0 };
    });
}

/**
 * Sales (and costs) over the last periods as bars. The chart is decorative for screen readers:
 * the same figures are in the table next to it (`tableId`), which it points to.
 */
export function SalesTrendChart({
  results,
  locale,
  revenueLabel,
  costsLabel,
  caption,
  withCosts = true,
  limit = 12,
  height = 220,
}: {
  results: readonly SalesPoint[];
  locale: Locale;
  revenueLabel: string;
  costsLabel: string;
  caption: string;
  withCosts?: boolean;
  limit?: number;
  height?: number;
}) {
  const data = salesSeries(results, locale, limit);
  if (data.length < 2) return null;
  const money = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 0, numberingSystem: 'latn' });
  const series = [
    { name: 'revenue', label: revenueLabel, color: 'teal.6' },
    ...(withCosts ? [{ name: 'costs', label: costsLabel, color: 'orange.5' }] : []),
  ];
  return (
    <Stack gap={4} component="figure" m={0}>
      <div aria-hidden="true" dir="ltr">
        <BarChart
          h={height}
          data={data}
          dataKey="period"
          series={series}
          valueFormatter={(v) => money.format(v)}
          withLegend={withCosts}
          tickLine="none"
          gridAxis="y"
        />
      </div>
      <Text component="figcaption" size="sm" c="dimmed">
        {caption}
      </Text>
    </Stack>
  );
}
