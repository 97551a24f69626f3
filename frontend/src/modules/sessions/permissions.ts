import { Role } from '@rafiq/shared';

/** Coaches, programme leads and admins plan and log sessions; entrepreneurs see theirs on their journey. */
export function managesSessions(role: Role): boolean {
  return role === Role.COACH || role === Role.PROGRAM_LEAD || role === Role.ADMIN;
}

/** Programme leads (of the cohort's programme, checked by the server) and admins assign coaches to a cohort. */
export function assignsCohorts(role: Role): boolean {
  return role === Role.PROGRAM_LEAD || role === Role.ADMIN;
}
