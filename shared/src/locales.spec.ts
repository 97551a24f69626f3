import { directionOf, Locale, pickLocale } from './locales';
import { parseRole, Role } from './roles';

describe('pickLocale', () => {
  it('takes the first supported browser language and falls back to French', () => {
    expect(pickLocale(['ar-MA', 'fr'])).toBe(Locale.AR);
    expect(pickLocale(['de-DE', 'en-GB'])).toBe(Locale.EN);
    expect(pickLocale(['de', 'es'])).toBe(Locale.FR);
    expect(pickLocale(undefined)).toBe(Locale.FR);
  });
  it('writes Arabic right to left', () => {
    expect(directionOf(Locale.AR)).toBe('rtl');
    expect(directionOf(Locale.FR)).toBe('ltr');
  });
});

describe('parseRole', () => {
  it('accepts usual spellings and refuses others', () => {
    expect(parseRole('admin')).toBe(Role.ADMIN);
    expect(parseRole('programme-lead')).toBe(Role.PROGRAM_LEAD);
    expect(parseRole('Program_Lead')).toBe(Role.PROGRAM_LEAD);
    expect(parseRole('superuser')).toBeUndefined();
  });
});
