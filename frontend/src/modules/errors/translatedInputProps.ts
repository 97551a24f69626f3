import type { GetInputPropsReturnType } from '@mantine/form';

/**
 * Mantine form input props whose error (kept in the form as an i18n key, so that it follows a
 * change of language) is translated for display.
 */
export function translatedInputProps(props: GetInputPropsReturnType, translate: (key: string) => string) {
  const error: unknown = props.error;
  return { ...props, error: typeof error === 'string' && error ? translate(error) : undefined };
}
