import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes } from '../app/AppRoutes';
import { createCache } from '../app/cachePolicies';
import type { CurrentUserFieldsFragment } from '../gql/graphql';
import { createI18n, readStoredLocale, resolveLocale } from '../i18n';

export type TestUser = CurrentUserFieldsFragment;

export function makeUser(overrides: Partial<TestUser> = {}): TestUser {
  return {
    __typename: 'User',
    id: 'u-1',
    email: 'amina@example.org',
    role: 'COACH',
    displayName: 'Amina Benali',
    locale: 'EN',
    organization: { __typename: 'Organization', id: 'o-1', name: 'Incubateur Atlas', slug: 'atlas', timeZone: 'Africa/Casablanca', version: 1 },
    twoFactor: { __typename: 'TwoFactorStatus', enabled: false, required: false, recoveryCodesLeft: 0 },
    ...overrides,
  };
}

let currentLocation = '';

/** Exposes the router's current address to assertions. */
function LocationProbe() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    currentLocation = `${pathname}${search}`;
  }, [pathname, search]);
  return null;
}

export function testLocation(): string {
  return currentLocation;
}

interface RenderAppOptions {
  route?: string;
  /** Responses for a MockedProvider, whose cache has the app's type policies (ignored when `client` is given). */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** A fully built client (e.g. the app's own, with a MockLink transport). */
  client?: ApolloClient;
}

/** The whole app (all routes and providers) at `route`, with mocked GraphQL answers. */
export function renderApp({ route = '/', mocks = [], client }: RenderAppOptions = {}) {
  const url = new URL(route, 'http://localhost');
  const locale = resolveLocale({
    query: url.searchParams.get('lang'),
    stored: readStoredLocale(),
    browser: navigator.languages,
  });
  const i18n = createI18n(locale);
  const tree = (
    <AppProviders i18n={i18n} locale={locale} env="test">
      <MemoryRouter initialEntries={[route]} useTransitions={false}>
        <LocationProbe />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>
  );
  const wrapped: ReactNode = client ? (
    <ApolloProvider client={client}>{tree}</ApolloProvider>
  ) : (
    <MockedProvider mocks={mocks} cache={createCache()}>
      {tree}
    </MockedProvider>
  );
  return { ...render(wrapped), i18n };
}
