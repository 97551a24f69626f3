import { normalizeName, searchTokens } from './names';

describe('normalizeName', () => {
  it('ignores case and Latin accents', () => {
    expect(normalizeName('Fatima-Zahra EL AMRANI')).toBe('fatima zahra el amrani');
    expect(normalizeName('Hasnaâ Aït Baha')).toBe('hasnaa ait baha');
  });
  it('folds Arabic letter variants, diacritics and tatweel', () => {
    expect(normalizeName('فَاطِمَة')).toBe(normalizeName('فاطمه'));
    expect(normalizeName('أمينة')).toBe(normalizeName('امينه'));
    expect(normalizeName('مـــريم')).toBe('مريم');
    expect(normalizeName('سلمى')).toBe(normalizeName('سلمي'));
  });
  it('splits a search into at most eight words', () => {
    expect(searchTokens('  fatima   amrani ')).toEqual(['fatima', 'amrani']);
    expect(searchTokens('a b c d e f g h i j')).toHaveLength(8);
  });
});
