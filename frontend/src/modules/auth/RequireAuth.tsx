import { Container } from '@mantine/core';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '../../ui';
import { apiProblems } from '../errors';
import { CurrentUserProvider } from './CurrentUser';
import { SESSION_EXPIRED_PATH } from './SessionExpiryWatcher';
import { useMe } from './useMe';

/** Screens for signed-in people: others are sent to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMe();
  const user = data?.me ?? null;

  if (user) return <CurrentUserProvider user={user}>{children}</CurrentUserProvider>;

  if (loading) {
    return (
      <main id="main-content">
        <LoadingState label={t('common.loading')} />
      </main>
    );
  }

  if (error) {
    const problems = apiProblems(error);
    if (problems.some((p) => p.reason === ErrorReason.SESSION_EXPIRED)) return <Navigate to={SESSION_EXPIRED_PATH} replace />;
    if (problems.some((p) => p.code === ErrorCode.UNAUTHENTICATED)) return <Navigate to="/login" replace />;
    return (
      <main id="main-content">
        <Container size="sm" py="xl">
          <ErrorState message={t('errors.loadUser')} retryLabel={t('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
        </Container>
      </main>
    );
  }

  return <Navigate to="/login" replace />;
}
