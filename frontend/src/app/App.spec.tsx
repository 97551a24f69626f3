import { MockLink } from '@apollo/client/testing';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { LoginDocument } from '../modules/auth/useLogin';
import { LogoutDocument } from '../modules/auth/useLogout';
import { MeDocument } from '../modules/auth/useMe';
import { SetMyLocaleDocument } from '../modules/locale';
import { makeUser, renderApp, testLocation, type TestUser } from '../test/renderApp';
import { createApolloClient } from './apolloClient';

/** Pages and an entrepreneur's journey are chunks loaded on first visit: longer than the default second on a busy machine. */
const ON_DEMAND = { timeout: 10_000 };

const meIs = (me: TestUser | null) => ({ request: { query: MeDocument }, result: { data: { __typename: 'Query' as const, me } } });

function appClient(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return createApolloClient({ transport: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
}

describe('the app shell', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    renderApp({ route: '/profile', client: appClient([meIs(null)]) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Rafiq' })).toBeInTheDocument();
    expect(testLocation()).toBe('/login');
    expect(document.title).toBe('Sign in · Rafiq');
  });

  it("signs in, goes home and switches to the user's own language", async () => {
    const user = makeUser({ role: 'COACH', locale: 'FR' });
    renderApp({
      route: '/login',
      client: appClient([
        meIs(null),
        {
          request: { query: LoginDocument, variables: { email: 'amina@example.org', password: 'correct horse' } },
          result: { data: { __typename: 'Mutation', login: user } },
        },
      ]),
    });
    fireEvent.change(await screen.findByLabelText('Email address', { exact: false }), { target: { value: ' amina@example.org ' } });
    fireEvent.change(screen.getByLabelText('Password', { exact: false }), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon agenda' })).toBeInTheDocument();
    expect(testLocation()).toBe('/');
    expect(screen.getByText('Bienvenue, Amina Benali')).toBeInTheDocument();
    expect(screen.getByText('Organisation : Incubateur Atlas')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' })).toHaveAttribute('href', '#main-content');
  });

  it.each([
    ['ADMIN', 'Organisation administration'],
    ['PROGRAM_LEAD', 'Programme dashboard'],
    ['COACH', 'My agenda'],
    ['ENTREPRENEUR', 'My journey'],
  ] as const)('names the home of %s', async (role, heading) => {
    renderApp({ route: '/', client: appClient([meIs(makeUser({ role }))]) });
    expect(await screen.findByRole('heading', { level: 1, name: heading }, ON_DEMAND)).toBeInTheDocument();
    expect(document.title).toBe(`${heading} · Rafiq`);
  });

  it('lets ?lang= beat the user language, right to left in Arabic', async () => {
    renderApp({ route: '/?lang=ar', client: appClient([meIs(makeUser({ role: 'ENTREPRENEUR', locale: 'EN' }))]) });
    expect(await screen.findByRole('heading', { level: 1, name: 'مساري' }, ON_DEMAND)).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('sends a signed-in user away from the sign-in page', async () => {
    renderApp({ route: '/login', client: appClient([meIs(makeUser())]) });
    expect(await screen.findByRole('heading', { level: 1, name: 'My agenda' })).toBeInTheDocument();
    expect(testLocation()).toBe('/');
  });

  it('shows a translated 404 page', async () => {
    renderApp({ route: '/nowhere?lang=fr', client: appClient([meIs(null)]) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
  });

  it('shows a translated error, with a retry, when `me` cannot be loaded', async () => {
    renderApp({
      route: '/',
      client: appClient([{ request: { query: MeDocument }, error: new Error('Failed to fetch') }, meIs(makeUser())]),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load your account.");
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My agenda' })).toBeInTheDocument();
  });

  it('remembers a language chosen on the profile page in the account', async () => {
    const user = makeUser({ locale: 'EN' });
    renderApp({
      route: '/profile',
      client: appClient([
        meIs(user),
        {
          request: { query: SetMyLocaleDocument, variables: { locale: 'AR' } },
          result: { data: { __typename: 'Mutation', setMyLocale: { __typename: 'User', id: user.id, locale: 'AR' } } },
        },
      ]),
    });
    expect(await screen.findByText('amina@example.org')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Preferred language' }), { target: { value: 'ar' } });
    expect(await screen.findByText('تم حفظ اختيارك للغة.')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
  });

  it('goes to /login?expired=1 when an operation finds the session expired', async () => {
    const user = makeUser({ locale: 'EN' });
    renderApp({
      route: '/profile',
      client: appClient([
        meIs(user),
        {
          request: { query: SetMyLocaleDocument, variables: { locale: 'FR' } },
          result: {
            errors: [
              new GraphQLError('Your session has expired; sign in again', {
                extensions: { code: ErrorCode.UNAUTHENTICATED, reason: ErrorReason.SESSION_EXPIRED },
              }),
            ],
          },
        },
        meIs(null),
      ]),
    });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Preferred language' }), { target: { value: 'fr' } });
    expect(await screen.findByText('Votre session a expiré. Veuillez vous reconnecter.')).toBeInTheDocument();
    expect(testLocation()).toBe('/login?expired=1');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
  });

  it('signs out from the user menu', async () => {
    renderApp({
      route: '/',
      client: appClient([
        meIs(makeUser({ role: 'ADMIN' })),
        { request: { query: LogoutDocument }, result: { data: { __typename: 'Mutation', logout: true } } },
        meIs(null),
      ]),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Account menu: Amina Benali' }));
    expect(await screen.findByText('Administrator', { selector: '.mantine-Menu-dropdown *' })).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(testLocation()).toBe('/login'));
  });

  it('toggles the navigation with the burger', async () => {
    renderApp({ route: '/', client: appClient([meIs(makeUser())]) });
    const burger = await screen.findByRole('button', { name: 'Toggle navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(burger);
    expect(burger).toHaveAttribute('aria-expanded', 'true');
  });
});
