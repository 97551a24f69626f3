import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { apiProblems } from '../errors';

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const MIN_LENGTH = 10;

/**
 * A new password with a reset link's token (read from the link's fragment, so it never reaches a
 * server log): single use; afterwards she signs in with it.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation('security');
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [state, setState] = useState<'idle' | 'done' | 'badLink' | 'throttled' | 'failed'>(token ? 'idle' : 'badLink');
  const form = useForm({
    mode: 'controlled',
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: (v) => (v.length >= MIN_LENGTH ? null : t('errors.TOO_SHORT', { min: MIN_LENGTH })),
      confirm: (v, values) => (v === values.newPassword ? null : t('errors.MISMATCH')),
    },
  });

  const onSubmit = form.onSubmit(async (values) => {
    setState('idle');
    try {
      await reset({ variables: { token, newPassword: values.newPassword } });
      setState('done');
    } catch (error) {
      const p = apiProblems(error)[0];
      if (p?.field === 'token') setState('badLink');
      else if (p?.code === ErrorCode.TOO_MANY_REQUESTS) setState('throttled');
      else if (p?.field === 'newPassword' && p.reason)
        form.setFieldError(
          'newPassword',
          t(`errors.${p.reason === ErrorReason.WEAK_PASSWORD || p.reason === ErrorReason.TOO_LONG ? p.reason : 'TOO_SHORT'}`, {
            min: MIN_LENGTH,
          }),
        );
      else setState('failed');
    }
  });

  if (state === 'done') {
    return (
      <Stack gap="sm">
        <Alert color="teal" role="status">
          {t('reset.done')}
        </Alert>
        <Anchor component={Link} to="/login">
          {t('reset.signIn')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('reset.heading')}>
      <Stack gap="sm">
        {state === 'badLink' ? (
          <Alert color="red" role="alert">
            {t('reset.badLink')}
          </Alert>
        ) : null}
        {state === 'throttled' || state === 'failed' ? (
          <Alert color="red" role="alert">
            {t(state === 'throttled' ? 'errors.THROTTLED' : 'errors.FAILED')}
          </Alert>
        ) : null}
        <Text size="sm">{t('reset.help')}</Text>
        <PasswordInput
          label={t('newPassword')}
          description={t('policy', { min: MIN_LENGTH })}
          autoComplete="new-password"
          required
          disabled={!token}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('confirmPassword')}
          autoComplete="new-password"
          required
          disabled={!token}
          {...form.getInputProps('confirm')}
        />
        <Button type="submit" loading={loading} disabled={!token} style={{ alignSelf: 'flex-start' }}>
          {t('reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
