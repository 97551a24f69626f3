import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ScheduleSessionForm } from '../modules/sessions';

export function SessionsNewPage() {
  const { t } = useTranslation('sessions');
  usePageTitle(t('form.title'));
  return <ScheduleSessionForm />;
}
