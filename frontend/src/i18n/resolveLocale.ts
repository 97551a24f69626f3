import { isLocale, pickLocale, type Locale } from '@rafiq/shared';

export interface LocaleSources {
  /** The `?lang=` parameter of the current address, if any. */
  query?: string | null;
  /** The signed-in user's own language (from `me`), if signed in. */
  user?: Locale | null;
  /** The last language chosen on this device (localStorage), if any. */
  stored?: string | null;
  /** The browser's preferred languages (`navigator.languages`). */
  browser?: readonly string[] | null;
}

/** Accepts "ar", "AR", " fr " … and returns a supported locale or null. */
export function normalizeLocale(value: string | null | undefined): Locale | null {
  const candidate = value?.trim().toLowerCase();
  return isLocale(candidate) ? candidate : null;
}

/**
 * Which language the interface speaks: an explicit `?lang=` wins, then the signed-in user's
 * own choice, then the choice remembered on this device, then the browser, then French.
 */
export function resolveLocale({ query, user, stored, browser }: LocaleSources): Locale {
  return normalizeLocale(query) ?? user ?? normalizeLocale(stored) ?? pickLocale(browser);
}
