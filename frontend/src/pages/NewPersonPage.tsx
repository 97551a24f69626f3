import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { NewPersonForm } from '../modules/people';

export function NewPersonPage() {
  const { t } = useTranslation();
  usePageTitle(t('people.form.newTitle'));
  return <NewPersonForm />;
}
