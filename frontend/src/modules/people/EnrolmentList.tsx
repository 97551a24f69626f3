import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnrolmentItem_EnrolmentFragment } from '../../gql/graphql';
import { Detail, DetailList } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { managesProgram } from '../programs';
import { EnrolDialog } from './EnrolDialog';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';
import { EnrolmentStatusDialog } from './EnrolmentStatusDialog';
import { formatDate } from '../../i18n';
import { managesPeople } from './permissions';

export interface EnrolmentListProps {
  personId: string;
  personName: string;
  enrolments: readonly EnrolmentItem_EnrolmentFragment[];
  archived: boolean;
  onReload: () => Promise<unknown>;
}

/** Her programmes: cohort, status, coaches; enrolling and changing a status for those who manage them. */
export function EnrolmentList({ personId, personName, enrolments, archived, onReload }: EnrolmentListProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const role = toRole(user.role);
  const [enrolling, setEnrolling] = useState(false);
  const [editing, setEditing] = useState<EnrolmentItem_EnrolmentFragment | null>(null);
  const headingId = `enrolments-${personId}`;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('people.details.enrolments')}
        </Title>
        {managesPeople(role) && !archived ? (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEnrolling(true)}>
            {t('people.enrol.open')}
          </Button>
        ) : null}
      </Group>
      {enrolments.length === 0 ? <Text c="dimmed">{t('people.details.noEnrolment')}</Text> : null}
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {enrolments.map((enrolment) => (
          <Paper component="li" key={enrolment.id} withBorder p="md" radius="md">
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/programs/${enrolment.program.id}`} fw={600}>
                    {enrolment.program.name}
                  </Anchor>
                  <EnrolmentStatusBadge status={enrolment.status} />
                </Group>
                {managesProgram(role, user.id, enrolment.program.leads) && !archived ? (
                  <Group gap={4} wrap="wrap">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setEditing(enrolment)}
                      aria-label={t('people.status.changeFor', { program: enrolment.program.name })}
                    >
                      {t('people.status.change')}
                    </Button>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setEditing(enrolment)}
                      aria-label={t('people.status.coachesFor', { program: enrolment.program.name })}
                    >
                      {t('people.status.coaches')}
                    </Button>
                  </Group>
                ) : null}
              </Group>
              <DetailList cols={3}>
                <Detail label={t('people.details.cohort')} emptyLabel={t('people.details.noCohort')}>
                  {enrolment.cohort?.name}
                </Detail>
                <Detail label={t('people.details.enrolledOn')}>{formatDate(enrolment.enrolledOn, locale)}</Detail>
                <Detail label={t('people.details.coaches')} emptyLabel={t('people.details.noCoach')}>
                  {enrolment.coaches.map((coach) => coach.displayName).join(', ')}
                </Detail>
                {enrolment.status === 'DROPPED_OUT' ? (
                  <Detail label={t('people.status.reason')} emptyLabel={t('common.notRecorded')}>
                    {enrolment.dropoutReason}
                  </Detail>
                ) : null}
              </DetailList>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {enrolling ? (
        <EnrolDialog
          opened
          personId={personId}
          personName={personName}
          enrolledProgramIds={enrolments.map((e) => e.program.id)}
          onClose={() => setEnrolling(false)}
        />
      ) : null}
      {editing ? <EnrolmentStatusDialog opened enrolment={editing} onClose={() => setEditing(null)} onReload={onReload} /> : null}
    </Stack>
  );
}
