import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ProgramForm } from '../modules/programs';

export function NewProgramPage() {
  const { t } = useTranslation();
  usePageTitle(t('programs.form.title'));
  return <ProgramForm />;
}
