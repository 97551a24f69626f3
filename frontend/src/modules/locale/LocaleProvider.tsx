import { useMutation } from '@apollo/client/react';
import { useDirection } from '@mantine/core';
import { directionOf, type Locale } from '@rafiq/shared';
import { createContext, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { normalizeLocale, readStoredLocale, resolveLocale, storeLocale } from '../../i18n';
import { useMe } from '../auth/useMe';
import { fromApiLocale, toApiLocale } from './apiLocale';

export const SetMyLocaleDocument = graphql(`
  mutation SetMyLocale($locale: Locale!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export interface LocaleContextValue {
  locale: Locale;
  /**
   * Switches the interface language and remembers it on this device and, when someone is signed
   * in, in their account. Resolves to false if the account could not be updated.
   */
  changeLocale: (next: Locale) => Promise<boolean>;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

/**
 * Owns the interface language: `?lang=` on any address forces one (and is remembered on the
 * device), a signed-in user's own language wins over the browser's, French otherwise. Keeps
 * i18next, `<html lang dir>` and Mantine's direction in step. Must sit inside the router.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data } = useMe();
  const user = data?.me ?? null;
  const userLocale = user?.locale ? fromApiLocale(user.locale) : null;
  const queryLocale = normalizeLocale(searchParams.get('lang'));

  const [locale, setLocale] = useState<Locale>(() =>
    resolveLocale({ query: queryLocale, user: userLocale, stored: readStoredLocale(), browser: browserLanguages() }),
  );

  // Follow the sources when they change: a new `?lang=` applies at once; a newly known user (or a
  // new language saved in their account) applies unless the address asks for a language.
  const userKey = user ? `${user.id}:${user.locale}` : null;
  const [seen, setSeen] = useState({ queryLocale, userKey });
  if (seen.queryLocale !== queryLocale || seen.userKey !== userKey) {
    setSeen({ queryLocale, userKey });
    if (queryLocale && queryLocale !== seen.queryLocale) setLocale(queryLocale);
    else if (userLocale && userKey !== seen.userKey && !queryLocale) setLocale(userLocale);
  }

  useEffect(() => {
    if (queryLocale) storeLocale(queryLocale);
  }, [queryLocale]);

  useLayoutEffect(() => {
    if (i18n.language !== String(locale)) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    setDirection(directionOf(locale));
  }, [i18n, locale, setDirection]);

  const [saveLocale] = useMutation(SetMyLocaleDocument);
  const hasLangParam = searchParams.has('lang');
  const signedIn = user !== null;
  const signedInLocale = user?.locale ?? null;

  const changeLocale = useCallback(
    async (next: Locale) => {
      setLocale(next);
      storeLocale(next);
      if (hasLangParam) {
        setSearchParams(
          (previous) => {
            const params = new URLSearchParams(previous);
            params.delete('lang');
            return params;
          },
          { replace: true },
        );
      }
      if (!signedIn || signedInLocale === toApiLocale(next)) return true;
      try {
        await saveLocale({ variables: { locale: toApiLocale(next) } });
        return true;
      } catch {
        return false;
      }
    },
    [hasLangParam, saveLocale, setSearchParams, signedIn, signedInLocale],
  );

  const value = useMemo(() => ({ locale, changeLocale }), [locale, changeLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
