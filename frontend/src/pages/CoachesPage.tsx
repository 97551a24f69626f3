import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { CoachesList } from '../modules/coaches';

export function CoachesPage() {
  const { t } = useTranslation('coaches');
  usePageTitle(t('list.title'));
  return <CoachesList />;
}
