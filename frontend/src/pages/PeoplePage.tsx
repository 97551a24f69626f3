import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { PeopleList } from '../modules/people';

export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.list.title'));
  return <PeopleList />;
}
