import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, ScrollArea, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '../../gql/graphql';
import { toRole, useCurrentUser } from '../auth';
import { failureKey, inputProblems } from '../errors';
import { ENROLMENT_STATUSES } from '../people/personEnums';
import { useCoaches } from '../people/useCoaches';
import { managesProgram, useProgramOptions } from '../programs';
import { EnrolPeopleDocument } from './queries';

const START_STATUSES = ENROLMENT_STATUSES.filter((status) => status !== 'DROPPED_OUT');

export interface EnrolMembersValues {
  personIds: string[];
  programId: string;
  cohortId: string;
  status: EnrolmentStatus;
  coachId: string;
}

export interface EnrollableMember {
  personId: string;
  name: string;
}

/** The request for the chosen members: one programme, cohort, status and (optionally) coach for all. */
export function enrolMembersInput(v: EnrolMembersValues) {
  return {
    personIds: v.personIds,
    programId: v.programId,
    cohortId: v.cohortId || null,
    status: v.status,
    ...(v.coachId ? { coachIds: [v.coachId] } : {}),
  };
}

/** Enrols the chosen current members (all by default) in a programme the user manages, in one request. */
export function EnrolMembersDialog({
  members,
  onClose,
  onChanged,
}: {
  members: EnrollableMember[];
  onClose: () => void;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const { programs, loading: programsLoading } = useProgramOptions();
  const { coaches } = useCoaches();
  const [enrol, { loading }] = useMutation(EnrolPeopleDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<EnrolMembersValues>({
    initialValues: { personIds: members.map((m) => m.personId), programId: '', cohortId: '', status: 'ACTIVE', coachId: '' },
    validate: {
      programId: (v) => (v ? null : t('enrol.programRequired')),
      personIds: (v) => (v.length ? null : t('enrol.membersRequired')),
    },
  });
  const offered = programs.filter((p) => managesProgram(toRole(user.role), user.id, p.leads));
  const program = offered.find((p) => p.id === form.values.programId);

  const submit = async (values: EnrolMembersValues) => {
    setFailure(null);
    let enrolled: number;
    try {
      const result = await enrol({ variables: { input: enrolMembersInput(values) } });
      enrolled = result.data?.enrolPeople.length ?? 0;
    } catch (error) {
      const problems = inputProblems(error, ['personIds', 'programId', 'cohortId', 'status', 'coachIds'] as const);
      if (problems.length) {
        for (const { field, reason } of problems)
          form.setFieldError(field === 'coachIds' ? 'coachId' : field, tc(`errors.reasons.${reason}`));
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    const skipped = values.personIds.length - enrolled;
    notifications.show({
      color: 'teal',
      message:
        t('enrol.done', { count: enrolled, program: program?.name ?? '' }) + (skipped ? ` ${t('enrol.skipped', { count: skipped })}` : ''),
    });
    await onChanged().catch(() => undefined);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('enrol.title')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {tc(failure)}
            </Alert>
          ) : null}
          {!programsLoading && offered.length === 0 ? (
            <Alert color="yellow" role="status">
              {t('enrol.noProgram')}
            </Alert>
          ) : null}
          <Checkbox.Group label={t('enrol.members')} description={t('enrol.membersHint')} {...form.getInputProps('personIds')}>
            <ScrollArea.Autosize mah={220} type="auto" mt="xs">
              <Stack gap={6}>
                {members.map((m) => (
                  <Checkbox key={m.personId} value={m.personId} label={m.name} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Checkbox.Group>
          <NativeSelect
            label={t('enrol.program')}
            required
            data={[{ value: '', label: t('enrol.chooseProgram') }, ...offered.map((p) => ({ value: p.id, label: p.name }))]}
            {...form.getInputProps('programId')}
            onChange={(e) => {
              form.setFieldValue('programId', e.currentTarget.value);
              form.setFieldValue('cohortId', '');
            }}
          />
          <NativeSelect
            label={t('enrol.cohort')}
            disabled={!program || program.cohorts.length === 0}
            data={[{ value: '', label: t('enrol.noCohort') }, ...(program?.cohorts ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            {...form.getInputProps('cohortId')}
          />
          <NativeSelect
            label={t('enrol.status')}
            data={START_STATUSES.map((status) => ({ value: status, label: tc(`enrolment.status.${status}`) }))}
            {...form.getInputProps('status')}
          />
          <NativeSelect
            label={t('enrol.coach')}
            data={[{ value: '', label: t('enrol.noCoach') }, ...coaches.map((c) => ({ value: c.id, label: c.displayName }))]}
            {...form.getInputProps('coachId')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('enrol.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
