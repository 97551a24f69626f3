import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> · Rafiq", in the current language. */
export function usePageTitle(page: string) {
  const { t } = useTranslation();
  const title = t('common.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
