import { Role } from '@rafiq/shared';

/** Staff run diagnostics (for the cooperatives and ventures they may see). */
export function runsDiagnostics(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD || role === Role.COACH;
}

/** Admins and programme leads design the grids. */
export function designsGrids(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}
