import type { Area, EducationLevel, EnrolmentStatus, Gender } from '../../gql/graphql';

export const GENDERS: readonly Gender[] = ['F', 'M'];
export const AREAS: readonly Area[] = ['RURAL', 'URBAN'];
export const EDUCATION_LEVELS: readonly EducationLevel[] = ['NONE', 'PRIMARY', 'MIDDLE_SCHOOL', 'HIGH_SCHOOL', 'VOCATIONAL', 'HIGHER'];
export const PREFERRED_LOCALES = ['ar', 'fr', 'en'] as const;
export type PreferredLocale = (typeof PREFERRED_LOCALES)[number];

/** In the order of the journey: applied → selected → active → graduated | dropped out. */
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['APPLIED', 'SELECTED', 'ACTIVE', 'GRADUATED', 'DROPPED_OUT'];

export const STATUS_COLORS: Record<EnrolmentStatus, string> = {
  APPLIED: 'gray',
  SELECTED: 'blue',
  ACTIVE: 'teal',
  GRADUATED: 'green',
  DROPPED_OUT: 'red',
};

export function isPreferredLocale(value: unknown): value is PreferredLocale {
  return typeof value === 'string' && (PREFERRED_LOCALES as readonly string[]).includes(value);
}
