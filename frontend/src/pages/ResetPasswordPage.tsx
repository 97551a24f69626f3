import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { LocaleSwitcher } from '../modules/locale';
import { ResetPasswordForm } from '../modules/security/ResetPasswordForm';

/** Opened from a password reset link (`/reset-password#token=…`) or an invitation (`…&invite=1`), signed in or not. */
export function ResetPasswordPage() {
  const { t } = useTranslation('security');
  const { hash } = useLocation();
  const params = useMemo(() => new URLSearchParams(hash.replace(/^#/, '')), [hash]);
  const token = params.get('token') ?? '';
  // An invitation link (a new account) opens the same page: she chooses her first password.
  const heading = params.get('invite') === '1' ? t('reset.inviteHeading') : t('reset.heading');
  usePageTitle(heading);
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap" maw={960} mx="auto">
          <Text fw={700} size="xl" c="teal.9">
            Rafiq
          </Text>
          <Box w={180}>
            <LocaleSwitcher size="xs" />
          </Box>
        </Group>
      </Box>
      <Container component="main" id="main-content" size={420} py="xl">
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Stack gap="md">
            <Title order={1} size="h2">
              {heading}
            </Title>
            <ResetPasswordForm token={token} />
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
