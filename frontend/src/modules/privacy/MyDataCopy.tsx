import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale';

/** The path of her own data file; the PDF in the language she reads the app in. */
export function myDataUrl(format: 'json' | 'pdf', locale?: string | null): string {
  return `/api/me/data.${format}${format === 'pdf' && locale ? `?locale=${locale}` : ''}`;
}

/**
 * For the signed-in entrepreneur: a copy of everything Rafiq holds about her, as a readable PDF in
 * her language or as JSON (permissions.md: a person's right of access), and how to ask for a correction.
 */
export function MyDataCopy() {
  const { t } = useTranslation('privacy');
  const { locale } = useLocale();
  return (
    <Paper component="section" withBorder radius="lg" p="md" aria-labelledby="my-data-copy">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-data-copy" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconShieldLock size={26} aria-hidden="true" />
          {t('mine.title')}
        </Title>
        <Text>{t('mine.intro')}</Text>
        <Group gap="sm" wrap="wrap">
          <Button component="a" href={myDataUrl('pdf', locale)} download leftSection={<IconDownload size={18} aria-hidden="true" />}>
            {t('mine.pdf')}
          </Button>
          <Button
            component="a"
            variant="light"
            href={myDataUrl('json')}
            download
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('mine.json')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('mine.correction')}
        </Text>
      </Stack>
    </Paper>
  );
}
