import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorReason } from '@rafiq/shared';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentItem_EnrolmentFragment, EnrolmentStatus } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { ENROLMENT_STATUSES } from './personEnums';
import { useUpdateEnrolment } from './useEnrolmentMutations';

interface StatusValues {
  status: EnrolmentStatus;
  dropoutReason: string;
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
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm<StatusValues>({
    initialValues: { status: enrolment.status, dropoutReason: enrolment.dropoutReason ?? '' },
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
    const dropout = values.status === 'DROPPED_OUT';
    try {
      await updateEnrolment({
        id: enrolment.id,
        version: enrolment.version,
        status: values.status,
        dropoutReason: dropout ? values.dropoutReason.trim() : null,
      });
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, ['status', 'dropoutReason'] as const);
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
