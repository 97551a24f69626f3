import { NativeSelect, type MantineSize } from '@mantine/core';
import { directionOf, LOCALES, type Locale } from '@rafiq/shared';
import { IconLanguage } from '@tabler/icons-react';
import { LANGUAGE_NAMES, normalizeLocale } from '../i18n';

export interface LanguageSwitcherProps {
  /** Accessible name (and visible label unless `hideLabel`). */
  label: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  /** Keep the label for assistive technology only (compact headers). */
  hideLabel?: boolean;
  size?: MantineSize;
  disabled?: boolean;
}

/** A native select of the interface languages, each named in its own script. */
export function LanguageSwitcher({ label, value, onChange, hideLabel = false, size = 'sm', disabled }: LanguageSwitcherProps) {
  return (
    <NativeSelect
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={value}
      size={size}
      disabled={disabled}
      leftSection={<IconLanguage size={16} aria-hidden="true" />}
      onChange={(event) => {
        const next = normalizeLocale(event.currentTarget.value);
        if (next) onChange(next);
      }}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale} dir={directionOf(locale)}>
          {LANGUAGE_NAMES[locale]}
        </option>
      ))}
    </NativeSelect>
  );
}
