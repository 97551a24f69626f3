/**
 * Indicators a programme can set targets for (domain.md). Each is computed from the records,
 * never typed in; a target is a count, or a share between 0 and 1 for the *_SHARE ones.
 */
export enum Indicator {
  BENEFICIARIES = 'BENEFICIARIES',
  WOMEN = 'WOMEN',
  WOMEN_SHARE = 'WOMEN_SHARE',
  NEET = 'NEET',
  NEET_SHARE = 'NEET_SHARE',
  RURAL_SHARE = 'RURAL_SHARE',
  YOUTH_SHARE = 'YOUTH_SHARE',
  REGIONS_COVERED = 'REGIONS_COVERED',
  COOPERATIVES = 'COOPERATIVES',
  COOPERATIVE_MEMBERS = 'COOPERATIVE_MEMBERS',
  SESSIONS_DELIVERED = 'SESSIONS_DELIVERED',
  PEOPLE_TRAINED = 'PEOPLE_TRAINED',
  VENTURES_OPERATING_SHARE = 'VENTURES_OPERATING_SHARE',
  JOBS_CREATED = 'JOBS_CREATED',
  DROPOUT_RATE = 'DROPOUT_RATE',
}

export const INDICATORS: readonly Indicator[] = Object.values(Indicator);

export function isShareIndicator(indicator: Indicator): boolean {
  return indicator.endsWith('_SHARE') || indicator === Indicator.DROPOUT_RATE;
}
