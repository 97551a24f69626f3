import { Locale } from '@rafiq/shared';
import type { Stage } from '../../gql/graphql';
import { currentTimeZone } from '../../i18n/timeZone';

/** The path from idea to growth, in order. */
export const STAGES: readonly Stage[] = ['IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING'];

/** Moroccan conventions (Latin digits, also in Arabic). */
const INTL_LOCALE: Record<Locale, string> = { [Locale.AR]: 'ar-MA', [Locale.FR]: 'fr-MA', [Locale.EN]: 'en-GB' };

/** The first day (YYYY-MM-01) of the current month on the organisation's clock. */
export function currentMonthStart(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: currentTimeZone(), year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  return `${year}-${month}-01`;
}

/** "mars 2026" / "مارس 2026" for a YYYY-MM-01 period. */
export function formatMonth(periodStart: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${periodStart}T00:00:00Z`));
}

/** A session's day, in Morocco's time ("lundi 23 novembre"). */
export function formatSessionDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: currentTimeZone() }).format(new Date(instant));
}

/** A time of day, in Morocco's time ("09:00"). */
export function formatTime(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: currentTimeZone() }).format(new Date(instant));
}

/** An amount in dirhams, without needless decimals ("1 500 MAD"). */
export function formatAmount(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(amount);
}

/** A growth ratio as a whole percentage, without sign ("12 %"). */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(Math.abs(ratio));
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/**
 * What she typed, as an amount: spaces and thousands separators are ignored, a comma or a dot
 * before 1–2 final digits is the decimal mark, Arabic-Indic digits are accepted. Null when it is not
 * a non-negative amount with at most 2 decimals.
 */
export function parseAmount(text: string): number | null {
  let s = text.trim().replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d))).replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d)));
  s = s.replace(/[\s\u00a0\u202f']/g, '').replace(/٫/g, '.').replace(/٬/g, ',');
  if (!/^[\d.,]+$/.test(s)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const whole = (decimal ? s.slice(0, decimal.index) : s).replace(/[.,]/g, '');
  if (whole === '' || !/^\d+$/.test(whole)) return null;
  const value = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  return Number.isFinite(value) ? value : null;
}

/** A day, written out in Morocco's time ("16 juin 2025"). */
export function formatDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: currentTimeZone() }).format(new Date(instant));
}

/** A calendar date (YYYY-MM-DD), written out ("16 juin 2025"). */
export function formatCalendarDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
