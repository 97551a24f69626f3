import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/formatDate';
import { useLocale } from '../locale';

export const CreatePasswordResetLinkDocument = graphql(`
  mutation CreatePasswordResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId) {
      url
      expiresAt
    }
  }
`);

export const ResetTwoFactorDocument = graphql(`
  mutation ResetTwoFactor($userId: ID!) {
    resetTwoFactor(userId: $userId)
  }
`);

/**
 * An admin helps a colleague who is locked out: a single-use password reset link to hand over,
 * or two-factor sign-in turned off (lost phone) so she sets it up again at her next sign-in.
 */
export function AccountAdminActions({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation('security');
  const { locale } = useLocale();
  const [createLink, { data: link, loading: creating, reset: clearLink }] = useMutation(CreatePasswordResetLinkDocument);
  const [resetTwoFactor, { loading: resetting }] = useMutation(ResetTwoFactorDocument);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<'twoFactorReset' | 'failed' | null>(null);
  const made = link?.createPasswordResetLink;

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Button
          variant="subtle"
          size="compact-sm"
          loading={creating}
          aria-label={t('admin.resetLinkOf', { name })}
          onClick={() => {
            setNote(null);
            void createLink({ variables: { userId } }).catch(() => setNote('failed'));
          }}
        >
          {t('admin.resetLink')}
        </Button>
        <Button
          variant="subtle"
          size="compact-sm"
          color="red"
          aria-label={t('admin.resetTwoFactorOf', { name })}
          onClick={() => setConfirming(true)}
        >
          {t('admin.resetTwoFactor')}
        </Button>
      </Group>
      {note ? (
        <Text size="sm" role="status" c={note === 'failed' ? 'red' : 'teal'}>
          {t(note === 'failed' ? 'twoFactor.errors.FAILED' : 'admin.twoFactorResetDone', { name })}
        </Text>
      ) : null}

      <Modal opened={!!made} onClose={() => clearLink()} title={t('admin.resetLinkTitle', { name })}>
        {made ? (
          <Stack gap="sm">
            <Text size="sm">{t('admin.resetLinkHelp')}</Text>
            <Code block dir="ltr" style={{ wordBreak: 'break-all' }} aria-label={t('admin.resetLink')}>
              {made.url}
            </Code>
            <Text size="sm">{t('admin.expires', { when: formatDateTime(made.expiresAt, locale) })}</Text>
            <Group gap="sm">
              <CopyButton value={made.url}>
                {({ copied, copy }) => <Button onClick={copy}>{copied ? t('twoFactor.copied') : t('twoFactor.copy')}</Button>}
              </CopyButton>
              <Button variant="default" onClick={() => clearLink()}>
                {t('admin.close')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('admin.resetTwoFactorTitle', { name })}>
        <Stack gap="sm">
          <Alert color="yellow">{t('admin.resetTwoFactorHelp', { name })}</Alert>
          <Group gap="sm">
            <Button
              color="red"
              loading={resetting}
              onClick={() => {
                void resetTwoFactor({ variables: { userId } })
                  .then(() => setNote('twoFactorReset'))
                  .catch(() => setNote('failed'))
                  .finally(() => setConfirming(false));
              }}
            >
              {t('admin.resetTwoFactorConfirm')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('admin.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
