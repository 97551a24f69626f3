import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ProfileDetails } from '../modules/profile';
import { CalendarFeedPanel } from '../modules/sessions/CalendarFeedPanel';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  return (
    <Stack gap="lg" maw={720}>
      <ProfileDetails />
      <CalendarFeedPanel />
    </Stack>
  );
}
