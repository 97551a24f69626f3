import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../ui';
import { failureKey } from '../errors';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { AssignCohortCoachesDocument, CohortAssignmentPreviewDocument } from './sessionsApi';

/**
 * Coaches for a whole cohort: the proposed plan (nearest coach first, load balanced against
 * capacity), each coach's load before and after, a coach to change per line if need be, and one
 * confirmation that saves it all.
 */
export function CohortAssignment({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CohortAssignmentPreviewDocument, {
    variables: { cohortId },
    fetchPolicy: 'network-only',
  });
  const [assign, { loading: saving }] = useMutation(AssignCohortCoachesDocument);
  const [changes, setChanges] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  if (error && !data)
    return (
      <ErrorState message={t('assign.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
    );
  if (!data) return <LoadingState label={tc('common.loading')} />;
  const plan = data.cohortAssignmentPreview;
  const lines = plan.assignments.map((a) => ({ ...a, coachId: changes[a.enrolmentId] ?? a.coachId }));
  const coaches = plan.loads.map((l) => ({ value: l.coachId, label: l.coach?.displayName ?? l.coachId }));
  const after = (coachId: string, before: number) => before + lines.filter((l) => l.coachId === coachId).length;

  const confirm = async () => {
    setFailure(null);
    try {
      await assign({
        variables: { input: { cohortId, assignments: lines.map((l) => ({ enrolmentId: l.enrolmentId, coachId: l.coachId })) } },
      });
    } catch (err) {
      setFailure(tc(failureKey(err)));
      return;
    }
    notifications.show({ color: 'teal', message: t('assign.saved', { count: lines.length }) });
    setChanges({});
    await refetch().catch(() => undefined);
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="loads-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="loads-heading">
            {t('assign.loads')}
          </Title>
          <Table.ScrollContainer minWidth={320}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('calendar.coach')}</Table.Th>
                  <Table.Th scope="col">{t('assign.load')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.loads.map((l) => {
                  const next = after(l.coachId, l.loadBefore);
                  const over = l.capacity !== null && next > l.capacity;
                  return (
                    <Table.Tr key={l.coachId}>
                      <Table.Td>{l.coach?.displayName}</Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          <Text size="sm" c={over ? 'red' : undefined}>
                            {l.capacity === null
                              ? t('assign.loadNoCapacity', { before: l.loadBefore, after: next })
                              : t('assign.loadOf', { before: l.loadBefore, after: next, capacity: l.capacity })}
                          </Text>
                          {l.capacity ? (
                            <Progress
                              value={Math.min(100, (next / l.capacity) * 100)}
                              color={over ? 'red' : 'teal'}
                              aria-label={t('assign.loadOf', { before: l.loadBefore, after: next, capacity: l.capacity })}
                            />
                          ) : null}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="plan-heading">
            {t('assign.plan')}
          </Title>
          {plan.unassignedPersonIds.length ? (
            <Alert color="yellow" role="status">
              {t('assign.unassigned', { count: plan.unassignedPersonIds.length })}
            </Alert>
          ) : null}
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          {lines.length === 0 ? (
            <Text c="dimmed">{t('assign.nobody')}</Text>
          ) : (
            <>
              <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {lines.map((l, i) => {
                  const name = l.person ? displayName(l.person, locale).primary : t('grid.hidden');
                  return (
                    <Group
                      key={l.enrolmentId}
                      component="li"
                      justify="space-between"
                      wrap="wrap"
                      gap="xs"
                      py="xs"
                      style={{ borderBlockStart: i ? '1px solid var(--mantine-color-default-border)' : undefined }}
                    >
                      <Stack gap={2} style={{ flex: '1 1 10rem' }}>
                        <Text fw={500}>{name}</Text>
                        <Badge variant="light" color={l.travel === 'SAME_PROVINCE' ? 'teal' : l.travel === 'SAME_REGION' ? 'blue' : 'gray'}>
                          {t(`assign.travel.${l.travel}`)}
                        </Badge>
                      </Stack>
                      <Select
                        style={{ flex: '1 1 14rem' }}
                        aria-label={t('assign.coachFor', { name })}
                        data={coaches}
                        value={l.coachId}
                        allowDeselect={false}
                        onChange={(v) => v && setChanges((c) => ({ ...c, [l.enrolmentId]: v }))}
                      />
                    </Group>
                  );
                })}
              </Stack>
              <Group justify="flex-end">
                <Button onClick={() => void confirm()} loading={saving || loading}>
                  {t('assign.confirm', { count: lines.length })}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
