import { createContext, useContext, type ReactNode } from 'react';
import type { CurrentUserFieldsFragment } from '../../gql/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only for screens rendered behind `RequireAuth`. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used behind RequireAuth');
  return user;
}
