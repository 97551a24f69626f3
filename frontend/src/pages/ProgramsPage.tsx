import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ProgramsList } from '../modules/programs';

export function ProgramsPage() {
  const { t } = useTranslation();
  usePageTitle(t('programs.list.title'));
  return <ProgramsList />;
}
