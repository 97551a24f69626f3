import { Role } from '@rafiq/shared';

/** Admins read the whole audit trail; programme leads what concerns their programmes (permissions.md). */
export function readsAudit(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}
