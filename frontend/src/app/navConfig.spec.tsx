import { MantineProvider } from '@mantine/core';
import { Locale, Role, ROLES } from '@rafiq/shared';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n } from '../i18n';
import { MainNav } from './MainNav';
import { NAV_BY_ROLE, navEntriesFor } from './navConfig';

const EXPECTED: Record<Role, { name: string; href: string }[]> = {
  [Role.ADMIN]: [
    { name: 'Home', href: '/' },
    { name: 'People', href: '/people' },
    { name: 'Programmes', href: '/programs' },
    { name: 'Ventures board', href: '/ventures' },
    { name: 'Cooperatives', href: '/cooperatives' },
    { name: 'Sessions', href: '/agenda' },
    { name: 'Calendar', href: '/calendar' },
    { name: 'Impact', href: '/impact' },
    { name: 'Follow-ups', href: '/follow-ups' },
    { name: 'Coaches', href: '/coaches' },
    { name: 'Imports', href: '/imports' },
    { name: 'Duplicates', href: '/data-quality' },
    { name: 'Settings', href: '/settings' },
    { name: 'Audit trail', href: '/audit' },
    { name: 'Complaints', href: '/complaints' },
    { name: 'My profile', href: '/profile' },
  ],
  [Role.PROGRAM_LEAD]: [
    { name: 'Home', href: '/' },
    { name: 'People', href: '/people' },
    { name: 'Programmes', href: '/programs' },
    { name: 'Ventures board', href: '/ventures' },
    { name: 'Cooperatives', href: '/cooperatives' },
    { name: 'Sessions', href: '/agenda' },
    { name: 'Calendar', href: '/calendar' },
    { name: 'Impact', href: '/impact' },
    { name: 'Follow-ups', href: '/follow-ups' },
    { name: 'Coaches', href: '/coaches' },
    { name: 'Imports', href: '/imports' },
    { name: 'Duplicates', href: '/data-quality' },
    { name: 'Settings', href: '/settings' },
    { name: 'Audit trail', href: '/audit' },
    { name: 'Complaints', href: '/complaints' },
    { name: 'My profile', href: '/profile' },
  ],
  [Role.COACH]: [
    { name: 'Home', href: '/' },
    { name: 'People', href: '/people' },
    { name: 'Programmes', href: '/programs' },
    { name: 'Ventures board', href: '/ventures' },
    { name: 'Cooperatives', href: '/cooperatives' },
    { name: 'Sessions', href: '/agenda' },
    { name: 'Calendar', href: '/calendar' },
    { name: 'Impact', href: '/impact' },
    { name: 'Follow-ups', href: '/follow-ups' },
    { name: 'Complaints', href: '/complaints' },
    { name: 'My profile', href: '/profile' },
  ],
  [Role.ENTREPRENEUR]: [
    { name: 'Home', href: '/' },
    { name: 'My profile', href: '/profile' },
  ],
};

function renderNav(role: Role, path = '/', locale: Locale = Locale.EN) {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <MantineProvider env="test">
        <MemoryRouter initialEntries={[path]}>
          <nav aria-label="test">
            <MainNav role={role} />
          </nav>
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('navigation per role', () => {
  it('has an entry list for every role', () => {
    expect(Object.keys(NAV_BY_ROLE).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)('shows the right links for %s', (role) => {
    renderNav(role);
    const links = within(screen.getByRole('navigation')).getAllByRole('link');
    expect(links.map((link) => ({ name: link.textContent, href: link.getAttribute('href') }))).toEqual(EXPECTED[role]);
    expect(navEntriesFor(role).map((entry) => entry.to)).toEqual(EXPECTED[role].map((entry) => entry.href));
  });

  it('marks the section of the current page', () => {
    renderNav(Role.PROGRAM_LEAD, '/people/p-1/edit');
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Programmes' })).not.toHaveAttribute('aria-current');
  });

  it('marks the current page', () => {
    renderNav(Role.COACH, '/profile');
    expect(screen.getByRole('link', { name: 'My profile' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('translates the links', () => {
    renderNav(Role.ENTREPRENEUR, '/', Locale.AR);
    expect(screen.getByRole('link', { name: 'الرئيسية' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'ملفي الشخصي' })).toHaveAttribute('href', '/profile');
  });
});
