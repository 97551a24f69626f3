import { Alert, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { toRole, useCurrentUser, useLogout } from '../modules/auth';
import { LocaleSwitcher } from '../modules/locale';
import { OutboxSync, SyncStatus } from '../modules/offline';
import { SkipLink } from '../ui';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

export const MAIN_CONTENT_ID = 'main-content';
const NAVBAR_ID = 'main-navigation';

/** The signed-in frame: header (brand, burger, language, account), role navigation, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut, failed: signOutFailed } = useLogout();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const { pathname } = useLocation();

  // On small screens the navigation closes once a link has been followed.
  useEffect(() => {
    close();
  }, [pathname, close]);

  const navHidden = isMobile && !opened;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <SkipLink targetId={MAIN_CONTENT_ID} label={t('common.skipToContent')} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={opened}
              aria-controls={NAVBAR_ID}
            />
            <Text component={Link} to="/" fw={700} size="xl" c="teal.9" className="rafiq-brand">
              Rafiq
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LocaleSwitcher hideLabel size="xs" />
            <UserMenu user={user} onSignOut={() => void signOut()} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVBAR_ID} aria-label={t('nav.label')} p="xs" inert={navHidden || undefined}>
        <MainNav role={toRole(user.role)} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {signOutFailed ? (
          <Alert color="red" role="alert" mb="md">
            {t('userMenu.signOutError')}
          </Alert>
        ) : null}
        <SyncStatus userId={user.id} />
        <Outlet />
      </AppShell.Main>
      <OutboxSync userId={user.id} />
    </AppShell>
  );
}
