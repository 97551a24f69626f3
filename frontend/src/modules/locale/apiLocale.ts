import { Locale } from '@rafiq/shared';
import type { Locale as ApiLocale } from '../../gql/graphql';

const FROM_API: Record<ApiLocale, Locale> = { AR: Locale.AR, FR: Locale.FR, EN: Locale.EN };
const TO_API: Record<Locale, ApiLocale> = { [Locale.AR]: 'AR', [Locale.FR]: 'FR', [Locale.EN]: 'EN' };

/** GraphQL spells languages AR/FR/EN; the interface uses ar/fr/en. */
export function fromApiLocale(locale: ApiLocale): Locale {
  return FROM_API[locale];
}

export function toApiLocale(locale: Locale): ApiLocale {
  return TO_API[locale];
}
