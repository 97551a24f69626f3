import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { CooperativesList } from '../modules/cooperatives';

export function CooperativesPage() {
  const { t } = useTranslation('cooperatives');
  usePageTitle(t('list.title'));
  return <CooperativesList />;
}
