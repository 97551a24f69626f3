import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../locale';
import { PersonTrainingRecordDocument } from './sessionsApi';
import { formatDateTime } from './time';

/** A person's trainings: how many she attended, her attendance rate, unexcused absences in a row, and each training. */
export function TrainingRecordPanel({ personId }: { personId: string }) {
  const { t } = useTranslation('sessions');
  const { locale } = useLocale();
  const { data, error } = useQuery(PersonTrainingRecordDocument, { variables: { id: personId }, fetchPolicy: 'cache-and-network' });
  const record = data?.person.trainingRecord;
  const sessions = data?.sessions.edges.map((e) => e.node) ?? [];
  const rate = record?.attendanceRate;

  return (
    <Stack gap="sm" component="section" aria-labelledby="training-record-heading">
      <Title order={2} size="h3" id="training-record-heading">
        {t('record.heading')}
      </Title>
      {error ? (
        <Text c="red" role="alert">
          {t('record.loadError')}
        </Text>
      ) : null}
      {record ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Group gap="md" wrap="wrap">
              <Text>{t('record.attended', { attended: record.attended, trainings: record.trainings })}</Text>
              <Badge variant="light" color="blue">
                {t('attendance.EXCUSED')} : {record.excused}
              </Badge>
              <Badge variant="light" color="red">
                {t('attendance.ABSENT')} : {record.absent}
              </Badge>
            </Group>
            {rate !== null && rate !== undefined ? (
              <Stack gap={2}>
                <Text size="sm" id="training-rate-label">
                  {t('record.rate', { rate: Math.round(rate * 100) })}
                </Text>
                <Progress
                  value={rate * 100}
                  aria-labelledby="training-rate-label"
                  color={rate >= 0.75 ? 'teal' : rate >= 0.5 ? 'yellow' : 'red'}
                />
              </Stack>
            ) : (
              <Text c="dimmed" size="sm">
                {t('record.none')}
              </Text>
            )}
            {record.absencesInARow >= 3 ? (
              <Alert color="red" role="status">
                {t('record.streak', { count: record.absencesInARow })}
              </Alert>
            ) : null}
          </Stack>
        </Paper>
      ) : null}
      {sessions.length ? (
        <Table>
          <Table.Tbody>
            {sessions.map((s) => {
              const me = s.participants.find((p) => p.personId === personId);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/sessions/${s.id}`}>
                      <span dir="ltr">{formatDateTime(s.startsAt, locale)}</span>
                    </Anchor>
                    {s.topics.length ? ` · ${s.topics.join(', ')}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {me?.waitlisted
                      ? t('details.waitlisted')
                      : me?.attendance
                        ? t(`attendance.${me.attendance}`)
                        : s.status === 'PLANNED'
                          ? t('status.PLANNED')
                          : t('attendance.notRecorded')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
