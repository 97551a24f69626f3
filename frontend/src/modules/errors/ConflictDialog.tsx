import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ConflictDialogProps {
  opened: boolean;
  /** Fetch the record again; the changes typed here are dropped. */
  onReload: () => void;
  onCancel: () => void;
  reloading?: boolean;
}

/** Shown when a save answers CONFLICT: someone else saved the record since it was read. */
export function ConflictDialog({ opened, onReload, onCancel, reloading = false }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={t('errors.conflict.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('errors.conflict.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onReload} loading={reloading} data-autofocus>
            {t('errors.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
