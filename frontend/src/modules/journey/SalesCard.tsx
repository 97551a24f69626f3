import { Button, Group, List, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCash, IconMinus, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyVenture_VentureFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { currentMonthStart, formatAmount, formatMonth, formatPercent, parseAmount } from './journeyFormat';
import { useRecordMonthlySales } from './useJourneyMutations';
import { SalesTrendChart } from '../ventures/SalesTrendChart';

function Summary({ summary }: { summary: JourneyVenture_VentureFragment['resultsSummary'] }) {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  if (summary.lastPeriodRevenue === null || summary.lastPeriodRevenue === undefined) return <Text>{t('sales.none')}</Text>;
  const growth = summary.revenueGrowth;
  let trend = null;
  if (growth !== null && growth !== undefined) {
    const percent = formatPercent(growth, locale);
    const [Icon, key, color] =
      growth > 0.005
        ? ([IconTrendingUp, 'sales.growthUp', 'teal.9'] as const)
        : growth < -0.005
          ? ([IconTrendingDown, 'sales.growthDown', 'red.9'] as const)
          : ([IconMinus, 'sales.growthSame', 'gray.8'] as const);
    trend = (
      <Group gap={6} wrap="nowrap">
        <Icon size={20} aria-hidden="true" style={{ flexShrink: 0 }} />
        <Text c={color} fw={600}>
          {t(key, { percent })}
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="lg">{t('sales.last', { amount: formatAmount(summary.lastPeriodRevenue, locale) })}</Text>
      {trend}
    </Stack>
  );
}

/** This month's sales in one field (MAD), saved for the current month; a month already recorded can be corrected. */
export function SalesCard({ venture }: { venture: JourneyVenture_VentureFragment }) {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  const inputId = useId();
  const month = currentMonthStart();
  const existing = venture.results.find((r) => r.periodKind === 'MONTH' && r.periodStart === month);
  const [text, setText] = useState(existing ? String(existing.revenue) : '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { record, loading } = useRecordMonthlySales();
  const monthName = formatMonth(month, locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const revenue = parseAmount(text);
    if (revenue === null) {
      setError(t('sales.invalid'));
      return;
    }
    setError(null);
    setSaved(null);
    record({ ventureId: venture.id, periodStart: month, revenue, version: existing?.version })
      .then((result) => {
        setSaved(t('sales.saved', { amount: formatAmount(result?.revenue ?? revenue, locale), month: monthName }));
      })
      .catch(() => setError(t('sales.error')));
  };

  const months = [...venture.results]
    .filter((r) => r.periodKind === 'MONTH')
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .slice(-6);
  return (
    <Stack gap="md">
      <Summary summary={venture.resultsSummary} />
      {months.length >= 2 ? (
        <>
          <SalesTrendChart
            results={months}
            locale={locale}
            revenueLabel={t('sales.title')}
            costsLabel=""
            caption={t('sales.chartCaption')}
            withCosts={false}
            limit={6}
            height={160}
          />
          <VisuallyHidden>
            <List>
              {months.map((r) => (
                <List.Item key={r.periodStart}>
                  {t('sales.historyItem', { month: formatMonth(r.periodStart, locale), amount: formatAmount(r.revenue, locale) })}
                </List.Item>
              ))}
            </List>
          </VisuallyHidden>
        </>
      ) : null}
      {existing && !saved ? <Text>{t('sales.recorded', { month: monthName, amount: formatAmount(existing.revenue, locale) })}</Text> : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            id={inputId}
            size="lg"
            label={t('sales.field', { month: monthName })}
            description={t('sales.hint')}
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setSaved(null);
            }}
            error={error}
            leftSection={<IconCash size={22} aria-hidden="true" />}
            styles={{ input: { fontSize: 24, minBlockSize: 56, textAlign: 'end' } }}
          />
          <Button type="submit" size="lg" color="teal" fullWidth loading={loading} leftSection={<IconCash size={22} aria-hidden="true" />}>
            {t(existing ? 'sales.correct' : 'sales.add')}
          </Button>
          <div role="status" aria-live="polite">
            {saved ? (
              <Text c="teal.9" fw={700}>
                {saved}
              </Text>
            ) : null}
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
