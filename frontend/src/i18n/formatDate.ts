import { Locale } from '@rafiq/shared';
import { currentTimeZone } from './timeZone';

/** Moroccan conventions (Latin digits, also in Arabic). */
const INTL_LOCALE: Record<Locale, string> = { [Locale.AR]: 'ar-MA', [Locale.FR]: 'fr-MA', [Locale.EN]: 'en-GB' };

/**
 * A calendar date (`YYYY-MM-DD`) or an instant, written the local way. Anything else (a year alone,
 * as lists give birth dates) is shown as it came.
 */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone: dateOnly ? 'UTC' : currentTimeZone() }).format(date);
}

/** An instant with its time, on the organisation's clock, written the local way. */
export function formatDateTime(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: currentTimeZone() }).format(
    date,
  );
}
