import { Stack, Text, Title } from '@mantine/core';
import { Role } from '@rafiq/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { AlertsPanel } from '../follow-ups/AlertsPanel';
import { Agenda } from '../sessions/Agenda';

// Her journey (with its sales charts) is loaded only for an entrepreneur: a coach's first screen on a
// slow connection does not wait for the chart library.
const MyJourney = lazy(() => import('../journey/MyJourney').then((m) => ({ default: m.MyJourney })));

/** The home screen of the signed-in user: what this role will find here. */
export function RoleHome() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const role = toRole(user.role);
  if (role === Role.ENTREPRENEUR)
    return (
      <Suspense fallback={<LoadingState label={t('common.loading')} />}>
        <MyJourney />
      </Suspense>
    );
  if (role === Role.COACH)
    return (
      <Stack gap="md" maw={880}>
        <Title order={1}>{t('home.title.COACH')}</Title>
        <Text size="lg">{t('home.greeting', { name: user.displayName })}</Text>
        <Text c="dimmed">{t('home.organization', { organization: user.organization.name })}</Text>
        <AlertsPanel />
        <Agenda coachId={user.id} />
      </Stack>
    );
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t(`home.title.${role}`)}</Title>
      <Text size="lg">{t('home.greeting', { name: user.displayName })}</Text>
      <Text c="dimmed">{t('home.organization', { organization: user.organization.name })}</Text>
      <Text>{t(`home.description.${role}`)}</Text>
      <AlertsPanel />
    </Stack>
  );
}
