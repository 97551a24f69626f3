import { Anchor, Group, Stack, Title } from '@mantine/core';
import { Role } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { toRole, useCurrentUser } from '../modules/auth';
import { useCoaches } from '../modules/people/useCoaches';
import { SessionCalendar } from '../modules/sessions';

/** A coach's week and day; for leads and admins, every coach's sessions they may see, filtered by coach. */
export function CalendarPage() {
  const { t } = useTranslation('sessions');
  const user = useCurrentUser();
  const isCoach = toRole(user.role) === Role.COACH;
  const { coaches } = useCoaches({ skip: isCoach });
  usePageTitle(t('calendar.title'));
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{isCoach ? t('calendar.title') : t('calendar.programmeTitle')}</Title>
        <Anchor component={Link} to="/agenda" size="sm">
          {t('calendar.toAgenda')}
        </Anchor>
      </Group>
      <SessionCalendar fixedCoachId={isCoach ? user.id : null} coaches={coaches} />
    </Stack>
  );
}
