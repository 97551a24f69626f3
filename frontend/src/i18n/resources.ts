import { Locale } from '@rafiq/shared';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import { namespaces } from './namespaces';

export type Messages = typeof en;

type Namespaces = typeof namespaces;
export type NamespaceMessages = { [K in keyof Namespaces]: Namespaces[K] extends { en: infer E } ? E : never };

function catalogue(locale: 'ar' | 'fr' | 'en') {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, c]) => [ns, (c as Record<string, unknown>)[locale]])) as Partial<NamespaceMessages>;
}

/** Every interface text, one catalogue per language (core texts, plus one namespace per feature). */
export const resources: Record<Locale, { translation: Messages } & Partial<NamespaceMessages>> = {
  [Locale.AR]: { translation: ar, ...catalogue('ar') },
  [Locale.FR]: { translation: fr, ...catalogue('fr') },
  [Locale.EN]: { translation: en, ...catalogue('en') },
};
