import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import type { Role } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, matchPath } from 'react-router';
import { navEntriesFor } from './navConfig';

/** The links of the main navigation for a role (the landmark itself is the AppShell navbar). */
export function MainNav({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {navEntriesFor(role).map((entry) => {
        const active = matchPath({ path: entry.to, end: entry.end ?? false }, pathname) !== null;
        return (
          <li key={entry.to}>
            <MantineNavLink
              component={NavLink}
              to={entry.to}
              end={entry.end}
              label={t(entry.labelKey)}
              leftSection={<entry.icon size={18} aria-hidden="true" />}
              active={active}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </Stack>
  );
}
