import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorReason } from '@rafiq/shared';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureKey, inputProblems, translatedInputProps } from '../errors';
import { useCreateCohort } from './usePrograms';

interface CohortValues {
  name: string;
  startsOn: string;
  endsOn: string;
}

type CohortErrorKey =
  'programs.errors.nameRequired' | 'programs.errors.endBeforeStart' | 'errors.reasons.TOO_LONG' | 'errors.reasons.INVALID_VALUE';

function cohortMessage(field: keyof CohortValues, reason: ErrorReason): CohortErrorKey {
  if (field === 'endsOn' && reason === ErrorReason.INVALID_VALUE) return 'programs.errors.endBeforeStart';
  if (field === 'name' && reason === ErrorReason.REQUIRED) return 'programs.errors.nameRequired';
  return reason === ErrorReason.TOO_LONG ? 'errors.reasons.TOO_LONG' : 'errors.reasons.INVALID_VALUE';
}

/** A new intake of the programme: a name and, if known, its dates. */
export function CohortDialog({ programId, opened, onClose }: { programId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { createCohort, loading } = useCreateCohort();
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<CohortValues>({
    initialValues: { name: '', startsOn: '', endsOn: '' },
    validate: {
      name: (value): CohortErrorKey | null =>
        !value.trim() ? 'programs.errors.nameRequired' : value.trim().length > 200 ? 'errors.reasons.TOO_LONG' : null,
      endsOn: (value, values): CohortErrorKey | null =>
        value && values.startsOn && value < values.startsOn ? 'programs.errors.endBeforeStart' : null,
    },
  });
  const props = (field: keyof CohortValues) => translatedInputProps(form.getInputProps(field), (key) => t(key as CohortErrorKey));

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = async (values: CohortValues) => {
    setFailure(null);
    try {
      await createCohort({ programId, name: values.name.trim(), startsOn: values.startsOn || null, endsOn: values.endsOn || null });
    } catch (error) {
      const problems = inputProblems(error, ['name', 'startsOn', 'endsOn'] as const);
      if (problems.length) {
        problems.forEach(({ field, reason }) => form.setFieldError(field, cohortMessage(field, reason)));
      } else setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('programs.cohorts.created', { name: values.name.trim() }) });
    close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('programs.cohorts.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {t(failure)}
            </Alert>
          ) : null}
          <TextInput label={t('programs.cohorts.name')} required data-autofocus {...props('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('programs.fields.startsOn')} {...props('startsOn')} />
            <TextInput type="date" label={t('programs.fields.endsOn')} {...props('endsOn')} />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('programs.cohorts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
