import { Locale } from '@rafiq/shared';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export type Messages = typeof en;

/** Every interface text, one catalogue per language. The three files share the same keys. */
export const resources: Record<Locale, { translation: Messages }> = {
  [Locale.AR]: { translation: ar },
  [Locale.FR]: { translation: fr },
  [Locale.EN]: { translation: en },
};
