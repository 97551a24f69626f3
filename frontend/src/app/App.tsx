import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { Locale } from '@rafiq/shared';
import type { i18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

export function App({ client, i18n, locale }: { client: ApolloClient; i18n: i18n; locale: Locale }) {
  return (
    <ApolloProvider client={client}>
      <AppProviders i18n={i18n} locale={locale}>
        <AppErrorBoundary>
          {/* Navigations apply at once, not as transitions: an interrupted transition re-renders
              the old address, and Apollo's useQuery then flips between the old and new variables
              (a query per flip) when a screen's variables come from the address. */}
          <BrowserRouter useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </AppErrorBoundary>
      </AppProviders>
    </ApolloProvider>
  );
}
