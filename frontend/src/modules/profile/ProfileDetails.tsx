import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

/** Who the signed-in user is, and the language their account remembers. */
export function ProfileDetails() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { locale, changeLocale } = useLocale();
  const [saveState, setSaveState] = useState<SaveState>('idle');

  const onChange = async (next: typeof locale) => {
    setSaveState('saving');
    setSaveState((await changeLocale(next)) ? 'saved' : 'failed');
  };

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('profile.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Detail label={t('profile.name')} value={user.displayName} />
          <Detail label={t('profile.email')} value={user.email} />
          <Detail label={t('profile.role')} value={t(`roles.${toRole(user.role)}`)} />
          <Detail label={t('profile.organization')} value={user.organization.name} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('profile.languageHeading')}
          </Title>
          <LanguageSwitcher label={t('language.preferred')} value={locale} onChange={(next) => void onChange(next)} />
          <Text size="sm" role="status" c={saveState === 'failed' ? 'red' : 'dimmed'} mih="1.5em">
            {saveState === 'saving' ? t('language.saving') : null}
            {saveState === 'saved' ? t('language.saved') : null}
            {saveState === 'failed' ? t('language.saveError') : null}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
