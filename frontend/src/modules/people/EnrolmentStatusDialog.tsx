import { Alert, Button, Checkbox, Group, Modal, NativeSelect, ScrollArea, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorReason } from '@rafiq/shared';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentItem_EnrolmentFragment, EnrolmentStatus } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { ENROLMENT_STATUSES } from './personEnums';
import { useCoaches } from './useCoaches';
import { useUpdateEnrolment } from './useEnrolmentMutations';

export interface StatusValues {
  status: EnrolmentStatus;
  dropoutReason: string;
  coachIds: string[];
}

/** The update for the typed values: the status (and reason) as before, the coaches only when they changed. */
export function enrolmentUpdateInput(enrolment: Pick<EnrolmentItem_EnrolmentFragment, 'id' | 'version' | 'coaches'>, values: StatusValues) {
  const dropout = values.status === 'DROPPED_OUT';
  const before = enrolment.coaches.map((c) => c.id).sort();
  const after = [...values.coachIds].sort();
  const coachesChanged = before.length !== after.length || before.some((id, i) => id !== after[i]);
  return {
    id: enrolment.id,
    version: enrolment.version,
    status: values.status,
    dropoutReason: dropout ? values.dropoutReason.trim() : null,
    ...(coachesChanged ? { coachIds: values.coachIds } : {}),
  };
}

export interface EnrolmentStatusDialogProps {
  enrolment: EnrolmentItem_EnrolmentFragment;
  opened: boolean;
  onClose: () => void;
  /** Fetches the person (and her enrolments) again after a conflict. */
  onReload: () => Promise<unknown>;
}

/** Moves an enrolment along applied → selected → active → graduated, or records a dropout and why. */
export function EnrolmentStatusDialog({ enrolment, opened, onClose, onReload }: EnrolmentStatusDialogProps) {
  const { t } = useTranslation();
  const { updateEnrolment, loading } = useUpdateEnrolment();
  const { coaches: active } = useCoaches({ skip: !opened });
  // Coaches assigned now stay listed even if no longer active, so that they can be unticked.
  const coaches = [...active, ...enrolment.coaches.filter((c) => !active.some((a) => a.id === c.id))];
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm<StatusValues>({
    initialValues: { status: enrolment.status, dropoutReason: enrolment.dropoutReason ?? '', coachIds: enrolment.coaches.map((c) => c.id) },
    validate: {
      dropoutReason: (value, values) => (values.status === 'DROPPED_OUT' && !value.trim() ? t('people.status.reasonRequired') : null),
    },
  });

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = async (values: StatusValues) => {
    setFailure(null);
    try {
      await updateEnrolment(enrolmentUpdateInput(enrolment, values));
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, ['status', 'dropoutReason', 'coachIds'] as const);
      if (problems.length) {
        problems.forEach(({ field, reason }) =>
          form.setFieldError(field, field === 'dropoutReason' && reason === ErrorReason.REQUIRED ? t('people.status.reasonRequired') : t(`errors.reasons.${reason}`)),
        );
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('people.status.saved', { status: t(`enrolment.status.${values.status}`) }) });
    onClose();
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      setConflict(false);
      close();
    }
  };

  return (
    <>
      <Modal
        opened={opened && !conflict}
        onClose={close}
        title={t('people.status.title', { program: enrolment.program.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {t(failure)}
              </Alert>
            ) : null}
            <NativeSelect
              label={t('people.status.label')}
              data={ENROLMENT_STATUSES.map((status) => ({ value: status, label: t(`enrolment.status.${status}`) }))}
              {...form.getInputProps('status')}
            />
            {form.values.status === 'DROPPED_OUT' ? (
              <Textarea
                label={t('people.status.reason')}
                description={t('people.status.reasonHint')}
                required
                autosize
                minRows={2}
                maxLength={1000}
                {...form.getInputProps('dropoutReason')}
              />
            ) : null}
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
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog opened={conflict} reloading={reloading} onReload={() => void reload()} onCancel={() => setConflict(false)} />
    </>
  );
}
