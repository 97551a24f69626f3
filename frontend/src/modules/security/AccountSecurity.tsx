import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { ErrorCode } from '@rafiq/shared';
import { resetSession } from '../auth/resetSession';
import { apiProblems } from '../errors';
import { TwoFactorSection } from './TwoFactor';

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

const MIN_LENGTH = 10;
const KNOWN = ['INVALID_CREDENTIALS', 'TOO_SHORT', 'TOO_LONG', 'WEAK_PASSWORD', 'THROTTLED'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (key: string): key is Known => (KNOWN as readonly string[]).includes(key);

/** Change one's password (the current one is asked again) and sign out of every device. */
export function AccountSecurity() {
  const { t } = useTranslation('security');
  const client = useApolloClient();
  const navigate = useNavigate();
  const [change, { loading: changing }] = useMutation(ChangePasswordDocument);
  const [everywhere, { loading: signingOut }] = useMutation(SignOutEverywhereDocument);
  const [status, setStatus] = useState<'idle' | 'changed' | 'failed'>('idle');
  const [signOutFailed, setSignOutFailed] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('errors.REQUIRED')),
      newPassword: (v) => (v.length >= MIN_LENGTH ? null : t('errors.TOO_SHORT', { min: MIN_LENGTH })),
      confirm: (v, values) => (v === values.newPassword ? null : t('errors.MISMATCH')),
    },
  });

  const onSubmit = form.onSubmit(async (values) => {
    setStatus('idle');
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      form.reset();
      setStatus('changed');
    } catch (error) {
      const p = apiProblems(error)[0];
      const key = p?.code === ErrorCode.TOO_MANY_REQUESTS ? 'THROTTLED' : (p?.reason ?? 'FAILED');
      const message = t(`errors.${isKnown(key) ? key : 'FAILED'}`, { min: MIN_LENGTH });
      if (p?.field === 'currentPassword' || p?.field === 'newPassword') form.setFieldError(p.field, message);
      else if (key === 'THROTTLED') form.setFieldError('currentPassword', message);
      else setStatus('failed');
    }
  });

  const signOutEverywhere = async () => {
    setSignOutFailed(false);
    try {
      await everywhere();
    } catch {
      setSignOutFailed(true);
      return;
    }
    await navigate('/login', { replace: true });
    await resetSession(client);
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="security-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="security-heading">
          {t('heading')}
        </Title>
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('changePassword')}>
          <Stack gap="sm" maw={420}>
            <Title order={3} size="h4">
              {t('changePassword')}
            </Title>
            <PasswordInput
              label={t('currentPassword')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('newPassword')}
              description={t('policy', { min: MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput label={t('confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
            <Button type="submit" loading={changing} style={{ alignSelf: 'flex-start' }}>
              {t('save')}
            </Button>
            <Text size="sm" role="status" c={status === 'failed' ? 'red' : 'teal'} mih="1.5em">
              {status === 'changed' ? t('changed') : null}
              {status === 'failed' ? t('errors.FAILED') : null}
            </Text>
          </Stack>
        </form>
        <TwoFactorSection />
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('everywhereHeading')}
          </Title>
          <Text size="sm">{t('everywhereHelp')}</Text>
          <Button
            variant="light"
            color="red"
            onClick={() => void signOutEverywhere()}
            loading={signingOut}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('everywhere')}
          </Button>
          {signOutFailed ? (
            <Alert color="red" role="alert">
              {t('errors.FAILED')}
            </Alert>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}
