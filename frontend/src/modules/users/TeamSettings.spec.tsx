import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { SettingsValueChainsDocument } from '../settings/queries';
import { PersonSearchDocument } from '../cooperatives/queries';
import { DisableUserDocument, InviteUserDocument, LinkPersonAccountDocument, TeamUsersDocument } from './queries';

const PAGE_LOAD = { timeout: 5000 };

const user = (over: Record<string, unknown> = {}) => ({
  __typename: 'User' as const,
  id: 'u-coach',
  email: 'salma@lab.example',
  displayName: 'Salma Idrissi',
  role: 'COACH' as const,
  locale: null,
  version: 3,
  disabledAt: null,
  lastSignInAt: '2026-11-30T09:15:00.000Z',
  twoFactorEnabled: true,
  person: null,
  ...over,
});

const usersMock = (nodes: Array<ReturnType<typeof user>>) => ({
  request: { query: TeamUsersDocument, variables: { first: 50, filter: {} } },
  result: {
    data: {
      __typename: 'Query' as const,
      users: {
        __typename: 'UserConnection' as const,
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'UserEdge' as const, cursor: node.id, node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('settings: team and accounts', () => {
  it('lists the accounts; an invitation names a refused field, then shows the link to copy with its expiry', async () => {
    const input = { email: 'nadia@lab.example', displayName: 'Nadia Amrani', role: 'COACH', locale: null, personId: null };
    renderApp({
      route: '/settings?tab=users',
      mocks: [
        meMock({ role: 'ADMIN', id: 'u-admin' }),
        regionsMock,
        usersMock([user()]),
        {
          request: { query: InviteUserDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('exists', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'email', reason: ErrorReason.DUPLICATE } }),
            ],
          },
        },
        {
          request: { query: InviteUserDocument, variables: { input } },
          result: {
            data: {
              __typename: 'Mutation' as const,
              inviteUser: {
                __typename: 'InviteUserPayload' as const,
                user: user({
                  id: 'u-new',
                  email: input.email,
                  displayName: input.displayName,
                  lastSignInAt: null,
                  twoFactorEnabled: false,
                  version: 1,
                }),
                link: {
                  __typename: 'PasswordResetLink' as const,
                  url: 'http://localhost/reset-password#token=abc&invite=1',
                  expiresAt: '2026-12-13T10:00:00.000Z',
                },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('Salma Idrissi', undefined, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByText('salma@lab.example')).toBeInTheDocument();
    expect(screen.getByText('Two-factor on')).toBeInTheDocument();
    expect(screen.getByText(/^Last sign-in:/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the account' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('This field is required.'),
    );

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Name/ }), { target: { value: ' Nadia Amrani ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /E-mail address/ }), { target: { value: 'nadia@lab.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the account' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /E-mail address/ })).toHaveAccessibleDescription(
        'This value is already used by another record.',
      ),
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the account' }));
    const linkDialog = await screen.findByRole('dialog', { name: 'Invitation link for Nadia Amrani' });
    expect(within(linkDialog).getByText('http://localhost/reset-password#token=abc&invite=1')).toBeInTheDocument();
    expect(within(linkDialog).getByText(/^Valid until/)).toBeInTheDocument();
    expect(within(linkDialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });

  it('disables an account only after a confirmation', async () => {
    let disabled = false;
    renderApp({
      route: '/settings?tab=users',
      mocks: [
        meMock({ role: 'ADMIN', id: 'u-admin' }),
        regionsMock,
        usersMock([user()]),
        {
          request: { query: DisableUserDocument, variables: { id: 'u-coach' } },
          result: () => {
            disabled = true;
            return { data: { __typename: 'Mutation' as const, disableUser: user({ disabledAt: '2026-12-06T10:00:00.000Z', version: 4 }) } };
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Disable Salma Idrissi' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Disable Salma Idrissi?' });
    expect(within(dialog).getByText(/signed out everywhere at once/)).toBeInTheDocument();
    expect(disabled).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(disabled).toBe(true));
    expect(await screen.findByText('Salma Idrissi has been disabled.')).toBeInTheDocument();
  });

  it('links an entrepreneur account to the person found by a search', async () => {
    let linked: unknown = null;
    renderApp({
      route: '/settings?tab=users',
      mocks: [
        meMock({ role: 'ADMIN', id: 'u-admin' }),
        regionsMock,
        usersMock([
          user({ id: 'u-itto', displayName: 'Itto O.', email: 'itto@lab.example', role: 'ENTREPRENEUR', twoFactorEnabled: false }),
        ]),
        {
          request: { query: PersonSearchDocument, variables: { search: 'itto' } },
          result: {
            data: {
              __typename: 'Query' as const,
              people: {
                __typename: 'PersonConnection' as const,
                edges: [
                  {
                    __typename: 'PersonEdge' as const,
                    node: {
                      __typename: 'Person' as const,
                      id: 'p-3',
                      firstName: 'Itto',
                      lastName: 'Ouhammou',
                      firstNameAr: null,
                      lastNameAr: null,
                    },
                  },
                ],
              },
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: {
            query: LinkPersonAccountDocument,
            variables: (v: unknown) => {
              linked = v;
              return true;
            },
          },
          result: { data: { __typename: 'Mutation' as const, linkPersonAccount: true } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Person record of Itto O.' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Person record of Itto O.' });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Her person record (optional)' }), { target: { value: 'itto' } });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Link the account to Itto Ouhammou' }, PAGE_LOAD));
    await waitFor(() => expect(linked).toEqual({ personId: 'p-3', userId: 'u-itto' }));
    expect(await screen.findByText('The account is now linked to Itto Ouhammou.')).toBeInTheDocument();
  });

  it('is not offered to a programme lead', async () => {
    const chains = {
      request: { query: SettingsValueChainsDocument, variables: { includeArchived: false } },
      result: { data: { __typename: 'Query' as const, valueChains: [] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderApp({ route: '/settings?tab=users', mocks: [meMock({ role: 'PROGRAM_LEAD' }), regionsMock, chains] });
    expect(await screen.findByRole('tab', { name: 'Value chains' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Team and accounts' })).not.toBeInTheDocument();
  });
});
