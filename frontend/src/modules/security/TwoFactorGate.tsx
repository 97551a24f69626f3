import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth';
import { useLogout } from '../auth/useLogout';
import { LoadingState } from '../../ui';

// The set-up (QR code library included) is loaded only when it is needed.
const TwoFactorSetupThenRefresh = lazy(() => import('./TwoFactor').then((m) => ({ default: m.TwoFactorSetupThenRefresh })));

/**
 * Where the deployment requires two-factor sign-in of her role and it is not on yet, the app is
 * this page only (the server refuses everything else too): set it up, or sign out.
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  if (!user.twoFactor?.required || user.twoFactor.enabled) return <>{children}</>;
  return <TwoFactorRequiredPage />;
}

function TwoFactorRequiredPage() {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation();
  const { signOut, loading, failed } = useLogout();
  return (
    <main id="main-content">
      <Container size="sm" py="xl" px="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('twoFactor.requiredHeading')}
            </Title>
            <Text>{t('twoFactor.requiredHelp')}</Text>
            <Suspense fallback={<LoadingState label={tc('common.loading')} />}>
              <TwoFactorSetupThenRefresh onDone={() => undefined} />
            </Suspense>
            <Button variant="subtle" onClick={() => void signOut()} loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('twoFactor.signOut')}
            </Button>
            {failed ? (
              <Alert color="red" role="alert">
                {t('twoFactor.errors.FAILED')}
              </Alert>
            ) : null}
          </Stack>
        </Paper>
      </Container>
    </main>
  );
}
