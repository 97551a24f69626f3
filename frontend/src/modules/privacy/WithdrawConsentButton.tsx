import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentChannel } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { WithdrawConsentDocument } from './queries';

const CHANNELS = ['PAPER', 'ORAL', 'ONLINE', 'PHONE'] as const;
const today = () => new Date().toISOString().slice(0, 10);

export interface WithdrawConsentButtonProps {
  personId: string;
  version: number;
  personName: string;
  onReload: () => Promise<unknown>;
}

/**
 * For staff who may edit her: records that she withdrew her consent (date, channel). The server
 * then keeps only her name, gender, region and programme.
 */
export function WithdrawConsentButton({ personId, version, personName, onReload }: WithdrawConsentButtonProps) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const [withdraw, { loading }] = useMutation(WithdrawConsentDocument);
  const [open, setOpen] = useState(false);
  const [withdrawnOn, setWithdrawnOn] = useState(today);
  const [channel, setChannel] = useState<ConsentChannel>('PAPER');
  const [dateError, setDateError] = useState(false);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);

  const confirm = async () => {
    setFailure(null);
    setDateError(false);
    if (!withdrawnOn || withdrawnOn > today()) {
      setDateError(true);
      return;
    }
    try {
      await withdraw({ variables: { input: { id: personId, version, withdrawnOn, channel } } });
    } catch (error) {
      if (isConflict(error)) {
        setOpen(false);
        setConflict(true);
      } else if (inputProblems(error, ['withdrawnOn']).length) setDateError(true);
      else setFailure(failureKey(error));
      return;
    }
    setOpen(false);
    notifications.show({ color: 'teal', message: t('withdraw.done', { name: personName }) });
    await onReload();
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      setConflict(false);
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconUserOff size={16} aria-hidden="true" />} onClick={() => setOpen(true)}>
        {t('withdraw.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('withdraw.title', { name: personName })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('withdraw.explain')}</Text>
            <TextInput
              type="date"
              label={t('withdraw.date')}
              required
              max={today()}
              value={withdrawnOn}
              onChange={(event) => setWithdrawnOn(event.currentTarget.value)}
              error={dateError ? t('withdraw.badDate') : undefined}
              data-autofocus
            />
            <NativeSelect
              label={t('withdraw.channel')}
              required
              value={channel}
              onChange={(event) => setChannel(event.currentTarget.value as ConsentChannel)}
              data={CHANNELS.map((value) => ({ value, label: t(`consent.channels.${value}`) }))}
            />
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('withdraw.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading}>
                {t('withdraw.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog opened={conflict} reloading={reloading} onReload={() => void reload()} onCancel={() => setConflict(false)} />
    </>
  );
}
