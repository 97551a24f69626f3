import { createContext, useContext, type ReactNode } from 'react';
import type { CurrentUserFieldsFragment } from '../../gql/graphql';
import { setTimeZone } from '../../i18n/timeZone';

export type CurrentUser = CurrentUserFieldsFragment;

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  // Times are read on the organisation's clock; a new zone (rare: an admin's setting) redraws every screen.
  const timeZone = user.organization.timeZone;
  setTimeZone(timeZone);
  return (
    <CurrentUserContext.Provider key={timeZone} value={user}>
      {children}
    </CurrentUserContext.Provider>
  );
}

/** The signed-in user; only for screens rendered behind `RequireAuth`. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used behind RequireAuth');
  return user;
}
