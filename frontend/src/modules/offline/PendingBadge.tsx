import { Badge, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { outbox } from './deviceStore';
import type { OutboxEntry } from './outbox';

const KNOWN_PROBLEMS = new Set(['CONFLICT', 'NOT_FOUND', 'FORBIDDEN']);

/** How a record with a change in the outbox is marked: waiting to sync, or refused (why, and "discard"). */
export function PendingBadge({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation('offline');
  const { t: tc } = useTranslation();
  if (entry.state === 'pending') {
    return (
      <Badge color="yellow" variant="light">
        {t('badge.waiting')}
      </Badge>
    );
  }
  const code = entry.problem?.code ?? '';
  const reason = entry.problem?.reason;
  const message = KNOWN_PROBLEMS.has(code)
    ? t(`problem.${code}` as 'problem.CONFLICT')
    : reason
      ? tc(`errors.reasons.${reason}` as 'errors.reasons.INVALID_VALUE')
      : t('problem.generic');
  return (
    <Stack gap={4} align="flex-end">
      <Badge color="red" variant="light">
        {t('badge.failed')}
      </Badge>
      <Text size="xs" c="red.8" role="alert">
        {message}
      </Text>
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => outbox.remove(entry.id)}>
        {t('discard')}
      </Button>
    </Stack>
  );
}
