import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { DiagnosticDocument, DiagnosticRunner } from '../modules/diagnostics';
import { isNotFound } from '../modules/errors';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';

export function DiagnosticPage() {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(DiagnosticDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const diagnostic = data?.diagnostic;
  usePageTitle(t('page.title'));

  if (diagnostic) return <DiagnosticRunner key={diagnostic.id} diagnostic={diagnostic} />;
  if (error && isNotFound(error)) return <NotFoundView title={t('page.notFound')} backTo="/" backLabel={t('page.back')} />;
  if (error)
    return (
      <ErrorState message={t('page.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  return <LoadingState label={tc('common.loading')} />;
}
