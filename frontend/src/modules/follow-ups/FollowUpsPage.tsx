import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpItem_FollowUpFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { ErrorState, LoadingState } from '../../ui';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { FollowUpRatesDocument, FollowUpsDocument } from './queries';
import { RecordFollowUpModal } from './RecordFollowUpModal';
import { Locale } from '@rafiq/shared';

const PAGE = 50;

function personLabel(f: FollowUpItem_FollowUpFragment, locale: Locale, hidden: string): string {
  return f.person ? displayName(f.person, locale).primary : hidden;
}

function Rates() {
  const { t } = useTranslation('followUps');
  const { locale } = useLocale();
  const { data } = useQuery(FollowUpRatesDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const percent = new Intl.NumberFormat(locale === Locale.AR ? 'ar-MA' : locale === Locale.FR ? 'fr-MA' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="section" aria-labelledby="follow-up-rates">
      <Title order={2} size="h4" id="follow-up-rates" style={{ gridColumn: '1 / -1' }}>
        {t('rates.title')}
      </Title>
      {data.followUpRates.map((r) => (
        <Card key={r.months} withBorder padding="sm">
          <Text fw={600}>{t('rates.at', { months: r.months })}</Text>
          <Text size="xl" fw={700}>
            {r.survivalRate === null || r.survivalRate === undefined ? '—' : percent.format(r.survivalRate)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('rates.detail', { operating: r.stillOperating, recorded: r.recorded, due: r.due, overdue: r.overdue })}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** Follow-ups after graduation: those due (overdue first in date order) with a form to record each, or those done. */
export function FollowUpsPage() {
  const { t } = useTranslation('followUps');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [status, setStatus] = useState<'DUE' | 'DONE'>('DUE');
  const { data, error, refetch, fetchMore, loading } = useQuery(FollowUpsDocument, {
    variables: { filter: { status }, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [recording, setRecording] = useState<FollowUpItem_FollowUpFragment | null>(null);
  const items = (data?.followUps.edges ?? []).map((e) => e.node);

  return (
    <Stack gap="md" maw={880}>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Rates />
      <SegmentedControl
        aria-label={t('filter.label')}
        value={status}
        onChange={(v) => setStatus(v)}
        data={[
          { value: 'DUE', label: t('filter.DUE') },
          { value: 'DONE', label: t('filter.DONE') },
        ]}
      />
      {error && !data ? (
        <ErrorState message={t('loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <LoadingState label={tc('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t(status === 'DUE' ? 'emptyDue' : 'emptyDone')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('listLabel', { count: data.followUps.totalCount })}
        >
          {items.map((f) => {
            const name = personLabel(f, locale, t('hiddenPerson'));
            return (
              <Card component="li" key={f.id} withBorder padding="sm" radius="md">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    {f.person ? (
                      <Anchor component={Link} to={`/people/${f.person.id}`} fw={600} dir="auto">
                        {name}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{name}</Text>
                    )}
                    <Text size="sm">
                      {t('item.what', { months: f.months, program: f.program.name })}
                      {f.coach ? ` · ${f.coach.displayName}` : ''}
                    </Text>
                    <Text size="sm" c={f.overdue ? 'red.8' : 'dimmed'}>
                      {f.status === 'DONE'
                        ? t(f.stillOperating ? 'item.operating' : 'item.closed', { date: formatDate(f.recordedAt, locale) })
                        : t(f.overdue ? 'item.overdue' : 'item.due', { date: formatDate(f.dueOn, locale) })}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    {f.overdue ? <Badge color="red">{t('item.overdueBadge')}</Badge> : null}
                    <Button
                      size="sm"
                      variant={f.status === 'DONE' ? 'default' : 'filled'}
                      onClick={() => setRecording(f)}
                      aria-label={t(f.status === 'DONE' ? 'item.correctLabel' : 'item.recordLabel', { name, months: f.months })}
                    >
                      {t(f.status === 'DONE' ? 'item.correct' : 'item.record')}
                    </Button>
                  </Group>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
      {data?.followUps.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: data.followUps.pageInfo.endCursor } }).catch(() => undefined)}
        >
          {t('more')}
        </Button>
      ) : null}
      <RecordFollowUpModal
        followUp={recording}
        name={recording ? personLabel(recording, locale, t('hiddenPerson')) : ''}
        onClose={() => {
          setRecording(null);
          void refetch().catch(() => undefined);
        }}
        onReload={() => refetch()}
      />
    </Stack>
  );
}
