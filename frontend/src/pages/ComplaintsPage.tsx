import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ComplaintsPage as Complaints } from '../modules/complaints';

export function ComplaintsPage() {
  const { t } = useTranslation('complaints');
  usePageTitle(t('title'));
  return <Complaints />;
}
