import { Role } from '@rafiq/shared';
import {
  IconBuildingCommunity,
  IconChartBar,
  IconCalendarEvent,
  IconCalendarWeek,
  IconClipboardCheck,
  IconFileImport,
  IconCopy,
  IconHistory,
  IconHome,
  IconLayoutKanban,
  IconMessageReport,
  IconSchool,
  IconSettings,
  IconUserCircle,
  IconUsers,
  IconUserStar,
  type Icon,
} from '@tabler/icons-react';

export interface NavEntry {
  /** Route path. */
  to: string;
  /** i18n key of the link text. */
  labelKey:
    | 'nav.home'
    | 'nav.profile'
    | 'nav.people'
    | 'nav.programs'
    | 'sessions:nav.agenda'
    | 'sessions:nav.calendar'
    | 'ventures:nav.board'
    | 'cooperatives:nav.list'
    | 'followUps:nav'
    | 'audit:nav'
    | 'coaches:nav.list'
    | 'settings:nav.settings'
    | 'imports:nav.imports'
    | 'imports:nav.dataQuality'
    | 'impact:nav.dashboard'
    | 'complaints:nav';
  icon: Icon;
  /** Active only on this exact path (not on its children). */
  end?: boolean;
}

const HOME: NavEntry = { to: '/', labelKey: 'nav.home', icon: IconHome, end: true };
const PEOPLE: NavEntry = { to: '/people', labelKey: 'nav.people', icon: IconUsers };
const PROGRAMS: NavEntry = { to: '/programs', labelKey: 'nav.programs', icon: IconSchool };
const BOARD: NavEntry = { to: '/ventures', labelKey: 'ventures:nav.board', icon: IconLayoutKanban };
const COOPERATIVES: NavEntry = { to: '/cooperatives', labelKey: 'cooperatives:nav.list', icon: IconBuildingCommunity };
const SESSIONS: NavEntry = { to: '/agenda', labelKey: 'sessions:nav.agenda', icon: IconCalendarEvent };
const CALENDAR: NavEntry = { to: '/calendar', labelKey: 'sessions:nav.calendar', icon: IconCalendarWeek };
const FOLLOW_UPS: NavEntry = { to: '/follow-ups', labelKey: 'followUps:nav', icon: IconClipboardCheck };
const AUDIT: NavEntry = { to: '/audit', labelKey: 'audit:nav', icon: IconHistory };
const COACHES: NavEntry = { to: '/coaches', labelKey: 'coaches:nav.list', icon: IconUserStar };
const SETTINGS: NavEntry = { to: '/settings', labelKey: 'settings:nav.settings', icon: IconSettings };
const IMPORTS: NavEntry = { to: '/imports', labelKey: 'imports:nav.imports', icon: IconFileImport };
const DATA_QUALITY: NavEntry = { to: '/data-quality', labelKey: 'imports:nav.dataQuality', icon: IconCopy };
const IMPACT: NavEntry = { to: '/impact', labelKey: 'impact:nav.dashboard', icon: IconChartBar };
const COMPLAINTS: NavEntry = { to: '/complaints', labelKey: 'complaints:nav', icon: IconMessageReport };
const PROFILE: NavEntry = { to: '/profile', labelKey: 'nav.profile', icon: IconUserCircle };

/**
 * The navigation of each role, in display order: the one place where features add their entries
 * (and the type makes sure every role is listed).
 */
export const NAV_BY_ROLE: Readonly<Record<Role, readonly NavEntry[]>> = {
  [Role.ADMIN]: [
    HOME,
    PEOPLE,
    PROGRAMS,
    BOARD,
    COOPERATIVES,
    SESSIONS,
    CALENDAR,
    IMPACT,
    FOLLOW_UPS,
    COACHES,
    IMPORTS,
    DATA_QUALITY,
    SETTINGS,
    AUDIT,
    COMPLAINTS,
    PROFILE,
  ],
  [Role.PROGRAM_LEAD]: [
    HOME,
    PEOPLE,
    PROGRAMS,
    BOARD,
    COOPERATIVES,
    SESSIONS,
    CALENDAR,
    IMPACT,
    FOLLOW_UPS,
    COACHES,
    IMPORTS,
    DATA_QUALITY,
    SETTINGS,
    AUDIT,
    COMPLAINTS,
    PROFILE,
  ],
  // A coach sees the people assigned to her, and reads the programmes.
  [Role.COACH]: [HOME, PEOPLE, PROGRAMS, BOARD, COOPERATIVES, SESSIONS, CALENDAR, IMPACT, FOLLOW_UPS, COMPLAINTS, PROFILE],
  // Her journey comes later; no people or programme screens.
  [Role.ENTREPRENEUR]: [HOME, PROFILE],
};

export function navEntriesFor(role: Role): readonly NavEntry[] {
  return NAV_BY_ROLE[role];
}
