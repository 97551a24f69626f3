import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { LoadingState } from '../../ui';
import { useMe } from './useMe';

/** Screens for signed-out people (the sign-in page): a signed-in user is sent home. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading } = useMe();
  if (data?.me) return <Navigate to="/" replace />;
  if (loading && !data) {
    return (
      <main id="main-content">
        <LoadingState label={t('common.loading')} />
      </main>
    );
  }
  // If `me` failed (server unreachable…), the form is still shown: signing in reports the problem.
  return children;
}
