/** Languages of the user interface. Arabic is written right to left. */
export enum Locale {
  AR = 'ar',
  FR = 'fr',
  EN = 'en',
}

export const LOCALES: readonly Locale[] = [Locale.AR, Locale.FR, Locale.EN];
export const DEFAULT_LOCALE = Locale.FR;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === Locale.AR ? 'rtl' : 'ltr';
}

/**
 * Picks the first supported language from an ordered list of browser language tags
 * ("ar-MA", "fr-FR", "en"), falling back to French as the contract says.
 */
export function pickLocale(tags: readonly string[] | undefined | null): Locale {
  for (const tag of tags ?? []) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
