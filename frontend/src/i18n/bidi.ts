/**
 * Isolates a left-to-right run (a phone number, an ID, a code) inside translated text, so that an
 * Arabic sentence does not reorder its digit groups ("06 12 34" would otherwise read "34 12 06").
 */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}
