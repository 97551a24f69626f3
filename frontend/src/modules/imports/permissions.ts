import { Role } from '@rafiq/shared';

/** Admins import anywhere in their organisation, programme leads into programmes they lead. */
export function importsPeople(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}
