import { Locale } from '@rafiq/shared';
import { normalizeLocale, resolveLocale } from './resolveLocale';

describe('resolveLocale', () => {
  it('defaults to French when nothing is known', () => {
    expect(resolveLocale({})).toBe(Locale.FR);
    expect(resolveLocale({ browser: ['de-DE', 'es'] })).toBe(Locale.FR);
  });

  it('follows the browser before sign-in', () => {
    expect(resolveLocale({ browser: ['ar-MA', 'fr'] })).toBe(Locale.AR);
    expect(resolveLocale({ browser: ['en-GB'] })).toBe(Locale.EN);
    expect(resolveLocale({ browser: ['de', 'en-US'] })).toBe(Locale.EN);
  });

  it('prefers the language remembered on this device over the browser', () => {
    expect(resolveLocale({ stored: 'en', browser: ['ar'] })).toBe(Locale.EN);
  });

  it("prefers the signed-in user's language over the device and the browser", () => {
    expect(resolveLocale({ user: Locale.AR, stored: 'en', browser: ['fr-FR'] })).toBe(Locale.AR);
  });

  it('lets ?lang= beat the user, the device and the browser', () => {
    expect(resolveLocale({ query: 'en', user: Locale.AR, stored: 'fr', browser: ['ar'] })).toBe(Locale.EN);
    expect(resolveLocale({ query: 'AR', user: Locale.FR })).toBe(Locale.AR);
  });

  it('ignores unsupported or malformed values', () => {
    expect(resolveLocale({ query: 'de', user: Locale.EN })).toBe(Locale.EN);
    expect(resolveLocale({ query: '', stored: 'xx', browser: ['ar'] })).toBe(Locale.AR);
    expect(normalizeLocale(' Fr ')).toBe(Locale.FR);
    expect(normalizeLocale(null)).toBeNull();
  });
});
