import { Role } from '@rafiq/shared';

/** Staff see the follow-ups after graduation they are concerned with (permissions are on the server). */
export function seesFollowUps(role: Role): boolean {
  return role === Role.COACH || role === Role.PROGRAM_LEAD || role === Role.ADMIN;
}
