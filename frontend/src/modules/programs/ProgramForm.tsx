import { Alert, Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorReason } from '@rafiq/shared';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failureKey, inputProblems, translatedInputProps } from '../errors';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { useProgramLeads } from './programEditQueries';
import { useCreateProgram } from './usePrograms';
import { toRole, useCurrentUser } from '../auth';
import { Role } from '@rafiq/shared';

interface ProgramValues {
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  regionCodes: string[];
  leadIds: string[];
}

type ProgramField = keyof ProgramValues;
type ProgramErrorKey =
  | 'programs.errors.nameRequired'
  | 'programs.errors.endBeforeStart'
  | 'errors.reasons.TOO_LONG'
  | 'errors.reasons.INVALID_VALUE'
  | 'errors.reasons.REQUIRED';

const FIELDS: readonly ProgramField[] = ['name', 'description', 'startsOn', 'endsOn', 'regionCodes', 'leadIds'];

function messageFor(field: ProgramField, reason: ErrorReason): ProgramErrorKey {
  if (field === 'name' && reason === ErrorReason.REQUIRED) return 'programs.errors.nameRequired';
  if (field === 'endsOn' && reason === ErrorReason.INVALID_VALUE) return 'programs.errors.endBeforeStart';
  if (reason === ErrorReason.TOO_LONG) return 'errors.reasons.TOO_LONG';
  if (reason === ErrorReason.REQUIRED) return 'errors.reasons.REQUIRED';
  return 'errors.reasons.INVALID_VALUE';
}

/** A new programme: name, description, period, the regions it covers. The creating lead leads it. */
export function ProgramForm() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programs');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { regions } = useRegions();
  const { createProgram, loading } = useCreateProgram();
  const user = useCurrentUser();
  const isLead = toRole(user.role) === Role.PROGRAM_LEAD;
  const { leads } = useProgramLeads();
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<ProgramValues>({
    initialValues: { name: '', description: '', startsOn: '', endsOn: '', regionCodes: [], leadIds: [] },
    validate: {
      name: (value): ProgramErrorKey | null =>
        !value.trim() ? 'programs.errors.nameRequired' : value.trim().length > 200 ? 'errors.reasons.TOO_LONG' : null,
      description: (value): ProgramErrorKey | null => (value.length > 5000 ? 'errors.reasons.TOO_LONG' : null),
      endsOn: (value, values): ProgramErrorKey | null =>
        value && values.startsOn && value < values.startsOn ? 'programs.errors.endBeforeStart' : null,
    },
  });
  const props = (field: ProgramField) => translatedInputProps(form.getInputProps(field), (key) => t(key as ProgramErrorKey));
  const focus = (field: ProgramField) => form.getInputNode(field)?.focus();

  const submit = async (values: ProgramValues) => {
    setFailure(null);
    let program;
    try {
      program = await createProgram({
        name: values.name.trim(),
        description: values.description.trim() || null,
        startsOn: values.startsOn || null,
        endsOn: values.endsOn || null,
        regionCodes: values.regionCodes,
        ...(values.leadIds.length ? { leadIds: values.leadIds } : {}),
      });
    } catch (error) {
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        problems.forEach(({ field, reason }) => form.setFieldError(field, messageFor(field, reason)));
        focus(problems[0].field);
      } else setFailure(failureKey(error));
      return;
    }
    if (!program) return;
    notifications.show({ color: 'teal', message: t('programs.form.created', { name: program.name }) });
    await navigate(`/programs/${program.id}`);
  };

  return (
    <Stack gap="lg" maw={800}>
      <Title order={1}>{t('programs.form.title')}</Title>
      <form
        noValidate
        aria-label={t('programs.form.title')}
        onSubmit={form.onSubmit(
          (values) => void submit(values),
          (errors) => focus(FIELDS.find((field) => Boolean(errors[field])) ?? 'name'),
        )}
      >
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {t(failure)}
            </Alert>
          ) : null}
          <TextInput label={t('programs.fields.name')} required dir="auto" {...props('name')} />
          <Textarea label={t('programs.fields.description')} autosize minRows={3} dir="auto" {...props('description')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('programs.fields.startsOn')} {...props('startsOn')} />
            <TextInput type="date" label={t('programs.fields.endsOn')} {...props('endsOn')} />
          </SimpleGrid>
          <MultiSelect
            label={t('programs.fields.leads')}
            description={isLead ? tp('form.leadsHintLead') : tp('form.leadsHint')}
            data={leads.filter((lead) => !(isLead && lead.id === user.id)).map((lead) => ({ value: lead.id, label: lead.displayName }))}
            searchable
            {...props('leadIds')}
          />
          <Checkbox.Group label={t('programs.fields.regions')} description={t('programs.form.regionsHint')} {...props('regionCodes')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {regions.map((region) => (
                <Checkbox key={region.code} value={region.code} label={placeName(region, locale)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/programs">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('programs.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
