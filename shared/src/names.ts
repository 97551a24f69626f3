/**
 * Normalises a name for searching and matching: case, Latin accents, Arabic diacritics and
 * tatweel, and Arabic letter variants (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي) no longer matter;
 * punctuation becomes space. The same function runs in the backend (stored search text) and the
 * frontend (highlighting), so both agree.
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // Latin accents and Arabic harakat
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search, normalised; Arabic "ال" stays attached so "العمراني" matches itself. */
export function searchTokens(query: string): string[] {
  return normalizeName(query)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8);
}
