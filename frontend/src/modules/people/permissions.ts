import { Role } from '@rafiq/shared';

/** Admins and programme leads create, edit and archive people and enrol them (permissions.md). */
export function managesPeople(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}

/** Staff see people (coaches: the people assigned to them); entrepreneurs have no people screens. */
export function seesPeople(role: Role): boolean {
  return role !== Role.ENTREPRENEUR;
}

/** The fields a coach may change: how to reach the person, and her consent when he records it with her. */
export const CONTACT_FIELDS = ['phone', 'preferredLocale', 'commune', 'locality', 'consentGiven', 'consentOn', 'consentChannel', 'consentGivenBy'] as const;
