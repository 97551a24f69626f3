import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorReason, Locale } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage, VentureCard_VentureFragment } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { MoveVentureStageDocument, StageCriteriaDocument } from './queries';
import { today } from './stages';

interface MoveValues {
  criteriaMet: string[];
  changedOn: string;
  note: string;
  evidence: string;
  justification: string;
}

const FIELDS = ['changedOn', 'note', 'evidence', 'justification', 'criteriaMet', 'toStage'] as const;

export interface MoveStageDialogProps {
  venture: VentureCard_VentureFragment;
  toStage: Stage;
  onClose: () => void;
  /** After a move, or after a CONFLICT: fetch the board and the funnel again. */
  onChanged: () => Promise<unknown> | void;
}

/** The criteria dialog: the programme's checklist for the new stage, a note, evidence, a date, and a justification when a criterion is unmet. */
export function MoveStageDialog({ venture, toStage, onClose, onChanged }: MoveStageDialogProps) {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const criteriaQuery = useQuery(StageCriteriaDocument, {
    variables: { programId: venture.programId ?? '', stage: toStage },
    skip: !venture.programId,
  });
  const criteria = [...(criteriaQuery.data?.stageCriteria ?? [])]
    .filter((c) => c.stage === toStage)
    .sort((a, b) => a.position - b.position);
  const [move, { loading }] = useMutation(MoveVentureStageDocument);
  const form = useForm<MoveValues>({
    initialValues: { criteriaMet: [], changedOn: today(), note: '', evidence: '', justification: '' },
    validate: {
      justification: (value, values) =>
        criteria.some((c) => !values.criteriaMet.includes(c.id)) && !value.trim() ? 'move.justificationRequired' : null,
      changedOn: (value) => (value ? null : 'errors.reasons.REQUIRED'),
    },
  });
  const unmet = criteria.some((c) => !form.values.criteriaMet.includes(c.id));
  const stageName = t(`stage.${toStage}`);

  const errorText = (key: unknown) => {
    if (typeof key !== 'string' || !key) return undefined;
    return key.startsWith('errors.') ? tc(key as 'errors.generic') : t(key as 'move.justificationRequired');
  };

  const submit = async (values: MoveValues) => {
    setFailure(null);
    try {
      await move({
        variables: {
          input: {
            ventureId: venture.id,
            version: venture.version,
            toStage,
            changedOn: values.changedOn,
            note: values.note.trim() || null,
            evidence: values.evidence.trim() || null,
            criteriaMet: values.criteriaMet,
            justification: values.justification.trim() || null,
          },
        },
      });
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        for (const { field, reason } of problems) {
          const target = field === 'toStage' || field === 'criteriaMet' ? 'justification' : field;
          form.setFieldError(
            target,
            target === 'justification' && reason === ErrorReason.REQUIRED ? 'move.justificationRequired' : `errors.reasons.${reason}`,
          );
        }
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('move.done', { title: venture.title, stage: stageName }) });
    void onChanged();
    onClose();
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onChanged();
    } finally {
      setReloading(false);
      setConflict(false);
      onClose();
    }
  };

  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        title={t('move.title', { title: venture.title, stage: stageName })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            {criteriaQuery.loading ? <Loader size="sm" aria-label={tc('common.loading')} /> : null}
            {criteriaQuery.error ? (
              <Alert color="red" role="alert">
                {t('move.criteriaLoadError')}
              </Alert>
            ) : null}
            {!criteriaQuery.loading && !criteriaQuery.error && criteria.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('move.noCriteria')}
              </Text>
            ) : null}
            {criteria.length ? (
              <Checkbox.Group label={t('move.criteria')} {...form.getInputProps('criteriaMet')}>
                <Stack gap={6} mt="xs">
                  {criteria.map((c) => (
                    <Checkbox key={c.id} value={c.id} label={locale === Locale.AR && c.labelAr ? c.labelAr : c.labelFr} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : null}
            <TextInput
              type="date"
              label={t('move.changedOn')}
              required
              max={today()}
              {...form.getInputProps('changedOn')}
              error={errorText(form.errors.changedOn)}
            />
            <Textarea label={t('move.note')} autosize minRows={2} {...form.getInputProps('note')} error={errorText(form.errors.note)} />
            <TextInput label={t('move.evidence')} {...form.getInputProps('evidence')} error={errorText(form.errors.evidence)} />
            {unmet || form.errors.justification ? (
              <Textarea
                label={t('move.justification')}
                description={t('move.justificationHint')}
                required
                autosize
                minRows={2}
                {...form.getInputProps('justification')}
                error={errorText(form.errors.justification)}
              />
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} disabled={criteriaQuery.loading}>
                {t('move.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog
        opened={conflict}
        reloading={reloading}
        onReload={() => void reload()}
        onCancel={() => {
          setConflict(false);
          onClose();
        }}
      />
    </>
  );
}
