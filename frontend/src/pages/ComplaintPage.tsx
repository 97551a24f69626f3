import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { ComplaintDetails, ComplaintDocument } from '../modules/complaints';
import { hasErrorCode, isNotFound } from '../modules/errors';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';

export function ComplaintPage() {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ComplaintDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const complaint = data?.complaint;
  usePageTitle(complaint ? t('details.title', { category: t(`category.${complaint.category}`) }) : t('title'));

  if (complaint) return <ComplaintDetails complaint={complaint} onReload={() => refetch()} />;
  if (error && (isNotFound(error) || hasErrorCode(error, ErrorCode.FORBIDDEN)))
    return <NotFoundView title={t('details.notFound')} backTo="/complaints" backLabel={t('details.back')} />;
  if (error)
    return (
      <ErrorState message={t('details.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  return <LoadingState label={tc('common.loading')} />;
}
