import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toRole, useCurrentUser } from '../auth';

/** The home screen of the signed-in user: what this role will find here. */
export function RoleHome() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const role = toRole(user.role);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t(`home.title.${role}`)}</Title>
      <Text size="lg">{t('home.greeting', { name: user.displayName })}</Text>
      <Text c="dimmed">{t('home.organization', { organization: user.organization.name })}</Text>
      <Text>{t(`home.description.${role}`)}</Text>
    </Stack>
  );
}
