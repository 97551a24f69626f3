import { Anchor, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Role } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { toRole, useCurrentUser } from '../modules/auth';
import { Agenda } from '../modules/sessions';

export function AgendaPage() {
  const { t } = useTranslation('sessions');
  const user = useCurrentUser();
  usePageTitle(t('agenda.title'));
  return (
    <Stack gap="md" maw={880}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('agenda.title')}</Title>
        <Anchor component={Link} to="/calendar" size="sm">
          {t('calendar.open')}
        </Anchor>
      </Group>
      <Agenda coachId={toRole(user.role) === Role.COACH ? user.id : null} />
    </Stack>
  );
}
