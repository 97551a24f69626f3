import { Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry_EntryFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { formatDateTime } from '../sessions/time';

const KNOWN_ENTITIES = new Set([
  'person',
  'enrolment',
  'enrolment_coach',
  'cooperative',
  'cooperative_member',
  'venture',
  'venture_stage_change',
  'action_item',
  'economic_result',
  'referral',
  'coaching_session',
  'session_coach',
  'session_participant',
  'follow_up',
  'program',
  'program_target',
  'program_lead',
  'cohort',
  'app_user',
  'coach_profile',
  'mentorship',
  'partner',
  'value_chain',
  'stage_criterion',
  'organization',
]);

/** A field's name for people: translated when known, else as stored (e.g. "first_name" → "First name"). */
function useFieldLabel() {
  const { t, i18n } = useTranslation('audit');
  return (field: string) => (i18n.exists(`audit:fields.${field}`) ? t(`fields.${field}` as 'fields.first_name') : field.replace(/_/g, ' '));
}

/** Lines of the audit trail: when, who, what, and each changed field as before → after. */
export function AuditEntries({ entries, showSubject = false }: { entries: readonly AuditEntry_EntryFragment[]; showSubject?: boolean }) {
  const { t, i18n } = useTranslation('audit');
  const { locale } = useLocale();
  const label = useFieldLabel();
  return (
    <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {entries.map((e) => (
        <Card component="li" key={e.seq} withBorder padding="xs" radius="md">
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light">{t(`action.${e.action}`)}</Badge>
              <Text fw={600}>{KNOWN_ENTITIES.has(e.entity) ? t(`entity.${e.entity}` as 'entity.person') : e.entity}</Text>
              <Text size="sm" c="dimmed">
                <span dir="ltr">{formatDateTime(e.occurredAt, locale)}</span>
              </Text>
            </Group>
            <Text size="sm">
              {e.actor
                ? t('by', { name: e.actor.displayName, role: t(`role.${e.actorRole}` as 'role.ADMIN') })
                : t(`role.${e.actorRole}` as 'role.SYSTEM')}
              {e.ip ? ` · ${e.ip}` : ''}
              {showSubject && e.subjectType && i18n.exists(`audit:subject.${e.subjectType}`)
                ? ` · ${t(`subject.${e.subjectType}` as 'subject.person')}`
                : ''}
            </Text>
            {e.changes.length ? (
              <List size="sm" spacing={2}>
                {e.changes.map((c) => (
                  <List.Item key={c.field}>
                    <Text span fw={500}>
                      {label(c.field)}
                    </Text>
                    {': '}
                    {e.action === 'CREATE' ? (
                      <bdi>{c.after ?? '—'}</bdi>
                    ) : (
                      <>
                        <bdi>{c.before ?? '—'}</bdi> → <bdi>{c.after ?? '—'}</bdi>
                      </>
                    )}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
