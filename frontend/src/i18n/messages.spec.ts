import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import { namespaces } from './namespaces';

type Catalogue = { [key: string]: string | Catalogue };

/** "a.b.c" → value, for every leaf of a catalogue. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value, path).forEach((leaf, leafPath) => out.set(leafPath, leaf));
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const catalogues = { ar: flatten(ar), fr: flatten(fr), en: flatten(en) };

describe('translation catalogues', () => {
  it('have exactly the same keys in Arabic, French and English', () => {
    const reference = [...catalogues.en.keys()].sort();
    expect(reference.length).toBeGreaterThan(20);
    expect([...catalogues.fr.keys()].sort()).toEqual(reference);
    expect([...catalogues.ar.keys()].sort()).toEqual(reference);
  });

  it.each(Object.entries(catalogues))('%s has only non-empty strings', (_, messages) => {
    const bad = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('uses the same {{placeholders}} in every language', () => {
    const mismatched = [...catalogues.en.keys()].filter((key) => {
      const expected = placeholders(catalogues.en.get(key));
      return (
        JSON.stringify(placeholders(catalogues.fr.get(key))) !== JSON.stringify(expected) ||
        JSON.stringify(placeholders(catalogues.ar.get(key))) !== JSON.stringify(expected)
      );
    });
    expect(mismatched).toEqual([]);
  });

  it('names each role home as agreed', () => {
    expect(catalogues.ar.get('home.title.ADMIN')).toBe('إدارة المنظمة');
    expect(catalogues.ar.get('home.title.PROGRAM_LEAD')).toBe('لوحة البرنامج');
    expect(catalogues.ar.get('home.title.COACH')).toBe('جدول أعمالي');
    expect(catalogues.ar.get('home.title.ENTREPRENEUR')).toBe('مساري');
    expect(catalogues.en.get('home.title.ADMIN')).toBe('Organisation administration');
    expect(catalogues.en.get('home.title.PROGRAM_LEAD')).toBe('Programme dashboard');
    expect(catalogues.en.get('home.title.COACH')).toBe('My agenda');
    expect(catalogues.en.get('home.title.ENTREPRENEUR')).toBe('My journey');
  });
});

describe('feature catalogues', () => {
  for (const [name, c] of Object.entries(namespaces)) it(`${name} has the same keys in Arabic, French and English, none empty`, () => {
    const { ar: a, fr: f, en: e } = c as Record<'ar' | 'fr' | 'en', Catalogue>;
    const [ca, cf, ce] = [flatten(a), flatten(f), flatten(e)];
    const reference = [...ce.keys()].sort();
    expect([...cf.keys()].sort()).toEqual(reference);
    expect([...ca.keys()].sort()).toEqual(reference);
    for (const cat of [ca, cf, ce]) for (const v of cat.values()) expect(String(v).trim()).not.toBe('');
  });
  it('are registered under distinct names', () => {
    expect(new Set(Object.keys(namespaces)).size).toBe(Object.keys(namespaces).length);
  });
});
