/** The four roles of the contract. A user has exactly one, within one organisation. */
export enum Role {
  ADMIN = 'ADMIN',
  PROGRAM_LEAD = 'PROGRAM_LEAD',
  COACH = 'COACH',
  ENTREPRENEUR = 'ENTREPRENEUR',
}

export const ROLES: readonly Role[] = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** CLI and config spellings ("admin", "program-lead", "programme_lead", …) to a Role. */
export function parseRole(value: string): Role | undefined {
  const key = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_')
    .replace('PROGRAMME', 'PROGRAM');
  return isRole(key) ? key : undefined;
}
