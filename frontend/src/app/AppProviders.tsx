import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { directionOf, type Locale } from '@rafiq/shared';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

/** Language, direction and design system. Apollo and the router are provided around/inside it. */
export interface AppProvidersProps {
  i18n: i18n;
  locale: Locale;
  children: ReactNode;
  /** 'test' turns off Mantine transitions and portals (unit tests). */
  env?: 'default' | 'test';
}

export function AppProviders({ i18n, locale, children, env }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(locale)} detectDirection={false}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={env}>
          <Notifications position="top-center" limit={3} />
          {children}
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
