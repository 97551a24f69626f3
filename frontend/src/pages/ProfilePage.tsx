import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ProfileDetails } from '../modules/profile';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  return <ProfileDetails />;
}
