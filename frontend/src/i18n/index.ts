export { createI18n } from './createI18n';
export { LANGUAGE_NAMES } from './languageNames';
export { readStoredLocale, storeLocale } from './localeStorage';
export { normalizeLocale, resolveLocale, type LocaleSources } from './resolveLocale';
export { formatDate } from './formatDate';
export { ltr } from './bidi';
