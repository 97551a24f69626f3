import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classifySignInError, validateSignIn, type SignInAlert, type SignInFieldError, type SignInValues } from './signInErrors';
import { useLogin } from './useLogin';

type FieldErrors = Partial<Record<keyof SignInValues, SignInFieldError>>;

/**
 * Email + password sign-in; when the account has two-factor sign-in, a second step asks for the
 * code from the authenticator app (or a recovery code). Messages come from the error's code/reason,
 * in the interface language.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { signIn, loading } = useLogin();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<SignInAlert | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  /** null: first step (email and password); a string: the code step. */
  const [code, setCode] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<'codeRequired' | 'codeInvalid' | null>(null);

  const focusField = (field: keyof SignInValues) => (field === 'email' ? emailRef : passwordRef).current?.focus();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAlert(null);
    const errors = validateSignIn(values);
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      setCode(null);
      focusField(errors.email ? 'email' : 'password');
      return;
    }
    if (code !== null && !code.trim()) {
      setCodeError('codeRequired');
      codeRef.current?.focus();
      return;
    }
    try {
      await signIn(values.email.trim(), values.password, code?.trim() || undefined);
    } catch (error) {
      const problem = classifySignInError(error);
      if (problem.kind === 'codeRequired' || problem.kind === 'codeInvalid') {
        setCodeError(code === null ? null : problem.kind);
        setCode(code ?? '');
        // The code field appears on the next render.
        setTimeout(() => codeRef.current?.focus(), 0);
      } else if (problem.kind === 'field') {
        setCode(null);
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
        {code !== null ? (
          <Stack gap={4}>
            <Text size="sm" id="sign-in-code-help">
              {t('auth.code.help')}
            </Text>
            <TextInput
              ref={codeRef}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoCapitalize="none"
              spellCheck={false}
              dir="ltr"
              maxLength={20}
              label={t('auth.code.label')}
              description={t('auth.code.recovery')}
              aria-describedby="sign-in-code-help"
              value={code}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setCodeError(null);
              }}
              error={codeError ? t(`auth.code.${codeError}`) : undefined}
            />
            <Anchor
              component="button"
              type="button"
              size="sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                setCode(null);
                setCodeError(null);
              }}
            >
              {t('auth.code.back')}
            </Anchor>
          </Stack>
        ) : null}
        <Button type="submit" loading={loading} fullWidth>
          {code !== null ? t('auth.code.submit') : t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
