import { Role } from '@rafiq/shared';

/** The ventures board: admins, programme leads and coaches (coaches: their own portfolio). */
export function seesBoard(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD || role === Role.COACH;
}
