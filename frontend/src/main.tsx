import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/app.css';
import { directionOf } from '@rafiq/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apolloClient';
import { createI18n, readStoredLocale, resolveLocale } from './i18n';

// First guess before `me` is known: ?lang=, then this device's last choice, then the browser.
const locale = resolveLocale({
  query: new URLSearchParams(window.location.search).get('lang'),
  stored: readStoredLocale(),
  browser: navigator.languages,
});
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);

const i18n = createI18n(locale);
const client = createApolloClient();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App client={client} i18n={i18n} locale={locale} />
    </StrictMode>,
  );
}

// Field mode: the built app shell is cached by a service worker so that the app opens with no network.
if (typeof __RAFIQ_SERVICE_WORKER__ !== 'undefined' && __RAFIQ_SERVICE_WORKER__ && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
