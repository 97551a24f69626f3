import { Role } from '@rafiq/shared';
import { IconHome, IconUserCircle, type Icon } from '@tabler/icons-react';

export interface NavEntry {
  /** Route path. */
  to: string;
  /** i18n key of the link text. */
  labelKey: 'nav.home' | 'nav.profile';
  icon: Icon;
  /** Active only on this exact path (not on its children). */
  end?: boolean;
}

const HOME: NavEntry = { to: '/', labelKey: 'nav.home', icon: IconHome, end: true };
const PROFILE: NavEntry = { to: '/profile', labelKey: 'nav.profile', icon: IconUserCircle };

/**
 * The navigation of each role, in display order: the one place where features add their entries
 * (and the type makes sure every role is listed).
 */
export const NAV_BY_ROLE: Readonly<Record<Role, readonly NavEntry[]>> = {
  [Role.ADMIN]: [HOME, PROFILE],
  [Role.PROGRAM_LEAD]: [HOME, PROFILE],
  [Role.COACH]: [HOME, PROFILE],
  [Role.ENTREPRENEUR]: [HOME, PROFILE],
};

export function navEntriesFor(role: Role): readonly NavEntry[] {
  return NAV_BY_ROLE[role];
}
