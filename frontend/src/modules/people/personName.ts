import { Locale } from '@rafiq/shared';

export interface PersonNames {
  firstName: string;
  lastName: string;
  firstNameAr?: string | null;
  lastNameAr?: string | null;
}

export interface DisplayName {
  /** The name in the reader's script when the person has one, else in Latin script. */
  primary: string;
  primaryLang: 'ar' | 'latin';
  /** The other script, when known. */
  secondary: string | null;
  secondaryLang: 'ar' | 'latin';
}

const join = (...parts: Array<string | null | undefined>) =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');

/** Latin-script name, and the Arabic-script one if any part of it is known. */
export function latinName(p: PersonNames): string {
  return join(p.firstName, p.lastName);
}

export function arabicName(p: PersonNames): string | null {
  if (!p.firstNameAr?.trim() && !p.lastNameAr?.trim()) return null;
  return join(p.firstNameAr || p.firstName, p.lastNameAr || p.lastName);
}

/** A person's name as the interface shows it: Arabic first when the interface is in Arabic. */
export function displayName(p: PersonNames, locale: Locale): DisplayName {
  const latin = latinName(p);
  const arabic = arabicName(p);
  if (locale === Locale.AR && arabic) return { primary: arabic, primaryLang: 'ar', secondary: latin, secondaryLang: 'latin' };
  return { primary: latin, primaryLang: 'latin', secondary: arabic, secondaryLang: 'ar' };
}

/** `lang`/`dir` attributes for a name written in `script`. */
export function scriptProps(script: 'ar' | 'latin'): { lang?: string; dir: 'rtl' | 'auto' } {
  return script === 'ar' ? { lang: 'ar', dir: 'rtl' } : { dir: 'auto' };
}
