import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, failureKey, isConflict } from '../errors';

/**
 * Confirms archiving a settings record (a partner, a value chain): the mutation runs with the
 * version read; CONFLICT opens the reload dialog, any other failure is shown in place.
 */
export function ArchiveDialog({
  name,
  body,
  archive,
  loading,
  onClose,
  onReload,
}: {
  name: string;
  body: string;
  archive: () => Promise<unknown>;
  loading: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const submit = async () => {
    try {
      await archive();
    } catch (e) {
      if (isConflict(e)) {
        setConflict(true);
        return;
      }
      setError(tc(failureKey(e)));
      return;
    }
    notifications.show({ color: 'teal', message: t('common.archivedDone', { name }) });
    onClose();
  };
  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        title={t('common.archiveTitle', { name })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{body}</Text>
          {error ? (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void submit()}>
              {t('common.archive')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConflictDialog opened={conflict} onReload={() => void onReload().finally(onClose)} onCancel={onClose} />
    </>
  );
}
