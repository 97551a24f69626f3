import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { isNotFound } from '../modules/errors';
import { VentureDetails, VentureDocument } from '../modules/ventures';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';
import { Stack } from '@mantine/core';
import { HistoryPanel } from '../modules/audit';
import { DiagnosticsPanel } from '../modules/diagnostics';

export function VenturePage() {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(VentureDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const venture = data?.venture;
  usePageTitle(venture ? venture.title : t('details.title'));

  if (venture)
    return (
      <Stack gap="lg">
        <VentureDetails venture={venture} onReload={() => refetch()} />
        <DiagnosticsPanel subject={{ kind: 'VENTURE', id: venture.id }} />
        <HistoryPanel subjectType="VENTURE" id={venture.id} />
      </Stack>
    );
  if (error && isNotFound(error)) return <NotFoundView title={t('details.notFound')} backTo="/ventures" backLabel={t('details.back')} />;
  if (error)
    return (
      <ErrorState message={t('details.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  return <LoadingState label={tc('common.loading')} />;
}
