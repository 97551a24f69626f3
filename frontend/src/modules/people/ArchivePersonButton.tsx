import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictDialog, failureKey, isConflict } from '../errors';
import { useArchivePerson } from './usePersonMutations';

export interface ArchivePersonButtonProps {
  personId: string;
  version: number;
  personName: string;
  onReload: () => Promise<unknown>;
}

/** Archives the person after a confirmation; she leaves the lists, her history stays. */
export function ArchivePersonButton({ personId, version, personName, onReload }: ArchivePersonButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { archivePerson, loading } = useArchivePerson();
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);

  const confirm = async () => {
    setFailure(null);
    try {
      await archivePerson(personId, version);
    } catch (error) {
      if (isConflict(error)) {
        setConfirming(false);
        setConflict(true);
      } else setFailure(failureKey(error));
      return;
    }
    setConfirming(false);
    notifications.show({ color: 'teal', message: t('people.archive.done', { name: personName }) });
    await navigate('/people');
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
      <Button variant="default" color="red" leftSection={<IconArchive size={16} aria-hidden="true" />} onClick={() => setConfirming(true)}>
        {t('people.archive.button')}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('people.archive.title', { name: personName })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('people.archive.body')}</Text>
          {failure ? (
            <Alert color="red" role="alert">
              {t(failure)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('people.archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConflictDialog opened={conflict} reloading={reloading} onReload={() => void reload()} onCancel={() => setConflict(false)} />
    </>
  );
}
