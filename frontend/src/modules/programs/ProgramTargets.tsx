import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Locale } from '@rafiq/shared';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, TargetInput } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { ProgramTargetsDocument, SetProgramTargetsDocument } from './programEditQueries';

export const INDICATORS: readonly Indicator[] = [
  'BENEFICIARIES',
  'WOMEN',
  'WOMEN_SHARE',
  'YOUTH_SHARE',
  'NEET',
  'NEET_SHARE',
  'RURAL_SHARE',
  'PEOPLE_TRAINED',
  'COOPERATIVES',
  'COOPERATIVE_MEMBERS',
  'SESSIONS_DELIVERED',
  'JOBS_CREATED',
  'VENTURES_OPERATING_SHARE',
  'DROPOUT_RATE',
  'REGIONS_COVERED',
];

/** Shares are stored between 0 and 1 and typed as percentages. */
export function isShare(indicator: Indicator): boolean {
  return indicator.endsWith('_SHARE') || indicator === 'DROPOUT_RATE';
}

export interface TargetRow {
  indicator: Indicator | '';
  value: number | string;
  dueOn: string;
}

export interface TargetsValues {
  targets: TargetRow[];
}

/** The request: percentages back to shares; every target replaces the programme's. */
export function targetsInput(rows: TargetRow[]): TargetInput[] {
  return rows.flatMap((r) => {
    if (!r.indicator || r.value === '') return [];
    const value = Number(r.value);
    return [
      {
        indicator: r.indicator,
        value: isShare(r.indicator) ? Math.round(value * 100) / 10000 : value,
        ...(r.dueOn ? { dueOn: r.dueOn } : {}),
      },
    ];
  });
}

export function validateTargets(values: TargetsValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  values.targets.forEach((r, i) => {
    if (!r.indicator) errors[`targets.${i}.indicator`] = 'errors.reasons.REQUIRED';
    else if (seen.has(r.indicator)) errors[`targets.${i}.indicator`] = 'programs:targets.duplicate';
    else seen.add(r.indicator);
    const n = Number(r.value);
    if (r.value === '') errors[`targets.${i}.value`] = 'errors.reasons.REQUIRED';
    else if (!Number.isFinite(n) || n < 0 || (r.indicator && isShare(r.indicator) && n > 100))
      errors[`targets.${i}.value`] = r.indicator && isShare(r.indicator) ? 'programs:targets.percentRange' : 'errors.reasons.INVALID_VALUE';
  });
  return errors;
}

/** A programme's targets per indicator; those who manage the programme edit them. */
export function ProgramTargets({ programId, manages }: { programId: string; manages: boolean }) {
  const { t } = useTranslation('programs');
  const { locale } = useLocale();
  const { data } = useQuery(ProgramTargetsDocument, { variables: { id: programId }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const targets = data?.program.targets ?? [];
  const number = new Intl.NumberFormat(locale === Locale.AR ? 'ar-MA' : locale, { maximumFractionDigits: 2, numberingSystem: 'latn' });
  const shown = (indicator: Indicator, value: number) => (isShare(indicator) ? `${number.format(value * 100)} %` : number.format(value));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="targets-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h3" id="targets-heading">
            {t('targets.title')}
          </Title>
          {manages && data ? (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('targets.edit')}
            </Button>
          ) : null}
        </Group>
        {data && targets.length === 0 ? <Text c="dimmed">{t('targets.empty')}</Text> : null}
        {targets.length ? (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('targets.indicator')}</Table.Th>
                  <Table.Th scope="col">{t('targets.value')}</Table.Th>
                  <Table.Th scope="col">{t('targets.dueOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {targets.map((target) => (
                  <Table.Tr key={target.id}>
                    <Table.Td>{t(`indicator.${target.indicator}`)}</Table.Td>
                    <Table.Td>{shown(target.indicator, target.targetValue)}</Table.Td>
                    <Table.Td>{target.dueOn ? formatDate(target.dueOn, locale) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      {editing && data ? (
        <TargetsDialog
          programId={programId}
          initial={targets.map((x) => ({
            indicator: x.indicator,
            value: isShare(x.indicator) ? Math.round(x.targetValue * 10000) / 100 : x.targetValue,
            dueOn: x.dueOn ?? '',
          }))}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Paper>
  );
}

export function TargetsDialog({ programId, initial, onClose }: { programId: string; initial: TargetRow[]; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const { t: tc } = useTranslation();
  const [save, { loading }] = useMutation(SetProgramTargetsDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<TargetsValues>({ initialValues: { targets: initial }, validate: validateTargets });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: TargetsValues) => {
    setFailure(null);
    try {
      await save({ variables: { input: { programId, targets: targetsInput(values.targets) } } });
    } catch (error) {
      // The server names a row's field as `targets.<i>.value`.
      const fields = values.targets.flatMap((_, i) => [`targets.${i}.indicator`, `targets.${i}.value`, `targets.${i}.dueOn`]);
      const problems = inputProblems(error, fields);
      if (problems.length) {
        for (const { field, reason } of problems) form.setFieldError(field, `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('targets.saved') });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={t('targets.editTitle')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {tc(failure)}
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('targets.hint')}
          </Text>
          {form.values.targets.length === 0 ? <Text c="dimmed">{t('targets.empty')}</Text> : null}
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {form.values.targets.map((row, i) => {
              const label = row.indicator ? t(`indicator.${row.indicator}`) : String(i + 1);
              return (
                <li key={i}>
                  <Group gap="sm" align="flex-start" wrap="wrap">
                    <NativeSelect
                      label={t('targets.indicator')}
                      data={[
                        { value: '', label: t('targets.choose') },
                        ...INDICATORS.map((ind) => ({ value: ind, label: t(`indicator.${ind}`) })),
                      ]}
                      {...form.getInputProps(`targets.${i}.indicator`)}
                      error={err(form.errors[`targets.${i}.indicator`])}
                      style={{ flex: '1 1 14rem' }}
                    />
                    <NumberInput
                      label={row.indicator && isShare(row.indicator) ? t('targets.percent') : t('targets.value')}
                      min={0}
                      max={row.indicator && isShare(row.indicator) ? 100 : undefined}
                      {...form.getInputProps(`targets.${i}.value`)}
                      error={err(form.errors[`targets.${i}.value`])}
                      style={{ flex: '1 1 7rem' }}
                    />
                    <TextInput
                      type="date"
                      label={t('targets.dueOn')}
                      {...form.getInputProps(`targets.${i}.dueOn`)}
                      error={err(form.errors[`targets.${i}.dueOn`])}
                      style={{ flex: '1 1 9rem' }}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mt={24}
                      aria-label={t('targets.remove', { name: label })}
                      onClick={() => form.removeListItem('targets', i)}
                    >
                      <IconTrash size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Group>
                </li>
              );
            })}
          </Stack>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('targets', { indicator: '', value: '', dueOn: '' })}
          >
            {t('targets.add')}
          </Button>
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
  );
}
