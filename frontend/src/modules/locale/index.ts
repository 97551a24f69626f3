export { fromApiLocale, toApiLocale } from './apiLocale';
export { LocaleProvider, SetMyLocaleDocument, type LocaleContextValue } from './LocaleProvider';
export { LocaleSwitcher } from './LocaleSwitcher';
export { useLocale } from './useLocale';
