import { Alert, Button, Checkbox, Group, Modal, NativeSelect, ScrollArea, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorReason } from '@rafiq/shared';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '../../gql/graphql';
import { toRole, useCurrentUser } from '../auth';
import { failureKey, inputProblems } from '../errors';
import { managesProgram, useProgramOptions } from '../programs';
import { ENROLMENT_STATUSES } from './personEnums';
import { useCoaches } from './useCoaches';
import { useEnrolPerson } from './useEnrolmentMutations';

/** A new enrolment cannot start as a dropout. */
const START_STATUSES = ENROLMENT_STATUSES.filter((status) => status !== 'DROPPED_OUT');

interface EnrolValues {
  programId: string;
  cohortId: string;
  status: EnrolmentStatus;
  coachIds: string[];
}

export interface EnrolDialogProps {
  personId: string;
  personName: string;
  /** Programmes she is already enrolled in (not offered again). */
  enrolledProgramIds: readonly string[];
  opened: boolean;
  onClose: () => void;
}

/** Enrols the person in a programme the user manages: programme → cohort, a status, her coaches. */
export function EnrolDialog({ personId, personName, enrolledProgramIds, opened, onClose }: EnrolDialogProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { programs, loading: programsLoading } = useProgramOptions({ skip: !opened });
  const { coaches } = useCoaches({ skip: !opened });
  const { enrolPerson, loading } = useEnrolPerson();
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<EnrolValues>({
    initialValues: { programId: '', cohortId: '', status: 'APPLIED', coachIds: [] },
    validate: { programId: (value) => (value ? null : t('people.enrol.programRequired')) },
  });

  const offered = programs.filter((p) => managesProgram(toRole(user.role), user.id, p.leads) && !enrolledProgramIds.includes(p.id));
  const program = offered.find((p) => p.id === form.values.programId);

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = async (values: EnrolValues) => {
    setFailure(null);
    try {
      await enrolPerson({
        personId,
        programId: values.programId,
        cohortId: values.cohortId || null,
        status: values.status,
        ...(values.coachIds.length ? { coachIds: values.coachIds } : {}),
      });
    } catch (error) {
      const problems = inputProblems(error, ['personId', 'programId', 'cohortId', 'status', 'coachIds'] as const);
      if (problems.length) {
        for (const { field, reason } of problems) {
          const target = field === 'personId' ? 'programId' : field;
          form.setFieldError(target, reason === ErrorReason.DUPLICATE ? t('people.enrol.alreadyEnrolled') : t(`errors.reasons.${reason}`));
        }
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('people.enrol.done', { name: personName, program: program?.name ?? '' }) });
    close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('people.enrol.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="md">
          <Text size="sm">{t('people.enrol.intro', { name: personName })}</Text>
          {failure ? (
            <Alert color="red" role="alert">
              {t(failure)}
            </Alert>
          ) : null}
          {!programsLoading && offered.length === 0 ? (
            <Alert color="yellow" role="status">
              {t('people.enrol.noProgram')}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('people.enrol.program')}
            required
            data={[{ value: '', label: t('people.enrol.chooseProgram') }, ...offered.map((p) => ({ value: p.id, label: p.name }))]}
            {...form.getInputProps('programId')}
            onChange={(e) => {
              form.setFieldValue('programId', e.currentTarget.value);
              form.setFieldValue('cohortId', '');
            }}
          />
          <NativeSelect
            label={t('people.enrol.cohort')}
            disabled={!program || program.cohorts.length === 0}
            data={[{ value: '', label: t('people.enrol.noCohort') }, ...(program?.cohorts ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            {...form.getInputProps('cohortId')}
          />
          <NativeSelect
            label={t('people.enrol.status')}
            data={START_STATUSES.map((status) => ({ value: status, label: t(`enrolment.status.${status}`) }))}
            {...form.getInputProps('status')}
          />
          {coaches.length ? (
            <Checkbox.Group label={t('people.enrol.coaches')} description={t('people.enrol.coachesHint')} {...form.getInputProps('coachIds')}>
              <ScrollArea.Autosize mah={200} type="auto" mt="xs">
                <Stack gap={6}>
                  {coaches.map((coach) => (
                    <Checkbox key={coach.id} value={coach.id} label={coach.displayName} />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Checkbox.Group>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('people.enrol.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
