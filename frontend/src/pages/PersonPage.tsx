import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { isNotFound } from '../modules/errors';
import { useLocale } from '../modules/locale';
import { displayName, PersonDetails, usePerson } from '../modules/people';
import { Stack } from '@mantine/core';
import { toRole, useCurrentUser } from '../modules/auth';
import { managesSessions, TrainingRecordPanel } from '../modules/sessions';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';
import { HistoryPanel } from '../modules/audit';

export function PersonPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, error, refetch } = usePerson(id);
  const person = data?.person;
  usePageTitle(person ? displayName(person, locale).primary : t('people.details.title'));

  if (person)
    return (
      <Stack gap="xl">
        <PersonDetails person={person} onReload={() => refetch()} />
        {managesSessions(toRole(user.role)) ? (
          <Stack maw={880}>
            <TrainingRecordPanel personId={person.id} />
          </Stack>
        ) : null}
        <HistoryPanel subjectType="PERSON" id={person.id} />
      </Stack>
    );
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
