import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpItem_FollowUpFragment } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { RecordFollowUpDocument } from './queries';

const FIELDS = ['stillOperating', 'revenue', 'jobsTotal', 'jobsWomen', 'jobsYouth', 'note'] as const;

export interface FollowUpValues {
  stillOperating: '' | 'yes' | 'no';
  revenue: number | string;
  jobsTotal: number | string;
  jobsWomen: number | string;
  jobsYouth: number | string;
  note: string;
}

const num = (v: number | string): number | null => (v === '' || v === null || v === undefined ? null : Number(v));

/** The mutation input for what the form holds (a closed activity sends no revenue and no jobs). */
export function followUpInput(f: Pick<FollowUpItem_FollowUpFragment, 'id' | 'version'>, v: FollowUpValues) {
  const operating = v.stillOperating === 'yes';
  return {
    id: f.id,
    version: f.version,
    stillOperating: operating,
    revenue: operating ? num(v.revenue) : null,
    jobsTotal: operating ? num(v.jobsTotal) : null,
    jobsWomen: operating ? num(v.jobsWomen) : null,
    jobsYouth: operating ? num(v.jobsYouth) : null,
    note: v.note.trim() || null,
  };
}

/** Records what the coach found at a 6- or 12-month follow-up: still operating? revenue? jobs? */
export function RecordFollowUpModal({
  followUp,
  name,
  onClose,
  onReload,
}: {
  followUp: FollowUpItem_FollowUpFragment | null;
  name: string;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('followUps');
  const { t: tc } = useTranslation();
  const [record, { loading }] = useMutation(RecordFollowUpDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflicted, setConflicted] = useState(false);
  const form = useForm<FollowUpValues>({
    initialValues: { stillOperating: '', revenue: '', jobsTotal: '', jobsWomen: '', jobsYouth: '', note: '' },
    validate: {
      stillOperating: (v) => (v ? null : 'errors.reasons.REQUIRED'),
      jobsWomen: (v, all) => (num(v) !== null && (num(all.jobsTotal) ?? 0) < (num(v) ?? 0) ? 'followUps:form.moreThanTotal' : null),
      jobsYouth: (v, all) => (num(v) !== null && (num(all.jobsTotal) ?? 0) < (num(v) ?? 0) ? 'followUps:form.moreThanTotal' : null),
    },
  });
  const err = (key: unknown) =>
    typeof key === 'string' && key
      ? key.startsWith('followUps:')
        ? t(key.slice(10) as 'form.moreThanTotal')
        : tc(key as 'errors.generic')
      : undefined;
  const operating = form.values.stillOperating === 'yes';

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = async (values: FollowUpValues) => {
    if (!followUp) return;
    setFailure(null);
    try {
      await record({ variables: { input: followUpInput(followUp, values) } });
    } catch (error) {
      if (isConflict(error)) {
        setConflicted(true);
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
    notifications.show({ color: 'teal', message: t('form.saved', { name }) });
    close();
  };

  return (
    <>
      <Modal
        opened={Boolean(followUp)}
        onClose={close}
        title={followUp ? t('form.title', { months: followUp.months, name }) : ''}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <Stack gap={4} role="radiogroup" aria-labelledby="follow-up-operating" aria-required="true">
              <Text fw={500} id="follow-up-operating">
                {t('form.stillOperating')}
              </Text>
              <SegmentedControl
                fullWidth
                size="md"
                data={[
                  { value: 'yes', label: t('form.yes') },
                  { value: 'no', label: t('form.no') },
                ]}
                value={form.values.stillOperating}
                onChange={(v) => form.setFieldValue('stillOperating', v)}
              />
              {form.errors.stillOperating ? (
                <Text c="red" size="sm" role="alert">
                  {err(form.errors.stillOperating)}
                </Text>
              ) : null}
            </Stack>
            {operating ? (
              <>
                <NumberInput
                  label={t('form.revenue')}
                  description={t('form.revenueHint')}
                  min={0}
                  decimalScale={2}
                  thousandSeparator=" "
                  dir="ltr"
                  {...form.getInputProps('revenue')}
                  error={err(form.errors.revenue)}
                />
                <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                  <NumberInput
                    label={t('form.jobsTotal')}
                    min={0}
                    allowDecimal={false}
                    {...form.getInputProps('jobsTotal')}
                    error={err(form.errors.jobsTotal)}
                  />
                  <NumberInput
                    label={t('form.jobsWomen')}
                    min={0}
                    allowDecimal={false}
                    {...form.getInputProps('jobsWomen')}
                    error={err(form.errors.jobsWomen)}
                  />
                  <NumberInput
                    label={t('form.jobsYouth')}
                    min={0}
                    allowDecimal={false}
                    {...form.getInputProps('jobsYouth')}
                    error={err(form.errors.jobsYouth)}
                  />
                </SimpleGrid>
              </>
            ) : null}
            <Textarea label={t('form.note')} autosize minRows={2} {...form.getInputProps('note')} error={err(form.errors.note)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog
        opened={conflicted}
        onCancel={() => setConflicted(false)}
        onReload={() => {
          setConflicted(false);
          void onReload().then(close);
        }}
      />
    </>
  );
}
