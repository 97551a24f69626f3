import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { CooperativeForm } from '../modules/cooperatives';

export function NewCooperativePage() {
  const { t } = useTranslation('cooperatives');
  usePageTitle(t('form.title'));
  return <CooperativeForm />;
}
