import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { Settings } from '../modules/settings';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('title'));
  return <Settings />;
}
