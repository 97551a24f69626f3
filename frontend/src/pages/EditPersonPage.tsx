import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { isNotFound } from '../modules/errors';
import { EditPersonForm, usePerson } from '../modules/people';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';

export function EditPersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // The form starts from the record as the server has it now (its version is what gets checked).
  const { data, error, refetch } = usePerson(id, { fresh: true });
  const person = data?.person;
  usePageTitle(t('people.form.editPageTitle'));

  if (person) {
    return <EditPersonForm key={person.id} person={person} reload={async () => (await refetch()).data?.person ?? null} />;
  }
  if (error && isNotFound(error))
    return <NotFoundView title={t('people.details.notFound')} backTo="/people" backLabel={t('people.details.back')} />;
  if (error)
    return (
      <ErrorState
        message={t('people.details.loadError')}
        retryLabel={t('common.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  return <LoadingState label={t('common.loading')} />;
}
