import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarOff, IconClipboardCheck, IconHourglass, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertKind, HomeAlertsQuery } from '../../gql/graphql';
import { HomeAlertsDocument } from './queries';

type HomeAlert = HomeAlertsQuery['alerts'][number];

const ICONS: Record<AlertKind, typeof IconAlertTriangle> = {
  STALLED_VENTURE: IconHourglass,
  OVERDUE_ACTION: IconAlertTriangle,
  NO_RECENT_SESSION: IconCalendarOff,
  FOLLOW_UP_DUE: IconClipboardCheck,
  REPEATED_ABSENCES: IconUserX,
};

/** Where an alert leads: the venture, the person, or the follow-ups to record. */
export function alertLink(a: HomeAlert): string | null {
  if (a.kind === 'FOLLOW_UP_DUE') return '/follow-ups';
  if (a.ventureId) return `/ventures/${a.ventureId}`;
  if (a.personId) return `/people/${a.personId}`;
  return null;
}

/** The home page's alerts: stalled ventures, overdue actions, people without a session for 30 days, absences in a row, follow-ups due. */
export function AlertsPanel({ headingOrder = 2 }: { headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('followUps');
  const { data, error } = useQuery(HomeAlertsDocument, { fetchPolicy: 'cache-and-network' });
  if (error || !data) return null;
  const alerts = data.alerts;
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-alerts">
      <Title order={headingOrder} size="h3" id="home-alerts">
        {t('alerts.title')} {alerts.length ? <Badge color="orange">{alerts.length}</Badge> : null}
      </Title>
      {alerts.length === 0 ? (
        <Text c="dimmed">{t('alerts.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="home-alerts">
          {alerts.map((a) => {
            const Icon = ICONS[a.kind];
            const to = alertLink(a);
            const detail =
              a.kind === 'FOLLOW_UP_DUE' && a.days < 0
                ? t('alerts.FOLLOW_UP_SOON', { count: -a.days })
                : t(`alerts.${a.kind}`, { count: a.days });
            return (
              <Card
                component="li"
                key={`${a.kind}-${a.ventureId ?? ''}-${a.personId ?? ''}-${a.actionItemId ?? ''}-${a.followUpId ?? ''}`}
                withBorder
                padding="xs"
                radius="md"
              >
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Icon size={22} aria-hidden="true" style={{ flexShrink: 0 }} />
                  <Stack gap={0}>
                    {to ? (
                      <Anchor component={Link} to={to} fw={600} dir="auto">
                        {a.label}
                      </Anchor>
                    ) : (
                      <Text fw={600} dir="auto">
                        {a.label}
                      </Text>
                    )}
                    <Text size="sm" c="dimmed">
                      {detail}
                    </Text>
                  </Stack>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
