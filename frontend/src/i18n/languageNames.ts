import { Locale } from '@rafiq/shared';

/**
 * Each language is named in its own script, whatever the current interface language,
 * so that someone who does not read the current one can still find theirs.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  [Locale.AR]: 'العربية',
  [Locale.FR]: 'Français',
  [Locale.EN]: 'English',
};
