import type { Locale } from '@rafiq/shared';
import { normalizeLocale } from './resolveLocale';

const STORAGE_KEY = 'rafiq.locale';

/** The language last chosen on this device; storage may be unavailable (private mode). */
export function readStoredLocale(): Locale | null {
  try {
    return normalizeLocale(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this device; the choice still applies to the current visit.
  }
}
