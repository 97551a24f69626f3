import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ImpactDashboard } from '../modules/impact';

export function ImpactPage() {
  const { t } = useTranslation('impact');
  usePageTitle(t('title'));
  return <ImpactDashboard />;
}
