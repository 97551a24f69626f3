import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VentureQuery } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { useCurrentUser } from '../auth';
import { apiProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { isNetworkFailure, newIdempotencyKey, outbox, RecordVentureResultDocument } from '../offline';

type Venture = VentureQuery['venture'];
const FIELDS = ['periodStart', 'revenue', 'costs', 'jobsWomen', 'jobsYouth', 'jobsTotal'] as const;
type Field = (typeof FIELDS)[number];

/** The first days of this month and of the eleven before it (YYYY-MM-DD), most recent first. */
export function recentMonths(today: Date = new Date(), count = 12): string[] {
  const start = dayjs(today).startOf('month');
  return Array.from({ length: count }, (_, i) => start.subtract(i, 'month').format('YYYY-MM-DD'));
}

/**
 * A month's results of a venture, recorded by staff (in the field, often offline): with no connection
 * they wait in the outbox with their idempotency key and are sent once when it returns. A month already
 * recorded is changed with the version read (a change made meanwhile is refused, never overwritten).
 */
export function RecordResultsForm({ venture, onDone }: { venture: Venture; onDone: () => void }) {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { t: tOffline } = useTranslation('offline');
  const { locale } = useLocale();
  const user = useCurrentUser();
  const months = recentMonths();
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
  const [periodStart, setPeriodStart] = useState(months[0]);
  const [revenue, setRevenue] = useState<number | ''>('');
  const [costs, setCosts] = useState<number | ''>('');
  const [jobsWomen, setJobsWomen] = useState<number | ''>(0);
  const [jobsYouth, setJobsYouth] = useState<number | ''>(0);
  const [jobsTotal, setJobsTotal] = useState<number | ''>(0);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState(false);
  // One key per form: a retry of the same save (or its replay from the outbox) records once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [record, { loading }] = useMutation(RecordVentureResultDocument);
  const existing = venture.results.find((r) => r.periodKind === 'MONTH' && r.periodStart === periodStart);
  const reason = (r: string) => tc(`errors.reasons.${r}` as 'errors.reasons.INVALID_VALUE');
  const num = (v: number | '') => (v === '' ? null : Number(v));

  const save = async () => {
    setErrors({});
    setFailed(false);
    if (revenue === '') {
      setErrors({ revenue: reason('REQUIRED') });
      return;
    }
    const input = {
      ventureId: venture.id,
      periodKind: 'MONTH' as const,
      periodStart,
      revenue: Number(revenue),
      costs: num(costs),
      jobsWomen: num(jobsWomen) ?? 0,
      jobsYouth: num(jobsYouth) ?? 0,
      jobsTotal: num(jobsTotal) ?? 0,
      ...(existing ? { version: existing.version } : {}),
      idempotencyKey,
    };
    const keepForLater = () => {
      outbox.add({ userId: user.id, operation: 'recordEconomicResult', subjectId: venture.id, input });
      notifications.show({ color: 'yellow', message: tOffline('queuedChange') });
      onDone();
    };
    if (!navigator.onLine) {
      keepForLater();
      return;
    }
    try {
      await record({ variables: { input }, refetchQueries: ['Venture'] });
    } catch (error) {
      if (isNetworkFailure(error)) {
        keepForLater();
        return;
      }
      const problems = apiProblems(error);
      const byField = problems.filter((p) => p.field && (FIELDS as readonly string[]).includes(p.field));
      if (byField.length) setErrors(Object.fromEntries(byField.map((p) => [p.field as Field, reason(p.reason ?? 'INVALID_VALUE')])));
      else if (isConflict(error)) setErrors({ periodStart: tOffline('problem.CONFLICT') });
      else setFailed(true);
      return;
    }
    notifications.show({ color: 'teal', message: t('results.saved') });
    onDone();
  };

  const count = (label: string, value: number | '', set: (v: number | '') => void, field: Field) => (
    <NumberInput
      label={label}
      min={0}
      allowDecimal={false}
      value={value}
      onChange={(v) => set(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
      error={errors[field]}
    />
  );

  return (
    <form
      noValidate
      aria-label={t('results.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        {failed ? (
          <Alert color="red" role="alert">
            {t('results.failed')}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('results.month')}
          value={periodStart}
          onChange={(e) => setPeriodStart(e.currentTarget.value)}
          data={months.map((m) => ({ value: m, label: monthName.format(new Date(`${m}T00:00:00Z`)) }))}
          error={errors.periodStart}
          description={existing ? t('results.replaces', { date: formatDate(existing.periodStart, locale) }) : undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('details.revenue')}
            required
            min={0}
            decimalScale={2}
            value={revenue}
            onChange={(v) => setRevenue(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
            error={errors.revenue}
          />
          <NumberInput
            label={t('details.costs')}
            min={0}
            decimalScale={2}
            value={costs}
            onChange={(v) => setCosts(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
            error={errors.costs}
          />
          {count(t('results.jobsWomen'), jobsWomen, setJobsWomen, 'jobsWomen')}
          {count(t('results.jobsYouth'), jobsYouth, setJobsYouth, 'jobsYouth')}
          {count(t('results.jobsTotal'), jobsTotal, setJobsTotal, 'jobsTotal')}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('results.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
