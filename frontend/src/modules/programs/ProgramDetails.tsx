import { useApolloClient } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramDetails_ProgramFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { Detail, DetailList } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { CohortDialog } from './CohortDialog';
import { managesProgram } from './permissions';
import { ProgramEditDialog } from './ProgramEditDialog';
import { ProgramTargets } from './ProgramTargets';

/** A programme: description, period, regions, leads, cohorts; a link to its people. */
export function ProgramDetails({ program }: { program: ProgramDetails_ProgramFragment }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('sessions');
  const { locale } = useLocale();
  const user = useCurrentUser();
  const { regions } = useRegions();
  const [addingCohort, setAddingCohort] = useState(false);
  const [editing, setEditing] = useState(false);
  const client = useApolloClient();
  const { t: tp } = useTranslation('programs');
  const manages = managesProgram(toRole(user.role), user.id, program.leads) && !program.archivedAt;
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : null);
  const regionNames = program.regionCodes.map((code) => {
    const region = regions.find((r) => r.code === code);
    return region ? placeName(region, locale) : code;
  });

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to="/programs" size="sm">
          {t('programs.details.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={1}>{program.name}</Title>
            {program.archivedAt ? (
              <Badge color="gray" variant="filled" mt="xs" tt="none">
                {t('programs.details.archived')}
              </Badge>
            ) : null}
          </div>
          <Group gap="sm" wrap="wrap">
            {manages ? (
              <Button variant="light" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => setEditing(true)}>
                {tp('edit.open')}
              </Button>
            ) : null}
            <Button
              component={Link}
              to={`/people?programId=${encodeURIComponent(program.id)}`}
              variant="light"
              leftSection={<IconUsers size={16} aria-hidden="true" />}
            >
              {t('programs.details.people')}
            </Button>
          </Group>
        </Group>
      </Stack>

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          {program.description ? <Text style={{ whiteSpace: 'pre-line' }}>{program.description}</Text> : null}
          <DetailList>
            <Detail label={t('programs.fields.startsOn')} emptyLabel={t('common.notRecorded')}>
              {date(program.startsOn)}
            </Detail>
            <Detail label={t('programs.fields.endsOn')} emptyLabel={t('common.notRecorded')}>
              {date(program.endsOn)}
            </Detail>
            <Detail label={t('programs.fields.regions')}>{regionNames.length ? regionNames.join(', ') : t('programs.anyRegion')}</Detail>
            <Detail label={t('programs.fields.leads')} emptyLabel={t('programs.noLead')}>
              {program.leads.map((lead) => lead.displayName).join(', ')}
            </Detail>
            <Detail label={tp('edit.partners')} emptyLabel={t('common.notRecorded')}>
              {program.partners.map((p) => p.name).join(', ')}
            </Detail>
          </DetailList>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cohorts-heading">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Title order={2} size="h3" id="cohorts-heading">
              {t('programs.cohorts.title')}
            </Title>
            {manages ? (
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setAddingCohort(true)}>
                {t('programs.cohorts.new')}
              </Button>
            ) : null}
          </Group>
          {program.cohorts.length === 0 ? (
            <Text c="dimmed">{t('programs.cohorts.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('programs.cohorts.name')}</Table.Th>
                    <Table.Th scope="col">{t('programs.fields.startsOn')}</Table.Th>
                    <Table.Th scope="col">{t('programs.fields.endsOn')}</Table.Th>
                    {manages ? <Table.Th scope="col">{ts('assign.column')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {program.cohorts.map((cohort) => (
                    <Table.Tr key={cohort.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/people?programId=${encodeURIComponent(program.id)}&cohortId=${encodeURIComponent(cohort.id)}`}
                        >
                          {cohort.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{date(cohort.startsOn)}</Table.Td>
                      <Table.Td>{date(cohort.endsOn)}</Table.Td>
                      {manages ? (
                        <Table.Td>
                          <Anchor component={Link} to={`/cohorts/${cohort.id}/assign-coaches`}>
                            {ts('assign.open', { cohort: cohort.name })}
                          </Anchor>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
      <ProgramTargets programId={program.id} manages={manages} />
      {editing ? (
        <ProgramEditDialog
          program={program}
          onClose={() => setEditing(false)}
          onReload={() => client.refetchQueries({ include: ['Program'] })}
        />
      ) : null}
      {addingCohort ? <CohortDialog programId={program.id} opened onClose={() => setAddingCohort(false)} /> : null}
    </Stack>
  );
}
