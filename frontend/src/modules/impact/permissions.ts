import { Role } from '@rafiq/shared';

/** Impact dashboards: admins (organisation), programme leads (their programmes), coaches (their portfolio). */
export function seesImpact(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD || role === Role.COACH;
}
