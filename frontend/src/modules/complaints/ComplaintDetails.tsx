import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Role } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplaintItem_ComplaintFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { ComplaintCard } from './ComplaintCard';
import { ComplaintHandle } from './ComplaintHandle';

/** What happened to a complaint so far, from what the Complaint exposes (oldest first). */
function ComplaintHistory({ complaint: c }: { complaint: ComplaintItem_ComplaintFragment }) {
  const { t } = useTranslation('complaints');
  const { locale } = useLocale();
  const steps: Array<{ key: string; text: string; detail?: string | null }> = [
    { key: 'filed', text: t('history.filed', { date: formatDate(c.createdAt, locale), channel: t(`channel.${c.channel}`) }) },
  ];
  if (c.assignee) steps.push({ key: 'assigned', text: t('history.assigned', { name: c.assignee.displayName }) });
  if (c.firstDecision)
    steps.push({
      key: 'first',
      text: t('history.firstDecision', { status: t(`status.${c.firstStatus ?? 'RESOLVED'}`) }),
      detail: c.firstDecision,
    });
  if (c.appealedAt)
    steps.push({ key: 'appeal', text: t('history.appealed', { date: formatDate(c.appealedAt, locale) }), detail: c.appealReason });
  if (c.escalationLevel > 0) steps.push({ key: 'escalated', text: t('history.escalated', { level: c.escalationLevel }) });
  if (c.decidedAt && c.decision)
    steps.push({
      key: 'decided',
      text: t('history.decided', { date: formatDate(c.decidedAt, locale), status: t(`status.${c.status}`) }),
      detail: c.decision,
    });
  return (
    <Card withBorder padding="sm" radius="md" component="section" aria-labelledby="complaint-history-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="complaint-history-title">
          {t('history.title')}
        </Title>
        <List spacing={6} size="sm">
          {steps.map((s) => (
            <List.Item key={s.key}>
              <Text size="sm" dir="auto">
                {s.text}
              </Text>
              {s.detail ? (
                <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.detail}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Text size="sm">{t('history.now')}</Text>
          <Badge>{t(`status.${c.status}`)}</Badge>
        </Group>
      </Stack>
    </Card>
  );
}

/** A complaint's own page for staff: the complaint, its history and (while open) its handling. */
export function ComplaintDetails({
  complaint: c,
  onReload,
}: {
  complaint: ComplaintItem_ComplaintFragment;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('complaints');
  const { locale } = useLocale();
  const user = useCurrentUser();
  const role = toRole(user.role);
  const manages = role === Role.ADMIN || role === Role.PROGRAM_LEAD;
  return (
    <Stack gap="md" maw={880}>
      <Anchor component={Link} to="/complaints" size="sm">
        {t('details.back')}
      </Anchor>
      <Title order={1}>{t('details.title', { category: t(`category.${c.category}`) })}</Title>
      <Card withBorder padding="sm" radius="md">
        <ComplaintCard complaint={c} locale={locale} showIdentity>
          <ComplaintHandle complaint={c} canAssign={manages} canDecide={manages || c.assignee?.id === user.id} onReload={onReload} />
        </ComplaintCard>
      </Card>
      <ComplaintHistory complaint={c} />
    </Stack>
  );
}
