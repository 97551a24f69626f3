import { Role } from '@rafiq/shared';

/** The coaches screen (profiles and current load): admins and programme leads. */
export function seesCoaches(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}

/** The API lets an admin edit any coach's profile, and a coach her own (saveCoachProfile). */
export function editsCoachProfile(role: Role, userId: string, coachId: string): boolean {
  return role === Role.ADMIN || (role === Role.COACH && userId === coachId);
}
