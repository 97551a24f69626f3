import { Locale } from '@rafiq/shared';
import type { VentureCard_VentureFragment } from '../../gql/graphql';
import { displayName } from '../people/personName';

/** The venture's owner (a person or a cooperative) in the reader's script; null when she may not see it. */
export function ownerName(venture: Pick<VentureCard_VentureFragment, 'ownerPerson' | 'ownerCooperative'>, locale: Locale): string | null {
  if (venture.ownerPerson) return displayName(venture.ownerPerson, locale).primary;
  if (venture.ownerCooperative)
    return locale === Locale.AR && venture.ownerCooperative.nameAr ? venture.ownerCooperative.nameAr : venture.ownerCooperative.name;
  return null;
}
