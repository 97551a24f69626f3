import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Role } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditFilter } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { AuditEntries } from './AuditEntries';
import { AuditLogDocument, AuditVerificationDocument } from './queries';

const ACTIONS: AuditAction[] = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'REVEAL_NATIONAL_ID',
  'EXPORT',
  'IMPORT',
  'MERGE',
];
const PAGE = 50;

function Verification() {
  const { t } = useTranslation('audit');
  const { data } = useQuery(AuditVerificationDocument, { fetchPolicy: 'network-only' });
  if (!data) return null;
  const v = data.auditVerification;
  return (
    <Alert color={v.ok ? 'teal' : 'red'} role="status" title={t(v.ok ? 'verify.ok' : 'verify.broken')}>
      {t('verify.detail', { seals: v.seals, rows: v.rowsSealed })}
    </Alert>
  );
}

/** Searching the audit trail: by action, table and period; admins also see whether the seals hold. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const [form, setForm] = useState({ action: '', entity: '', from: '', to: '' });
  const [filter, setFilter] = useState<AuditFilter>({});
  const { data, error, loading, refetch, fetchMore } = useQuery(AuditLogDocument, {
    variables: { filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.auditLog;
  const apply = () =>
    setFilter({
      ...(form.action ? { action: form.action as AuditAction } : {}),
      ...(form.entity.trim() ? { entity: form.entity.trim() } : {}),
      ...(form.from ? { from: new Date(`${form.from}T00:00:00`).toISOString() } : {}),
      ...(form.to ? { to: new Date(`${form.to}T23:59:59`).toISOString() } : {}),
    });
  return (
    <Stack gap="md" maw={960}>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t(toRole(user.role) === Role.ADMIN ? 'introAdmin' : 'introLead')}</Text>
      {toRole(user.role) === Role.ADMIN ? <Verification /> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <NativeSelect
            label={t('filter.action')}
            value={form.action}
            onChange={(e) => setForm({ ...form, action: e.currentTarget.value })}
            data={[{ value: '', label: t('filter.any') }, ...ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))]}
          />
          <TextInput
            label={t('filter.entity')}
            description={t('filter.entityHint')}
            dir="ltr"
            value={form.entity}
            onChange={(e) => setForm({ ...form, entity: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('filter.from')}
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
          />
          <TextInput type="date" label={t('filter.to')} value={form.to} onChange={(e) => setForm({ ...form, to: e.currentTarget.value })} />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit">{t('filter.apply')}</Button>
        </Group>
      </form>
      {error && !log ? (
        <ErrorState message={t('loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !log ? (
        <LoadingState label={tc('common.loading')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('history.count', { count: log.totalCount })}
          </Text>
          <AuditEntries entries={log.edges.map((e) => e.node)} showSubject />
          {log.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              loading={loading}
              onClick={() => void fetchMore({ variables: { after: log.pageInfo.endCursor } }).catch(() => undefined)}
            >
              {t('more')}
            </Button>
          ) : null}
        </>
      )}
    </Stack>
  );
}
