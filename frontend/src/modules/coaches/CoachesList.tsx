import { useQuery } from '@apollo/client/react';
import { Role } from '@rafiq/shared';
import { Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachesOverviewQuery } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { AccountAdminActions } from '../security';
import { CoachProfileCard } from './CoachProfileCard';
import { CoachProfileDialog } from './CoachProfileDialog';
import { editsCoachProfile } from './permissions';
import { CoachesOverviewDocument } from './queries';

type Coach = CoachesOverviewQuery['coaches'][number];

/** The organisation's coaches: expertise, languages, regions served, weekly capacity and how many people each accompanies now. */
export function CoachesList() {
  const { t } = useTranslation('coaches');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const role = toRole(user.role);
  const { data, error, refetch } = useQuery(CoachesOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Coach | null>(null);

  if (error && !data)
    return (
      <ErrorState message={t('list.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  if (!data) return <LoadingState label={tc('common.loading')} />;
  return (
    <Stack gap="lg">
      <Title order={1} style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
        {t('list.title')}
      </Title>
      <Text size="sm" c="dimmed" role="status">
        {t('list.count', { count: data.coaches.length })}
      </Text>
      {data.coaches.length === 0 ? <Text c="dimmed">{t('list.empty')}</Text> : null}
      <SimpleGrid
        component="ul"
        cols={{ base: 1, md: 2 }}
        spacing="md"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('list.title')}
      >
        {data.coaches.map((coach) => (
          <Paper component="li" key={coach.id} withBorder p="md" radius="md" aria-labelledby={`coach-${coach.id}`}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Title order={2} size="h4" id={`coach-${coach.id}`}>
                    {coach.displayName}
                  </Title>
                  <Text size="sm" c="dimmed" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                    {coach.email}
                  </Text>
                </div>
                {coach.coachProfile?.external ? (
                  <Badge variant="light" tt="none">
                    {t('fields.external')}
                  </Badge>
                ) : null}
              </Group>
              <LoadMeter assignees={coach.activeAssignees ?? 0} capacityHours={coach.coachProfile?.weeklyCapacityHours ?? null} />
              <CoachProfileCard profile={coach.coachProfile} />
              {role === Role.ADMIN && coach.id !== user.id ? <AccountAdminActions userId={coach.id} name={coach.displayName} /> : null}
              {editsCoachProfile(role, user.id, coach.id) ? (
                <Group justify="flex-end">
                  <Button
                    variant="light"
                    size="compact-md"
                    onClick={() => setEditing(coach)}
                    aria-label={t('list.editOf', { name: coach.displayName })}
                  >
                    {t('list.edit')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {editing ? (
        <CoachProfileDialog
          coachId={editing.id}
          coachName={editing.displayName}
          profile={editing.coachProfile}
          onClose={() => setEditing(null)}
          onReload={() => refetch()}
        />
      ) : null}
    </Stack>
  );
}

/** People accompanied now against the weekly hours available (about two hours a week per person, the organisation's rule of thumb). */
export function LoadMeter({ assignees, capacityHours }: { assignees: number; capacityHours: number | null }) {
  const { t } = useTranslation('coaches');
  const capacityPeople = capacityHours ? Math.max(1, Math.floor(capacityHours / HOURS_PER_PERSON)) : null;
  const share = capacityPeople ? Math.min(100, Math.round((assignees / capacityPeople) * 100)) : 0;
  const color = share >= 100 ? 'red' : share >= 80 ? 'orange' : 'teal';
  return (
    <Stack gap={4}>
      <Text size="sm">
        {capacityHours
          ? t('load.withCapacity', { count: assignees, hours: capacityHours, people: capacityPeople })
          : t('load.noCapacity', { count: assignees })}
      </Text>
      {capacityPeople ? (
        <Progress value={share} color={color} aria-label={t('load.meter')} aria-valuetext={t('load.share', { share })} />
      ) : null}
    </Stack>
  );
}

export const HOURS_PER_PERSON = 2;
