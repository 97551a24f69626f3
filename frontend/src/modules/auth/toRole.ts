import { Role } from '@rafiq/shared';
import type { Role as ApiRole } from '../../gql/graphql';

const ROLE_OF: Record<ApiRole, Role> = {
  ADMIN: Role.ADMIN,
  PROGRAM_LEAD: Role.PROGRAM_LEAD,
  COACH: Role.COACH,
  ENTREPRENEUR: Role.ENTREPRENEUR,
};

/** The API's role value as the shared `Role` enum. */
export function toRole(role: ApiRole): Role {
  return ROLE_OF[role];
}
