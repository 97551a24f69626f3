import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { Locale } from '@rafiq/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplaintItem_ComplaintFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';

const STATUS_COLOR: Record<string, string> = {
  RECEIVED: 'blue',
  IN_REVIEW: 'yellow',
  RESOLVED: 'teal',
  REJECTED: 'red',
  REFERRED: 'grape',
};

/** One complaint: what, when, where it stands, the decision. `children`: actions. */
export function ComplaintCard({
  complaint: c,
  locale,
  showIdentity,
  href,
  children,
}: {
  complaint: ComplaintItem_ComplaintFragment;
  locale: Locale;
  showIdentity: boolean;
  /** When given, the title links to the complaint's own page. */
  href?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('complaints');
  const who = c.person ? `${c.person.firstName} ${c.person.lastName}` : t('anonymousPerson');
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        {href ? (
          <Anchor component={Link} to={href} fw={600}>
            {t(`category.${c.category}`)}
          </Anchor>
        ) : (
          <Text fw={600}>{t(`category.${c.category}`)}</Text>
        )}
        <Group gap={4}>
          {c.anonymous ? <Badge variant="light">{t('anonymousBadge')}</Badge> : null}
          {c.sensitive ? (
            <Badge color="red" variant="light">
              {t('sensitiveBadge')}
            </Badge>
          ) : null}
          {c.overdue ? <Badge color="red">{t('overdueBadge')}</Badge> : null}
          <Badge color={STATUS_COLOR[c.status]}>{t(`status.${c.status}`)}</Badge>
        </Group>
      </Group>
      {showIdentity ? (
        <Text size="sm" dir="auto">
          {t('from', { who, channel: t(`channel.${c.channel}`) })}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('dates', { filed: formatDate(c.createdAt, locale), due: formatDate(c.dueAt, locale) })}
        {c.session ? ` · ${t('aboutSession', { date: formatDate(c.session.startsAt, locale) })}` : ''}
        {c.assignee ? ` · ${t('assignedTo', { name: c.assignee.displayName })}` : ''}
      </Text>
      <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {c.description}
      </Text>
      {c.attachments.length ? (
        <Group gap="xs" aria-label={t('attachments.label')} role="group">
          {c.attachments.map((a) => (
            <Anchor key={a.id} href={`/api/complaints/attachments/${a.id}`} size="sm" dir="auto">
              {a.fileName}
            </Anchor>
          ))}
        </Group>
      ) : null}
      {c.firstDecision ? (
        <Text size="sm" dir="auto">
          <strong>{t('firstDecision', { status: t(`status.${c.firstStatus ?? 'RESOLVED'}`) })}</strong> {c.firstDecision}
        </Text>
      ) : null}
      {c.appealReason ? (
        <Text size="sm" dir="auto">
          <strong>{t('appealLabel')}</strong> {c.appealReason}
        </Text>
      ) : null}
      {c.decision ? (
        <Text dir="auto" role="status">
          <strong>{t('decisionLabel')}</strong> {c.decision}
        </Text>
      ) : null}
      {children}
    </Stack>
  );
}
