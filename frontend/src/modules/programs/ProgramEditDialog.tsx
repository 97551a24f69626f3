import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramDetails_ProgramFragment, UpdateProgramInput } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { ProgramTargetsDocument, UpdateProgramDocument, usePartnerOptions, useProgramLeads } from './programEditQueries';

export interface ProgramEditValues {
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  regionCodes: string[];
  leadIds: string[];
  partnerIds: string[];
  stallAfterDays: number | string;
}

const FIELDS = ['name', 'description', 'startsOn', 'endsOn', 'regionCodes', 'leadIds', 'partnerIds', 'stallAfterDays'] as const;

export function programUpdateInput(program: { id: string; version: number }, v: ProgramEditValues): UpdateProgramInput {
  return {
    id: program.id,
    version: program.version,
    name: v.name.trim(),
    description: v.description.trim() || null,
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || null,
    regionCodes: v.regionCodes,
    leadIds: v.leadIds,
    partnerIds: v.partnerIds,
    ...(v.stallAfterDays === '' ? {} : { stallAfterDays: Number(v.stallAfterDays) }),
  };
}

export function validateProgramEdit(v: ProgramEditValues): Partial<Record<keyof ProgramEditValues, string>> {
  const errors: Partial<Record<keyof ProgramEditValues, string>> = {};
  if (!v.name.trim()) errors.name = 'programs.errors.nameRequired';
  else if (v.name.trim().length > 200) errors.name = 'errors.reasons.TOO_LONG';
  if (v.endsOn && v.startsOn && v.endsOn < v.startsOn) errors.endsOn = 'programs.errors.endBeforeStart';
  if (!v.leadIds.length) errors.leadIds = 'programs:edit.leadRequired';
  if (
    v.stallAfterDays !== '' &&
    !(Number.isInteger(Number(v.stallAfterDays)) && Number(v.stallAfterDays) >= 7 && Number(v.stallAfterDays) <= 730)
  ) {
    errors.stallAfterDays = 'programs:edit.stallRange';
  }
  return errors;
}

/** Edits a programme: name, period, regions, its leads and the stall threshold; CONFLICT opens the reload dialog. */
export function ProgramEditDialog({
  program,
  onClose,
  onReload,
}: {
  program: ProgramDetails_ProgramFragment;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('programs');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { regions } = useRegions();
  const { leads } = useProgramLeads();
  const partners = usePartnerOptions();
  const extra = useQuery(ProgramTargetsDocument, { variables: { id: program.id } }).data?.program;
  const [update, { loading }] = useMutation(UpdateProgramDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<ProgramEditValues>({
    initialValues: {
      name: program.name,
      description: program.description ?? '',
      startsOn: program.startsOn ?? '',
      endsOn: program.endsOn ?? '',
      regionCodes: program.regionCodes,
      leadIds: program.leads.map((l) => l.id),
      partnerIds: program.partners.map((p) => p.id),
      stallAfterDays: '',
    },
    validate: validateProgramEdit,
  });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);
  // Current leads stay choosable even if the list of leads is not loaded yet.
  const leadOptions = [...leads, ...program.leads.filter((l) => !leads.some((x) => x.id === l.id))].map((l) => ({
    value: l.id,
    label: l.displayName,
  }));

  // Current partners stay listed even when archived since.
  const partnerOptions = [...partners, ...program.partners.filter((p) => !partners.some((x) => x.id === p.id))].map((p) => ({
    value: p.id,
    label: p.name,
  }));

  const submit = async (values: ProgramEditValues) => {
    setFailure(null);
    try {
      await update({ variables: { input: programUpdateInput(program, values) } });
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        for (const { field, reason } of problems) form.setFieldError(field, `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('edit.saved', { name: values.name.trim() }) });
    onClose();
  };

  return (
    <>
      <Modal opened={!conflict} onClose={onClose} size="lg" title={t('edit.title')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <TextInput
              label={tc('programs.fields.name')}
              required
              dir="auto"
              {...form.getInputProps('name')}
              error={err(form.errors.name)}
            />
            <Textarea
              label={tc('programs.fields.description')}
              autosize
              minRows={2}
              dir="auto"
              {...form.getInputProps('description')}
              error={err(form.errors.description)}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="date"
                label={tc('programs.fields.startsOn')}
                {...form.getInputProps('startsOn')}
                error={err(form.errors.startsOn)}
              />
              <TextInput
                type="date"
                label={tc('programs.fields.endsOn')}
                {...form.getInputProps('endsOn')}
                error={err(form.errors.endsOn)}
              />
            </SimpleGrid>
            <MultiSelect
              label={tc('programs.fields.leads')}
              required
              data={leadOptions}
              searchable
              {...form.getInputProps('leadIds')}
              error={err(form.errors.leadIds)}
            />
            <MultiSelect
              label={t('edit.partners')}
              description={t('edit.partnersHint')}
              data={partnerOptions}
              searchable
              {...form.getInputProps('partnerIds')}
              error={err(form.errors.partnerIds)}
            />
            <MultiSelect
              label={tc('programs.fields.regions')}
              description={tc('programs.form.regionsHint')}
              data={regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))}
              searchable
              {...form.getInputProps('regionCodes')}
              error={err(form.errors.regionCodes)}
            />
            <NumberInput
              label={t('edit.stallAfterDays')}
              description={t('edit.stallHint', { days: extra?.stallAfterDays ?? '' })}
              placeholder={extra ? String(extra.stallAfterDays) : undefined}
              min={7}
              max={730}
              allowDecimal={false}
              {...form.getInputProps('stallAfterDays')}
              error={err(form.errors.stallAfterDays)}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {tc('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog opened={conflict} onReload={() => void onReload().finally(onClose)} onCancel={() => setConflict(false)} />
    </>
  );
}
