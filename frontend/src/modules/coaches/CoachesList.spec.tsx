import { fireEvent, screen, within } from '@testing-library/react';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { ValueChainOptionsDocument } from '../ventures/queries';
import { CoachesOverviewDocument } from './queries';
import { CreatePasswordResetLinkDocument, ResetTwoFactorDocument } from '../security/AccountAdminActions';

const PAGE_LOAD = { timeout: 5000 };

const coachesMock = {
  request: { query: CoachesOverviewDocument },
  result: {
    data: {
      __typename: 'Query' as const,
      coaches: [
        {
          __typename: 'User' as const,
          id: 'u-c1',
          displayName: 'Salma Idrissi',
          email: 'coach@rafiq.example',
          activeAssignees: 12,
          coachProfile: {
            __typename: 'CoachProfile' as const,
            userId: 'u-c1',
            expertise: ['marketing'],
            languages: ['ar', 'tzm'],
            regionCodes: ['MA-09'],
            provinceCodes: ['MA-09-TAR'],
            valueChainIds: ['vc-1'],
            weeklyCapacityHours: 30,
            external: false,
            bio: null,
            version: 2,
          },
        },
        {
          __typename: 'User' as const,
          id: 'u-c2',
          displayName: 'Karim Ouazzani',
          email: 'coach2@rafiq.example',
          activeAssignees: 0,
          coachProfile: null,
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const chainsMock = {
  request: { query: ValueChainOptionsDocument },
  result: {
    data: {
      __typename: 'Query' as const,
      valueChains: [{ __typename: 'ValueChain' as const, id: 'vc-1', nameFr: 'Argan', nameAr: 'الأركان' }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the coaches screen', () => {
  it('shows each coach profile and current load against capacity; a lead reads it without editing', async () => {
    renderApp({ route: '/coaches', mocks: [meMock(), regionsMock, coachesMock, chainsMock] });
    const salma = await screen.findByRole('listitem', { name: 'Salma Idrissi' }, PAGE_LOAD);
    expect(within(salma).getByText('People accompanied now: 12 (capacity 30 h a week, about 15 people)')).toBeInTheDocument();
    expect(within(salma).getByText('marketing')).toBeInTheDocument();
    expect(within(salma).getByText('Arabic, Tamazight')).toBeInTheDocument();
    expect(await within(salma).findByText('Souss-Massa')).toBeInTheDocument();
    expect(within(salma).getByText('Taroudannt')).toBeInTheDocument();
    expect(await within(salma).findByText('Argan')).toBeInTheDocument();
    const karim = screen.getByRole('listitem', { name: 'Karim Ouazzani' });
    expect(within(karim).getByText('No coaching profile yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit the profile/ })).not.toBeInTheDocument();
  });

  it('lets an admin open a coach profile form filled with her profile', async () => {
    renderApp({ route: '/coaches', mocks: [meMock({ role: 'ADMIN', id: 'u-admin' }), regionsMock, coachesMock, chainsMock] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the profile of Salma Idrissi' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Coaching profile: Salma Idrissi' });
    expect(within(dialog).getByRole('textbox', { name: /Weekly capacity/ })).toHaveValue('30');
  });

  it('lets an admin make a password reset link for a coach and reset her two-factor sign-in; a lead sees neither', async () => {
    const url = 'http://localhost/reset-password#token=abc';
    renderApp({
      route: '/coaches',
      mocks: [
        meMock({ role: 'ADMIN', id: 'u-admin' }),
        regionsMock,
        coachesMock,
        chainsMock,
        {
          request: { query: CreatePasswordResetLinkDocument, variables: { userId: 'u-c1' } },
          result: {
            data: {
              __typename: 'Mutation' as const,
              createPasswordResetLink: { __typename: 'PasswordResetLink' as const, url, expiresAt: '2026-03-02T10:00:00.000Z' },
            },
          },
        },
        {
          request: { query: ResetTwoFactorDocument, variables: { userId: 'u-c2' } },
          result: { data: { __typename: 'Mutation' as const, resetTwoFactor: true } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Password reset link for Salma Idrissi' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Reset link for Salma Idrissi' });
    expect(within(dialog).getByText(url)).toBeInTheDocument();
    expect(within(dialog).getByText(/Works until/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    fireEvent.click(screen.getByRole('button', { name: 'Reset two-factor sign-in of Karim Ouazzani' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset two-factor sign-in of Karim Ouazzani?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Reset it' }));
    expect(await screen.findByText('Two-factor sign-in of Karim Ouazzani is reset.')).toBeInTheDocument();
  });

  it('offers no account actions to a programme lead', async () => {
    renderApp({ route: '/coaches', mocks: [meMock(), regionsMock, coachesMock, chainsMock] });
    await screen.findByRole('listitem', { name: 'Salma Idrissi' }, PAGE_LOAD);
    expect(screen.queryByRole('button', { name: /Password reset link/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reset two-factor/ })).not.toBeInTheDocument();
  });
});
