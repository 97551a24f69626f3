import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ImportPeople } from '../modules/imports';

export function ImportsPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('title'));
  return <ImportPeople />;
}
