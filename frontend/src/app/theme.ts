import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// System fonts only (no web fonts are downloaded); they cover Arabic and Latin scripts.
// Darker shades than Mantine's defaults so that text and buttons meet WCAG AA contrast.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 7 },
  focusRing: 'auto',
  defaultRadius: 'md',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
    '--mantine-color-teal-light-hover': 'var(--mantine-color-teal-1)',
    '--mantine-color-teal-light-color': 'var(--mantine-color-teal-9)',
  },
  dark: {},
});
