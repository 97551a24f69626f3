import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureKey } from '../errors';
import { ErasePersonDocument } from './queries';

export interface PersonRightsProps {
  personId: string;
  /** Her name exactly as the admin types it to confirm (first and last name, Latin script). */
  fullName: string;
  /** The name shown in the dialog title. */
  displayName: string;
  /** Her preferred language, for the PDF. */
  preferredLocale: string | null | undefined;
  onErased: () => Promise<unknown>;
}

/** The path of her data file; the PDF in her language when known. */
export function personDataUrl(personId: string, format: 'json' | 'pdf', locale?: string | null): string {
  return `/api/people/${personId}/data.${format}${format === 'pdf' && locale ? `?locale=${locale}` : ''}`;
}

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * For admins, on the person page: a copy of everything held about her (JSON and PDF), and her
 * erasure after typing her full name (permissions.md: a person's rights).
 */
export function PersonRights({ personId, fullName, displayName, preferredLocale, onErased }: PersonRightsProps) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const [erase, { loading }] = useMutation(ErasePersonDocument);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const matches = normalise(typed) === normalise(fullName);

  const confirm = async () => {
    setFailure(null);
    try {
      const res = await erase({ variables: { id: personId, confirmation: typed } });
      setOpen(false);
      notifications.show({ color: 'teal', message: t('rights.done', { pseudonym: res.data?.erasePerson.pseudonym ?? '' }) });
      await onErased();
    } catch (error) {
      setFailure(failureKey(error));
    }
  };

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="person-rights">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-rights">
          {t('rights.title')}
        </Title>
        <Text size="sm">{t('rights.intro')}</Text>
        <Group gap="sm" wrap="wrap">
          <Button component="a" variant="light" href={personDataUrl(personId, 'json')} download leftSection={<IconDownload size={16} aria-hidden="true" />}>
            {t('rights.json')}
          </Button>
          <Button
            component="a"
            variant="light"
            href={personDataUrl(personId, 'pdf', preferredLocale)}
            download
            leftSection={<IconDownload size={16} aria-hidden="true" />}
          >
            {t('rights.pdf')}
          </Button>
          <Button color="red" variant="outline" leftSection={<IconEraser size={16} aria-hidden="true" />} onClick={() => setOpen(true)}>
            {t('rights.erase')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('rights.eraseTitle', { name: displayName })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) void confirm();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('rights.eraseExplain')}</Text>
            <TextInput
              label={t('rights.confirmLabel', { name: fullName })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              dir="auto"
              data-autofocus
            />
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('rights.cancel')}
              </Button>
              <Button type="submit" color="red" disabled={!matches} loading={loading}>
                {t('rights.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
