import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { CohortAssignment } from '../modules/sessions';

export function CohortAssignmentPage() {
  const { t } = useTranslation('sessions');
  const { id = '' } = useParams();
  usePageTitle(t('assign.title'));
  return (
    <Stack gap="md" maw={960}>
      <Title order={1}>{t('assign.title')}</Title>
      <Text c="dimmed">{t('assign.intro')}</Text>
      <CohortAssignment cohortId={id} />
    </Stack>
  );
}
