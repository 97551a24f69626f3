import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import type { Role } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, matchPath } from 'react-router';
import { namespaces } from '../i18n/namespaces';
import { navEntriesFor } from './navConfig';

/** The core catalogue and every feature's (entries may be labelled `feature:key`). */
const NAV_NS = ['translation', ...Object.keys(namespaces)] as ['translation', ...(keyof typeof namespaces)[]];

/** The links of the main navigation for a role (the landmark itself is the AppShell navbar). */
export function MainNav({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation(NAV_NS);
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
