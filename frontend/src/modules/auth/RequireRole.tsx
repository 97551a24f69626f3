import { Stack, Text, Title } from '@mantine/core';
import type { Role } from '@rafiq/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from './CurrentUser';
import { toRole } from './toRole';

/**
 * Screens for some roles only. Others get a plain explanation (the server refuses their data
 * anyway: this only spares them a screen that cannot work for them).
 */
export function RequireRole({ allow, children }: { allow: (role: Role) => boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (allow(toRole(user.role))) return children;
  return (
    <Stack gap="sm" maw={720}>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.body')}</Text>
    </Stack>
  );
}
