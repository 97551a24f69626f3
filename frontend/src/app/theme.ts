import { createTheme } from '@mantine/core';

// System fonts only (no web fonts are downloaded); they cover Arabic and Latin scripts.
export const theme = createTheme({
  primaryColor: 'teal',
  focusRing: 'auto',
  defaultRadius: 'md',
});
