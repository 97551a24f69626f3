import { Role } from '@rafiq/shared';

/** Admins and programme leads create programmes (permissions.md). */
export function createsPrograms(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}

/** Admins manage every programme (cohorts, enrolments); a lead, the programmes she leads. */
export function managesProgram(role: Role, userId: string, leads: ReadonlyArray<{ id: string }>): boolean {
  if (role === Role.ADMIN) return true;
  return role === Role.PROGRAM_LEAD && leads.some((lead) => lead.id === userId);
}

/** Staff read programmes; entrepreneurs have no programme screens (their journey comes later). */
export function readsPrograms(role: Role): boolean {
  return role !== Role.ENTREPRENEUR;
}
