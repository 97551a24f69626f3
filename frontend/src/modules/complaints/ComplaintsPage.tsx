import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Role } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintItem_ComplaintFragment, ComplaintStatus } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { ComplaintCard } from './ComplaintCard';
import { ComplaintSettingsCard } from './ComplaintSettingsCard';
import { FileComplaintModal } from './FileComplaintModal';
import {
  AssignComplaintDocument,
  ComplaintAssigneesDocument,
  ComplaintsDocument,
  DecideComplaintDocument,
  SatisfactionDocument,
} from './queries';

function Handle({
  complaint: c,
  canAssign,
  canDecide,
}: {
  complaint: ComplaintItem_ComplaintFragment;
  canAssign: boolean;
  canDecide: boolean;
}) {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const [loadAssignees, assignees] = useLazyQuery(ComplaintAssigneesDocument, { fetchPolicy: 'network-only' });
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [assign, assigning] = useMutation(AssignComplaintDocument);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [decision, setDecision] = useState('');
  const [decide, deciding] = useMutation(DecideComplaintDocument);
  const open = c.status === 'RECEIVED' || c.status === 'IN_REVIEW';
  if (!open) return null;
  const failed = assigning.error ?? deciding.error;
  return (
    <Stack gap="xs">
      {canAssign ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('handle.assignee')}
            value={assigneeId}
            onChange={(v) => setAssigneeId(v === null ? null : String(v))}
            onDropdownOpen={() => void loadAssignees({ variables: { id: c.id } }).catch(() => undefined)}
            data={(assignees.data?.complaintAssignees ?? []).map((u) => ({ value: String(u.id), label: u.displayName }))}
            nothingFoundMessage={tc('common.loading')}
            style={{ minWidth: 220 }}
          />
          <Button
            disabled={!assigneeId}
            loading={assigning.loading}
            onClick={() =>
              void assign({ variables: { input: { id: c.id, version: c.version, assigneeId: assigneeId! } } }).catch(() => undefined)
            }
          >
            {t('handle.assign')}
          </Button>
        </Group>
      ) : null}
      {canDecide ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void decide({
              variables: { input: { id: c.id, version: c.version, status: (outcome ?? '') as ComplaintStatus, decision } },
            }).catch(() => undefined);
          }}
        >
          <Stack gap="xs">
            <Select
              label={t('handle.outcome')}
              required
              value={outcome}
              onChange={(v) => setOutcome(v === null ? null : String(v))}
              data={(['RESOLVED', 'REJECTED', 'REFERRED'] as ComplaintStatus[]).map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
            <Textarea
              label={t('handle.decision')}
              description={t('handle.decisionHelp')}
              required
              autosize
              minRows={2}
              value={decision}
              onChange={(e) => setDecision(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={deciding.loading}>
                {t('handle.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {failed ? (
        <Text c="red.8" role="alert">
          {tc('errors.generic')}
        </Text>
      ) : null}
    </Stack>
  );
}

function SatisfactionSummary() {
  const { t } = useTranslation('complaints');
  const { data } = useQuery(SatisfactionDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const s = data.satisfaction;
  const avg = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="satisfaction-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="satisfaction-title">
          {t('satisfaction.title')}
        </Title>
        <Text>{t('satisfaction.overall', { average: avg(s.average), count: s.ratings })}</Text>
        <Table aria-label={t('satisfaction.distribution')}>
          <Table.Thead>
            <Table.Tr>
              {[1, 2, 3, 4, 5].map((n) => (
                <Table.Th key={n}>{t('rate.value', { value: n })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              {s.distribution.map((n, i) => (
                <Table.Td key={i}>{n}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {(['byCoach', 'byProgram'] as const).map((k) =>
          s[k].length && s[k].some((g) => g.label) ? (
            <Table key={k} aria-label={t(`satisfactionTables.${k}`)}>
              <Table.Caption>{t(`satisfactionTables.${k}`)}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('satisfactionTables.name')}</Table.Th>
                  <Table.Th>{t('satisfactionTables.ratings')}</Table.Th>
                  <Table.Th>{t('satisfactionTables.average')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s[k].map((g) => (
                  <Table.Tr key={g.key ?? ''}>
                    <Table.Td dir="auto">{g.label}</Table.Td>
                    <Table.Td>{g.ratings}</Table.Td>
                    <Table.Td>{avg(g.average)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null,
        )}
      </Stack>
    </Card>
  );
}

/** Complaints for staff: the ones they may see, newest first; leads and admins assign and decide. */
export function ComplaintsPage() {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const [show, setShow] = useState<'open' | 'all'>('open');
  const { data, error, refetch } = useQuery(ComplaintsDocument, {
    variables: { filter: show === 'open' ? { open: true } : {}, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const items = (data?.complaints.edges ?? []).map((e) => e.node);
  const role = toRole(user.role);
  const manages = role === Role.ADMIN || role === Role.PROGRAM_LEAD;
  const [recording, setRecording] = useState(false);
  return (
    <Stack gap="md" maw={880}>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Group>
        <Button onClick={() => setRecording(true)}>{t('record')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1 }}>
        <SatisfactionSummary />
      </SimpleGrid>
      <SegmentedControl
        aria-label={t('filter.label')}
        value={show}
        onChange={(v) => setShow(v)}
        data={[
          { value: 'open', label: t('filter.open') },
          { value: 'all', label: t('filter.all') },
        ]}
      />
      {error && !data ? (
        <ErrorState message={t('loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <LoadingState label={tc('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('listLabel', { count: data.complaints.totalCount })}
        >
          {items.map((c) => (
            <Card key={c.id} component="li" withBorder padding="sm" radius="md">
              <ComplaintCard complaint={c} locale={locale} showIdentity>
                <Handle complaint={c} canAssign={manages} canDecide={manages || c.assignee?.id === user.id} />
              </ComplaintCard>
            </Card>
          ))}
        </Stack>
      )}
      {role === Role.ADMIN ? <ComplaintSettingsCard /> : null}
      <FileComplaintModal opened={recording} onClose={() => setRecording(false)} staff />
    </Stack>
  );
}
