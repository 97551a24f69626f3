import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classifySignInError, validateSignIn, type SignInAlert, type SignInFieldError, type SignInValues } from './signInErrors';
import { useLogin } from './useLogin';

type FieldErrors = Partial<Record<keyof SignInValues, SignInFieldError>>;

/** Email + password sign-in. Messages come from the error's code/reason, in the interface language. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { signIn, loading } = useLogin();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<SignInAlert | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const focusField = (field: keyof SignInValues) => (field === 'email' ? emailRef : passwordRef).current?.focus();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAlert(null);
    const errors = validateSignIn(values);
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      focusField(errors.email ? 'email' : 'password');
      return;
    }
    try {
      await signIn(values.email.trim(), values.password);
    } catch (error) {
      const problem = classifySignInError(error);
      if (problem.kind === 'field') {
        setFieldErrors({ [problem.field]: problem.error });
        focusField(problem.field);
      } else {
        setAlert(problem.alert);
      }
      return;
    }
    onSignedIn();
  }

  const update = (field: keyof SignInValues) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {alert ? (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden="true" />}>
            {t(`auth.errors.${alert}`)}
          </Alert>
        ) : null}
        <TextInput
          ref={emailRef}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          required
          withAsterisk={false}
          label={t('auth.email')}
          value={values.email}
          onChange={update('email')}
          error={fieldErrors.email ? t(`auth.validation.${fieldErrors.email}`) : undefined}
        />
        <PasswordInput
          ref={passwordRef}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          label={t('auth.password')}
          value={values.password}
          onChange={update('password')}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('auth.toggleVisibility') }}
          error={fieldErrors.password ? t(`auth.validation.${fieldErrors.password}`) : undefined}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
