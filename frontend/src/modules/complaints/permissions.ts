import { Role } from '@rafiq/shared';

/** Staff see the complaints they are concerned with (permissions are on the server). */
export function seesComplaints(role: Role): boolean {
  return role === Role.COACH || role === Role.PROGRAM_LEAD || role === Role.ADMIN;
}
