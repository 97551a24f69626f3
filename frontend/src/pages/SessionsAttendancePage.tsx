import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { isNotFound } from '../modules/errors';
import { AttendanceGrid, SessionDocument } from '../modules/sessions';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';

export function SessionsAttendancePage() {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SessionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(t('grid.title'));

  if (data?.session) return <AttendanceGrid key={data.session.id} session={data.session} onReload={() => refetch()} />;
  if (error && isNotFound(error)) return <NotFoundView title={t('details.notFound')} backTo="/agenda" backLabel={t('details.back')} />;
  if (error)
    return (
      <ErrorState message={t('details.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  return <LoadingState label={tc('common.loading')} />;
}
