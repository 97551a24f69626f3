import type { Role } from '@rafiq/shared';

/** The i18n key of the home heading of each role (also used as the page title). */
export function homeTitleKey(role: Role) {
  return `home.title.${role}` as const;
}
