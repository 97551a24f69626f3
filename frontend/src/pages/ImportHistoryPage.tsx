import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ImportHistory } from '../modules/imports';

export function ImportHistoryPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('history.title'));
  return <ImportHistory />;
}
