import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoachProfileCard } from './CoachProfileCard';
import { CoachProfileDialog } from './CoachProfileDialog';
import { LoadMeter } from './CoachesList';
import { MyCoachProfileDocument } from './queries';

/** On a coach's own profile page: her coaching profile, which she edits herself. */
export function MyCoachProfile() {
  const { t } = useTranslation('coaches');
  const { data, refetch } = useQuery(MyCoachProfileDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const me = data?.me;
  if (!me) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-coach-profile">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="my-coach-profile">
            {t('mine.title')}
          </Title>
          <Button variant="light" size="compact-md" onClick={() => setEditing(true)}>
            {t('list.edit')}
          </Button>
        </Group>
        <LoadMeter assignees={me.activeAssignees ?? 0} capacityHours={me.coachProfile?.weeklyCapacityHours ?? null} />
        <CoachProfileCard profile={me.coachProfile} />
      </Stack>
      {editing ? (
        <CoachProfileDialog
          coachId={me.id}
          coachName={me.displayName}
          profile={me.coachProfile}
          onClose={() => setEditing(false)}
          onReload={() => refetch()}
        />
      ) : null}
    </Paper>
  );
}
