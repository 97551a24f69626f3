import { Role } from '@rafiq/shared';

/** The settings screens (value chains, partners): admins manage them; programme leads read value chains and manage partners. */
export function seesSettings(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}

/** permissions.md: value chains are managed by admins only. */
export function managesValueChains(role: Role): boolean {
  return role === Role.ADMIN;
}

/** Partners are managed by admins and programme leads. */
export function managesPartners(role: Role): boolean {
  return role === Role.ADMIN || role === Role.PROGRAM_LEAD;
}

/** permissions.md: organisation settings (its time zone) are managed by admins only. */
export function managesOrganization(role: Role): boolean {
  return role === Role.ADMIN;
}
