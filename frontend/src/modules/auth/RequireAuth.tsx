import { Container } from '@mantine/core';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { CurrentUserFieldsFragment } from '../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '../../ui';
import { apiProblems } from '../errors';
import { ME_SNAPSHOT_KEY, readSnapshot, saveSnapshot } from '../offline/deviceStore';
import { CurrentUserProvider } from './CurrentUser';
import { SESSION_EXPIRED_PATH } from './SessionExpiryWatcher';
import { useMe } from './useMe';

/** Screens for signed-in people: others are sent to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMe();
  const live = data?.me ?? null;
  // Field mode: the signed-in person is kept on the device, so that the app opens with no network
  // (only when the server could not be reached — an answer saying "not signed in" always wins).
  useEffect(() => {
    if (live) saveSnapshot(ME_SNAPSHOT_KEY, live.id, live);
  }, [live]);
  const unreachable = Boolean(error) && apiProblems(error).length === 0;
  const kept = useMemo(
    () => (unreachable ? (readSnapshot<CurrentUserFieldsFragment>(ME_SNAPSHOT_KEY)?.data ?? null) : null),
    [unreachable],
  );
  const user = live ?? kept;

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
