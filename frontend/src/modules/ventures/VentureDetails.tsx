import { Anchor, Badge, Button, Card, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VentureQuery } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { useLocale } from '../locale';
import { placeName } from '../reference';
import { Detail, DetailList } from '../../ui';
import { ownerName } from './ownerName';
import { SalesTrendChart } from './SalesTrendChart';
import { VentureForm } from './VentureForm';
import { RecordResultsForm } from './RecordResultsForm';
import { VentureConflict } from './VentureConflict';
import { useCurrentUser } from '../auth';
import { PendingBadge, useOutbox } from '../offline';

type Venture = VentureQuery['venture'];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card component="section" withBorder aria-labelledby={id} padding="md">
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Everything about one venture, read-only: identity, stage history, action plan, results, referrals. */
export function VentureDetails({ venture, onReload }: { venture: Venture; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const money = new Intl.NumberFormat(locale === Locale.AR ? 'ar-MA' : locale, { maximumFractionDigits: 2, numberingSystem: 'latn' });
  const owner = ownerName(venture, locale);
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const user = useCurrentUser();
  // Results recorded on this device and not yet on the server (or refused by it).
  const mine = useOutbox(user.id);
  const queuedResults = mine.filter((e) => e.operation === 'recordEconomicResult' && e.subjectId === venture.id);
  // Her edits of this venture made offline: waiting, refused for a conflict (shown side by side), or refused otherwise.
  const edits = mine.filter((e) => e.operation === 'updateVenture' && e.subjectId === venture.id);
  const conflicting = edits.find((e) => e.state === 'failed' && e.problem?.code === 'CONFLICT');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={venture.programId ? `/ventures?program=${venture.programId}` : '/ventures'}>
        {t('details.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1} dir="auto">
          {venture.title}
        </Title>
        <Badge size="lg">{t(`stage.${venture.stage}`)}</Badge>
        <Button variant="light" size="compact-md" onClick={() => setEditing(true)}>
          {t('form.edit')}
        </Button>
        {edits
          .filter((e) => e !== conflicting)
          .map((e) => (
            <PendingBadge key={e.id} entry={e} />
          ))}
      </Group>
      {conflicting ? <VentureConflict venture={venture} entry={conflicting} onReload={onReload} /> : null}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="lg"
        title={t('form.editTitle')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        {editing ? <VentureForm venture={venture} onDone={() => setEditing(false)} onReload={onReload} /> : null}
      </Modal>
      <DetailList>
        <Detail label={t('details.owner')} emptyLabel={t('board.ownerUnknown')}>
          {venture.ownerPerson ? (
            <Anchor component={Link} to={`/people/${venture.ownerPerson.id}`}>
              {owner}
            </Anchor>
          ) : venture.ownerCooperative ? (
            <Anchor component={Link} to={`/cooperatives/${venture.ownerCooperative.id}`}>
              {owner}
            </Anchor>
          ) : null}
        </Detail>
        <Detail label={t('details.program')} emptyLabel={tc('common.notRecorded')}>
          {venture.program?.name}
        </Detail>
        <Detail label={t('details.region')}>{placeName(venture.region, locale)}</Detail>
        <Detail label={t('details.since')}>
          {formatDate(venture.stageSince, locale)} — {t('board.daysInStage', { count: venture.daysInStage })}
        </Detail>
        {venture.description ? <Detail label={t('details.description')}>{venture.description}</Detail> : null}
      </DetailList>

      <Section id="venture-history" title={t('details.history')}>
        {venture.stageHistory.length === 0 ? (
          <Text c="dimmed">{t('details.historyEmpty')}</Text>
        ) : (
          <List listStyleType="none" spacing="sm" p={0}>
            {venture.stageHistory.map((change) => (
              <List.Item key={change.id}>
                <Text fw={600}>
                  {formatDate(change.changedOn, locale)} ·{' '}
                  {change.fromStage
                    ? t('details.historyEntry', { from: t(`stage.${change.fromStage}`), to: t(`stage.${change.toStage}`) })
                    : t('details.created', { to: t(`stage.${change.toStage}`) })}
                </Text>
                {change.note ? <Text size="sm">{`${t('details.note')}: ${change.note}`}</Text> : null}
                {change.evidence ? <Text size="sm">{`${t('details.evidence')}: ${change.evidence}`}</Text> : null}
                {change.justification ? <Text size="sm">{`${t('details.justification')}: ${change.justification}`}</Text> : null}
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section id="venture-actions" title={t('details.actions')}>
        {venture.actionItems.length === 0 ? (
          <Text c="dimmed">{t('details.actionsEmpty')}</Text>
        ) : (
          <List listStyleType="none" spacing="xs" p={0}>
            {venture.actionItems.map((item) => (
              <List.Item key={item.id}>
                <Group gap="xs">
                  <Text dir="auto">{item.title}</Text>
                  <Badge variant="light" color={item.status === 'DONE' ? 'teal' : 'gray'}>
                    {t(`actionStatus.${item.status}`)}
                  </Badge>
                  {item.overdue ? <Badge color="red">{t('details.overdue')}</Badge> : null}
                  <Text size="sm" c="dimmed">
                    {t('details.due', { date: formatDate(item.dueOn, locale) })}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section id="venture-results" title={t('details.results')}>
        <Group justify="flex-end" mb="sm">
          <Button variant="light" size="compact-md" onClick={() => setRecording(true)}>
            {t('results.record')}
          </Button>
        </Group>
        <Modal
          opened={recording}
          onClose={() => setRecording(false)}
          size="lg"
          title={t('results.title')}
          closeButtonProps={{ 'aria-label': tc('common.close') }}
        >
          {recording ? <RecordResultsForm venture={venture} onDone={() => setRecording(false)} /> : null}
        </Modal>
        {queuedResults.length ? (
          <List listStyleType="none" spacing="xs" p={0} mb="sm" aria-label={t('results.queued')}>
            {queuedResults.map((e) => (
              <List.Item key={e.id}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">
                    {formatDate(String(e.input['periodStart']), locale)} · {money.format(Number(e.input['revenue']))}
                  </Text>
                  <PendingBadge entry={e} />
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
        {venture.results.length === 0 && !queuedResults.length ? (
          <Text c="dimmed">{t('details.resultsEmpty')}</Text>
        ) : venture.results.length === 0 ? null : (
          <Stack gap="sm">
            <SalesTrendChart
              results={venture.results}
              locale={locale}
              revenueLabel={t('details.revenue')}
              costsLabel={t('details.costs')}
              caption={t('details.chartCaption')}
            />
            <Table.ScrollContainer minWidth={420}>
              <Table aria-labelledby="venture-results">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('details.period')}</Table.Th>
                    <Table.Th scope="col">{t('details.revenue')}</Table.Th>
                    <Table.Th scope="col">{t('details.costs')}</Table.Th>
                    <Table.Th scope="col">{t('details.jobs')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {venture.results.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatDate(r.periodStart, locale)}</Table.Td>
                      <Table.Td>{money.format(r.revenue)}</Table.Td>
                      <Table.Td>{r.costs != null ? money.format(r.costs) : '—'}</Table.Td>
                      <Table.Td>{r.jobsTotal}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Section>

      <Section id="venture-referrals" title={t('details.referrals')}>
        {venture.referrals.length === 0 ? (
          <Text c="dimmed">{t('details.referralsEmpty')}</Text>
        ) : (
          <List listStyleType="none" spacing="xs" p={0}>
            {venture.referrals.map((r) => (
              <List.Item key={r.id}>
                <Text fw={600} dir="auto">
                  {r.partnerName}
                </Text>
                <Text size="sm">
                  {t(`referralKind.${r.kind}`)} · {t(`referralOutcome.${r.outcome}`)} · {formatDate(r.referredOn, locale)}
                  {r.amount != null ? ` · ${money.format(r.amount)} MAD` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
