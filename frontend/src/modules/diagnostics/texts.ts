import type { Locale } from '@rafiq/shared';

export interface Texts {
  fr: string;
  ar: string;
  en: string;
}

/** A grid text in the reader's language, else French, Arabic, English (whichever is written). */
export function pick(texts: Texts | null | undefined, locale: Locale): string {
  if (!texts) return '';
  return texts[locale] || texts.fr || texts.ar || texts.en;
}

/** A score out of 100, without decimals when round. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '–';
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** A gain with its sign (+12.5, −3, 0). */
export function formatGain(gain: number | null | undefined): string {
  if (gain === null || gain === undefined) return '–';
  const abs = formatScore(Math.abs(gain));
  return gain > 0 ? `+${abs}` : gain < 0 ? `−${abs}` : '0';
}
