import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';
import { useLocale } from './useLocale';

/** The interface language picker, labelled "Language" in the current language. */
export function LocaleSwitcher({ hideLabel = false, size = 'sm' }: { hideLabel?: boolean; size?: MantineSize }) {
  const { t } = useTranslation();
  const { locale, changeLocale } = useLocale();
  return (
    <LanguageSwitcher
      label={t('language.label')}
      hideLabel={hideLabel}
      size={size}
      value={locale}
      onChange={(next) => void changeLocale(next)}
    />
  );
}
