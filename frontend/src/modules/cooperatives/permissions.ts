import { Role } from '@rafiq/shared';

/** Staff see cooperatives (those with a member they may see); entrepreneurs have no cooperative screens. */
export function seesCooperatives(role: Role): boolean {
  return role !== Role.ENTREPRENEUR;
}

/** Admins and programme leads create cooperatives and manage their members. */
export function managesCooperatives(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}
