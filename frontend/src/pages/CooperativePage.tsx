import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { CooperativeDetails, CooperativeDocument } from '../modules/cooperatives';
import { isNotFound } from '../modules/errors';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';
import { Stack } from '@mantine/core';
import { HistoryPanel } from '../modules/audit';
import { DiagnosticsPanel } from '../modules/diagnostics';

export function CooperativePage() {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CooperativeDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const cooperative = data?.cooperative;
  usePageTitle(cooperative ? cooperative.name : t('details.title'));

  if (cooperative)
    return (
      <Stack gap="lg">
        <CooperativeDetails cooperative={cooperative} onChanged={() => refetch()} />
        <DiagnosticsPanel subject={{ kind: 'COOPERATIVE', id: cooperative.id }} />
        <HistoryPanel subjectType="COOPERATIVE" id={cooperative.id} />
      </Stack>
    );
  if (error && isNotFound(error))
    return <NotFoundView title={t('details.notFound')} backTo="/cooperatives" backLabel={t('details.back')} />;
  if (error)
    return (
      <ErrorState message={t('details.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  return <LoadingState label={tc('common.loading')} />;
}
