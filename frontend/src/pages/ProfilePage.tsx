import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { Role } from '@rafiq/shared';
import { toRole, useCurrentUser } from '../modules/auth';
import { MyCoachProfile } from '../modules/coaches/MyCoachProfile';
import { ProfileDetails } from '../modules/profile';
import { CalendarFeedPanel } from '../modules/sessions/CalendarFeedPanel';
import { AccountSecurity } from '../modules/security';
import { MyDataCopy } from '../modules/privacy';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('profile.title'));
  return (
    <Stack gap="lg" maw={720}>
      <ProfileDetails />
      {toRole(user.role) === Role.COACH ? <MyCoachProfile /> : null}
      <CalendarFeedPanel />
      <AccountSecurity />
      {toRole(user.role) === Role.ENTREPRENEUR ? <MyDataCopy /> : null}
    </Stack>
  );
}
