import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outbox } from './deviceStore';
import { PendingBadge } from './PendingBadge';
import { sendEntry } from './sendEntry';
import { useOnline, useOutbox } from './useOutbox';

/** A strip above the page: offline, changes waiting to sync (with "Sync now") and changes refused. */
export function SyncStatus({ userId }: { userId: string }) {
  const { t } = useTranslation('offline');
  const client = useApolloClient();
  const online = useOnline();
  const entries = useOutbox(userId);
  const [syncing, setSyncing] = useState(false);
  const waiting = entries.filter((e) => e.state === 'pending').length;
  const failed = entries.length - waiting;
  // A person created offline and refused is shown on no page (she has no server id): she is shown here, with "discard".
  const refusedPeople = entries.filter((e) => e.state === 'failed' && e.operation === 'createPerson');

  if (online && !entries.length) return null;

  const syncNow = async () => {
    setSyncing(true);
    try {
      const result = await outbox.flush(userId, sendEntry(client));
      if (result.sent) await client.refetchQueries({ include: ['Agenda'] }).catch(() => undefined);
    } finally {
      setSyncing(false);
    }
  };

  return (
    <Alert color={failed ? 'red' : online ? 'yellow' : 'gray'} mb="md" role="status" aria-label={t('status.label')}>
      <Stack gap={4}>
        {!online ? <Text size="sm">{t('status.offline')}</Text> : null}
        <Group justify="space-between" gap="xs">
          {waiting ? <Text size="sm">{t('status.waiting', { count: waiting })}</Text> : null}
          {waiting && online ? (
            <Button size="compact-sm" variant="default" loading={syncing} onClick={() => void syncNow()}>
              {t('status.syncNow')}
            </Button>
          ) : null}
        </Group>
        {failed ? <Text size="sm">{t('status.failed', { count: failed })}</Text> : null}
        {refusedPeople.map((e) => (
          <Group key={e.id} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{t('status.personRefused', { name: [e.input['firstName'], e.input['lastName']].filter((v) => typeof v === 'string').join(' ') })}</Text>
            <PendingBadge entry={e} />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
