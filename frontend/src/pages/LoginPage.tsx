import { Alert, Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { SignInForm } from '../modules/auth';
import { LocaleSwitcher } from '../modules/locale';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const expired = searchParams.get('expired') === '1';
  usePageTitle(t('auth.pageTitle'));

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
              {t('auth.heading')}
            </Title>
            <Text c="dimmed">{t('auth.intro')}</Text>
            {expired ? (
              <Alert color="yellow" role="status" icon={<IconClockExclamation aria-hidden="true" />}>
                {t('auth.sessionExpired')}
              </Alert>
            ) : null}
            <SignInForm onSignedIn={() => void navigate('/', { replace: true })} />
            <Text size="sm" c="dimmed">
              {t('auth.forgot')}
            </Text>
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
