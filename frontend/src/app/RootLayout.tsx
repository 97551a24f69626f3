import { Outlet } from 'react-router';
import { SessionExpiryWatcher } from '../modules/auth';
import { LocaleProvider } from '../modules/locale';

/** Wraps every route: language handling and the session-expiry redirect (both need the router). */
export function RootLayout() {
  return (
    <LocaleProvider>
      <SessionExpiryWatcher />
      <Outlet />
    </LocaleProvider>
  );
}
