import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeQuery, LegalForm, UpdateCooperativeInput } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { ValueChainOptionsDocument } from '../ventures/queries';
import { LEGAL_FORMS } from './enums';
import { UpdateCooperativeDocument } from './queries';

type Cooperative = CooperativeQuery['cooperative'];

export interface CooperativeDetailsValues {
  name: string;
  nameAr: string;
  legalForm: LegalForm;
  registrationNumber: string;
  createdOn: string;
  regionCode: string;
  provinceCode: string;
  commune: string;
  valueChainId: string;
}

const FIELDS = [
  'name',
  'nameAr',
  'legalForm',
  'registrationNumber',
  'createdOn',
  'regionCode',
  'provinceCode',
  'commune',
  'valueChainId',
] as const;

export function cooperativeValues(c: Cooperative): CooperativeDetailsValues {
  return {
    name: c.name,
    nameAr: c.nameAr ?? '',
    legalForm: c.legalForm,
    registrationNumber: c.registrationNumber ?? '',
    createdOn: c.createdOn ?? '',
    regionCode: c.region.code,
    provinceCode: c.provinceCode ?? '',
    commune: c.commune ?? '',
    valueChainId: c.valueChainId ?? '',
  };
}

/** The update sent for the typed values: every field, emptied ones as null (the version guards against lost updates). */
export function cooperativeUpdateInput(id: string, version: number, v: CooperativeDetailsValues): UpdateCooperativeInput {
  return {
    id,
    version,
    name: v.name.trim(),
    nameAr: v.nameAr.trim() || null,
    legalForm: v.legalForm,
    registrationNumber: v.registrationNumber.trim() || null,
    createdOn: v.createdOn || null,
    regionCode: v.regionCode,
    provinceCode: v.provinceCode || null,
    commune: v.commune.trim() || null,
    valueChainId: v.valueChainId || null,
  };
}

/** Edits a cooperative's identity; a stale version opens the conflict dialog, which reloads it. */
export function EditCooperativeDialog({
  cooperative,
  onClose,
  onReload,
}: {
  cooperative: Cooperative;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { regions } = useRegions();
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  const [update, { loading }] = useMutation(UpdateCooperativeDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm<CooperativeDetailsValues>({
    initialValues: cooperativeValues(cooperative),
    validate: {
      name: (v) => (v.trim() ? null : 'errors.reasons.REQUIRED'),
      regionCode: (v) => (v ? null : 'errors.reasons.REQUIRED'),
    },
  });
  const region = regions.find((r) => r.code === form.values.regionCode);
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: CooperativeDetailsValues) => {
    setFailure(null);
    try {
      await update({ variables: { input: cooperativeUpdateInput(cooperative.id, cooperative.version, values) } });
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

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      setConflict(false);
      onClose();
    }
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
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('fields.name')} required {...form.getInputProps('name')} error={err(form.errors.name)} />
              <TextInput label={t('fields.nameAr')} lang="ar" dir="rtl" {...form.getInputProps('nameAr')} error={err(form.errors.nameAr)} />
              <NativeSelect
                label={t('fields.legalForm')}
                data={LEGAL_FORMS.map((f) => ({ value: f, label: t(`legalForm.${f}`) }))}
                {...form.getInputProps('legalForm')}
                error={err(form.errors.legalForm)}
              />
              <TextInput
                label={t('fields.registrationNumber')}
                dir="ltr"
                {...form.getInputProps('registrationNumber')}
                error={err(form.errors.registrationNumber)}
              />
              <TextInput
                type="date"
                label={t('fields.createdOn')}
                {...form.getInputProps('createdOn')}
                error={err(form.errors.createdOn)}
              />
              <NativeSelect
                label={t('fields.region')}
                required
                data={[
                  { value: '', label: t('form.chooseRegion') },
                  ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) })),
                ]}
                {...form.getInputProps('regionCode')}
                onChange={(e) => {
                  form.setFieldValue('regionCode', e.currentTarget.value);
                  form.setFieldValue('provinceCode', '');
                }}
                error={err(form.errors.regionCode)}
              />
              <NativeSelect
                label={t('fields.province')}
                disabled={!region}
                data={[
                  { value: '', label: t('form.noProvince') },
                  ...(region?.provinces ?? []).map((p) => ({ value: p.code, label: placeName(p, locale) })),
                ]}
                {...form.getInputProps('provinceCode')}
                error={err(form.errors.provinceCode)}
              />
              <TextInput label={t('fields.commune')} {...form.getInputProps('commune')} error={err(form.errors.commune)} />
              <NativeSelect
                label={t('fields.valueChain')}
                data={[
                  { value: '', label: t('form.noValueChain') },
                  ...valueChains.map((v) => ({ value: v.id, label: placeName(v, locale) })),
                ]}
                {...form.getInputProps('valueChainId')}
                error={err(form.errors.valueChainId)}
              />
            </SimpleGrid>
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
      <ConflictDialog opened={conflict} reloading={reloading} onReload={() => void reload()} onCancel={() => setConflict(false)} />
    </>
  );
}
