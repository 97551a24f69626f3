import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Locale } from '@rafiq/shared';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreateVentureInput, UpdateVentureInput } from '../../gql/graphql';
import { PersonSearch } from '../cooperatives/PersonSearch';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useCurrentUser } from '../auth';
import { isNetworkFailure, newIdempotencyKey, outbox } from '../offline';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { useProgramOptions } from '../programs';
import { placeName, useRegions } from '../reference';
import { CooperativeOwnerSearchDocument, CreateVentureDocument, UpdateVentureDocument, ValueChainOptionsDocument } from './queries';

export type OwnerKind = 'PERSON' | 'COOPERATIVE';

export interface VentureOwner {
  kind: OwnerKind;
  id: string;
  name: string;
}

export interface VentureValues {
  owner: VentureOwner | null;
  ownerKind: OwnerKind;
  title: string;
  description: string;
  valueChainId: string;
  regionCode: string;
  provinceCode: string;
  programId: string;
}

const FIELDS = [
  'ownerPersonId',
  'ownerCooperativeId',
  'title',
  'description',
  'valueChainId',
  'regionCode',
  'provinceCode',
  'programId',
] as const;
type Field = (typeof FIELDS)[number];

/** The form field that shows a server problem about `field`. */
function formField(field: Field): keyof VentureValues {
  return field === 'ownerPersonId' || field === 'ownerCooperativeId' ? 'owner' : field;
}

export function createVentureInput(v: VentureValues): CreateVentureInput {
  return {
    title: v.title.trim(),
    description: v.description.trim() || null,
    ...(v.owner?.kind === 'COOPERATIVE' ? { ownerCooperativeId: v.owner.id } : { ownerPersonId: v.owner?.id ?? null }),
    valueChainId: v.valueChainId || null,
    // Without a region, the venture takes its owner's.
    regionCode: v.regionCode || null,
    provinceCode: v.provinceCode || null,
    programId: v.programId || null,
  };
}

export function updateVentureInput(id: string, version: number, v: VentureValues): UpdateVentureInput {
  return {
    id,
    version,
    title: v.title.trim(),
    description: v.description.trim() || null,
    valueChainId: v.valueChainId || null,
    regionCode: v.regionCode,
    provinceCode: v.provinceCode || null,
    programId: v.programId || null,
  };
}

export interface EditedVenture {
  id: string;
  version: number;
  title: string;
  description?: string | null;
  valueChainId?: string | null;
  region: { code: string };
  provinceCode?: string | null;
  programId?: string | null;
}

export interface VentureFormProps {
  /** A new venture for this owner (from a person or cooperative page); otherwise it is chosen here. */
  owner?: VentureOwner | null;
  /** The venture edited (versioned); absent for a new one. */
  venture?: EditedVenture;
  /** After a save (edit) or cancel; a new venture opens its page instead. */
  onDone?: () => void;
  /** Fetches the venture again after a conflict. */
  onReload?: () => Promise<unknown>;
}

/** A new venture (owner: a person or a cooperative) or the edit of one, with translated inline errors. */
export function VentureForm({ owner = null, venture, onDone, onReload }: VentureFormProps) {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { regions } = useRegions();
  const { programs } = useProgramOptions();
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  const [create, { loading: creating }] = useMutation(CreateVentureDocument);
  const [update, { loading: updating }] = useMutation(UpdateVentureDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const user = useCurrentUser();
  const { t: tOffline } = useTranslation('offline');
  // One key per edit: its replay from the outbox (after a lost answer) is not a conflict with itself.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [reloading, setReloading] = useState(false);
  const editing = Boolean(venture);
  const form = useForm<VentureValues>({
    initialValues: {
      owner,
      ownerKind: owner?.kind ?? 'PERSON',
      title: venture?.title ?? '',
      description: venture?.description ?? '',
      valueChainId: venture?.valueChainId ?? '',
      regionCode: venture?.region.code ?? '',
      provinceCode: venture?.provinceCode ?? '',
      programId: venture?.programId ?? '',
    },
    validate: {
      owner: (v) => (editing || v ? null : 'ventures:form.ownerRequired'),
      title: (v) => (!v.trim() ? 'errors.reasons.REQUIRED' : v.trim().length > 200 ? 'errors.reasons.TOO_LONG' : null),
      regionCode: (v) => (editing && !v ? 'errors.reasons.REQUIRED' : null),
    },
  });
  const region = regions.find((r) => r.code === form.values.regionCode);
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: VentureValues) => {
    setFailure(null);
    let id = venture?.id ?? '';
    // An edit made with no connection waits in the outbox (with what it started from, to show a conflict field by field).
    const keepForLater = (edited: EditedVenture, input: UpdateVentureInput) => {
      outbox.add({
        userId: user.id,
        operation: 'updateVenture',
        subjectId: edited.id,
        input: { ...input },
        base: { ...updateVentureInput(edited.id, edited.version, form.getInitialValues()) },
      });
      notifications.show({ color: 'yellow', message: tOffline('queuedChange') });
      onDone?.();
    };
    const editInput = venture ? { ...updateVentureInput(venture.id, venture.version, values), idempotencyKey } : null;
    if (venture && editInput && !navigator.onLine) {
      keepForLater(venture, editInput);
      return;
    }
    try {
      if (venture && editInput) {
        await update({ variables: { input: editInput } });
      } else {
        const result = await create({ variables: { input: createVentureInput(values) } });
        id = result.data?.createVenture.id ?? '';
      }
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      if (venture && editInput && isNetworkFailure(error)) {
        keepForLater(venture, editInput);
        return;
      }
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        for (const { field, reason } of problems) form.setFieldError(formField(field), `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t(venture ? 'form.saved' : 'form.created', { title: values.title.trim() }) });
    if (venture) onDone?.();
    else void navigate(`/ventures/${id}`);
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload?.();
    } finally {
      setReloading(false);
      setConflict(false);
      onDone?.();
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md" maw={820}>
        {editing ? null : <Title order={1}>{t('form.newTitle')}</Title>}
        {failure ? (
          <Alert color="red" role="alert">
            {tc(failure)}
          </Alert>
        ) : null}
        {editing ? null : (
          <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t('form.owner')}
            </Text>
            {form.values.owner ? (
              <Group gap="sm" wrap="wrap">
                <Text dir="auto">
                  {t(`form.ownerKind.${form.values.owner.kind}`)}: <strong>{form.values.owner.name}</strong>
                </Text>
                {owner ? null : (
                  <Button variant="subtle" size="compact-sm" onClick={() => form.setFieldValue('owner', null)}>
                    {t('form.changeOwner')}
                  </Button>
                )}
              </Group>
            ) : (
              <>
                <SegmentedControl
                  aria-label={t('form.ownerKindLabel')}
                  data={(['PERSON', 'COOPERATIVE'] as const).map((k) => ({ value: k, label: t(`form.ownerKind.${k}`) }))}
                  value={form.values.ownerKind}
                  onChange={(v) => form.setFieldValue('ownerKind', v)}
                  style={{ alignSelf: 'flex-start' }}
                />
                {form.values.ownerKind === 'PERSON' ? (
                  <PersonSearch
                    label={t('form.findPerson')}
                    pickLabel={(name) => t('form.pickOwner', { name })}
                    onPick={(p) => form.setFieldValue('owner', { kind: 'PERSON', id: p.id, name: displayName(p, locale).primary })}
                  />
                ) : (
                  <CooperativeSearch onPick={(c) => form.setFieldValue('owner', { kind: 'COOPERATIVE', ...c })} />
                )}
              </>
            )}
            {form.errors.owner ? (
              <Text c="red" size="sm" role="alert">
                {err(form.errors.owner)}
              </Text>
            ) : null}
          </Stack>
        )}
        <TextInput label={t('form.title')} required maxLength={200} {...form.getInputProps('title')} error={err(form.errors.title)} />
        <Textarea
          label={t('form.description')}
          autosize
          minRows={3}
          maxLength={5000}
          {...form.getInputProps('description')}
          error={err(form.errors.description)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('form.valueChain')}
            data={[{ value: '', label: t('form.none') }, ...valueChains.map((v) => ({ value: v.id, label: placeName(v, locale) }))]}
            {...form.getInputProps('valueChainId')}
            error={err(form.errors.valueChainId)}
          />
          <NativeSelect
            label={t('form.program')}
            data={[{ value: '', label: t('form.none') }, ...programs.map((p) => ({ value: p.id, label: p.name }))]}
            {...form.getInputProps('programId')}
            error={err(form.errors.programId)}
          />
          <NativeSelect
            label={t('form.region')}
            required={editing}
            description={editing ? undefined : t('form.regionHint')}
            data={[
              { value: '', label: editing ? t('form.chooseRegion') : t('form.ownerRegion') },
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
            label={t('form.province')}
            disabled={!region}
            data={[
              { value: '', label: t('form.none') },
              ...(region?.provinces ?? []).map((p) => ({ value: p.code, label: placeName(p, locale) })),
            ]}
            {...form.getInputProps('provinceCode')}
            error={err(form.errors.provinceCode)}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {onDone ? (
            <Button variant="default" onClick={onDone}>
              {tc('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={creating || updating}>
            {editing ? tc('common.save') : t('form.submit')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={conflict} reloading={reloading} onReload={() => void reload()} onCancel={() => setConflict(false)} />
    </form>
  );
}

/** Finds a cooperative by name (Latin or Arabic script) to own the venture. */
function CooperativeSearch({ onPick }: { onPick: (c: { id: string; name: string }) => void }) {
  const { t } = useTranslation('ventures');
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(CooperativeOwnerSearchDocument, { variables: { search: debounced }, skip: debounced.length < 2 });
  const found = debounced.length >= 2 ? (data?.cooperatives.edges ?? []).map((e) => e.node) : [];
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('form.findCooperative')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={loading ? <Loader size="xs" aria-hidden="true" /> : null}
        autoComplete="off"
      />
      {debounced.length >= 2 && !loading && found.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('form.noCooperative')}
        </Text>
      ) : null}
      {found.length ? (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('form.cooperativesFound')}>
          {found.map((c) => {
            const name = locale === Locale.AR && c.nameAr ? c.nameAr : c.name;
            return (
              <li key={c.id}>
                <Button
                  variant="light"
                  size="compact-md"
                  onClick={() => onPick({ id: c.id, name })}
                  aria-label={t('form.pickOwner', { name })}
                >
                  {name}
                </Button>
              </li>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
