import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatePartnerInput, PartnerFields_PartnerFragment, PartnerKind, UpdatePartnerInput } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { ArchiveDialog } from './ArchiveDialog';
import { managesPartners } from './permissions';
import { ArchivePartnerDocument, CreatePartnerDocument, SettingsPartnersDocument, UpdatePartnerDocument } from './queries';

export const PARTNER_KINDS: readonly PartnerKind[] = [
  'FINANCIAL_INSTITUTION',
  'FUNDER',
  'IMPLEMENTING_PARTNER',
  'INCUBATOR',
  'TRAINING_CENTRE',
  'OTHER',
];
const PAGE = 50;

export interface PartnerValues {
  name: string;
  kind: PartnerKind;
  countryCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  notes: string;
}

const FIELDS = ['name', 'kind', 'countryCode', 'contactName', 'contactEmail', 'contactPhone', 'website', 'notes'] as const;

function cleaned(v: PartnerValues) {
  return {
    name: v.name.trim(),
    kind: v.kind,
    countryCode: v.countryCode.trim().toUpperCase() || 'MA',
    contactName: v.contactName.trim() || null,
    contactEmail: v.contactEmail.trim() || null,
    contactPhone: v.contactPhone.trim() || null,
    website: v.website.trim() || null,
    notes: v.notes.trim() || null,
  };
}

export function createPartnerInput(v: PartnerValues): CreatePartnerInput {
  return cleaned(v);
}

export function updatePartnerInput(id: string, version: number, v: PartnerValues): UpdatePartnerInput {
  return { id, version, ...cleaned(v) };
}

/** Client-side checks that mirror the server's, so that most mistakes show before sending. */
export function validatePartner(v: PartnerValues): Partial<Record<keyof PartnerValues, string>> {
  const errors: Partial<Record<keyof PartnerValues, string>> = {};
  if (!v.name.trim()) errors.name = 'errors.reasons.REQUIRED';
  if (v.countryCode.trim() && !/^[A-Za-z]{2}$/.test(v.countryCode.trim())) errors.countryCode = 'errors.reasons.INVALID_VALUE';
  if (v.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contactEmail.trim()))
    errors.contactEmail = 'errors.reasons.INVALID_EMAIL';
  if (v.contactPhone.trim() && !/^[0-9+().\s-]+$/.test(v.contactPhone.trim())) errors.contactPhone = 'errors.reasons.INVALID_VALUE';
  if (v.website.trim() && !/^https?:\/\/\S+\.\S+/.test(v.website.trim())) errors.website = 'errors.reasons.INVALID_VALUE';
  return errors;
}

/** The organisation's partners (banks, funders, training centres…): admins and leads add, edit and archive them. */
export function PartnersSettings() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const manages = managesPartners(toRole(user.role));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const filter = { includeArchived, ...(debounced ? { search: debounced } : {}), ...(kind ? { kind } : {}) };
  const { data, error, refetch, fetchMore } = useQuery(SettingsPartnersDocument, {
    variables: { first: PAGE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<PartnerFields_PartnerFragment | 'new' | null>(null);
  const [archiving, setArchiving] = useState<PartnerFields_PartnerFragment | null>(null);
  const partners = data?.partners.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md" component="section" aria-labelledby="partners-title">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id="partners-title">
          {t('partners.title')}
        </Title>
        {manages ? (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
            {t('partners.add')}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid
        component="form"
        role="search"
        aria-label={t('partners.filters')}
        cols={{ base: 1, sm: 3 }}
        spacing="sm"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextInput
          type="search"
          label={t('partners.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
        />
        <NativeSelect
          label={t('partners.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as PartnerKind | '')}
          data={[{ value: '', label: t('common.all') }, ...PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))]}
        />
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mt={{ sm: 'xl' }}
        />
      </SimpleGrid>
      {error && !data ? (
        <ErrorState
          message={t('partners.loadError')}
          retryLabel={tc('common.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : null}
      {!data && !error ? <LoadingState label={tc('common.loading')} /> : null}
      {data ? (
        <Text size="sm" c="dimmed" role="status">
          {t('partners.count', { count: data.partners.totalCount })}
        </Text>
      ) : null}
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="partners-title">
        {partners.map((p) => (
          <Paper component="li" key={p.id} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600} dir="auto">
                    {p.name}
                  </Text>
                  <Badge variant="light" tt="none">
                    {t(`partnerKind.${p.kind}`)}
                  </Badge>
                  {p.archivedAt ? (
                    <Badge color="gray" variant="light" tt="none">
                      {t('common.archived')}
                    </Badge>
                  ) : null}
                </Group>
                {p.contactName || p.contactEmail || p.contactPhone ? (
                  <Text size="sm" c="dimmed">
                    {[p.contactName, p.contactEmail, p.contactPhone].filter(Boolean).join(' · ')}
                  </Text>
                ) : null}
                {p.website ? (
                  <Anchor href={p.website} target="_blank" rel="noreferrer" size="sm" dir="ltr">
                    {p.website}
                  </Anchor>
                ) : null}
              </Stack>
              {manages && !p.archivedAt ? (
                <Group gap={4}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setEditing(p)}
                    aria-label={t('partners.editOf', { name: p.name })}
                  >
                    {t('partners.edit')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => setArchiving(p)}
                    aria-label={t('common.archiveOf', { name: p.name })}
                  >
                    {t('common.archive')}
                  </Button>
                </Group>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
      {data?.partners.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void fetchMore({ variables: { after: data.partners.pageInfo.endCursor } }).catch(() => undefined)}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
      {editing ? (
        <PartnerDialog partner={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onReload={() => refetch()} />
      ) : null}
      {archiving ? <ArchivePartnerDialog partner={archiving} onClose={() => setArchiving(null)} onReload={() => refetch()} /> : null}
    </Stack>
  );
}

/** A new partner or the edit of one; inline translated errors; a stale version opens the conflict dialog. */
export function PartnerDialog({
  partner,
  onClose,
  onReload,
}: {
  partner: PartnerFields_PartnerFragment | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [create, { loading: creating }] = useMutation(CreatePartnerDocument, { refetchQueries: ['SettingsPartners'] });
  const [update, { loading: updating }] = useMutation(UpdatePartnerDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<PartnerValues>({
    initialValues: {
      name: partner?.name ?? '',
      kind: partner?.kind ?? 'FINANCIAL_INSTITUTION',
      countryCode: partner?.countryCode ?? 'MA',
      contactName: partner?.contactName ?? '',
      contactEmail: partner?.contactEmail ?? '',
      contactPhone: partner?.contactPhone ?? '',
      website: partner?.website ?? '',
      notes: partner?.notes ?? '',
    },
    validate: validatePartner,
  });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: PartnerValues) => {
    setFailure(null);
    try {
      if (partner) await update({ variables: { input: updatePartnerInput(partner.id, partner.version, values) } });
      else await create({ variables: { input: createPartnerInput(values) } });
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
    notifications.show({ color: 'teal', message: t('partners.saved', { name: values.name.trim() }) });
    onClose();
  };

  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        size="lg"
        title={partner ? t('partners.editTitle') : t('partners.add')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('partners.fields.name')}
                required
                maxLength={200}
                {...form.getInputProps('name')}
                error={err(form.errors.name)}
              />
              <NativeSelect
                label={t('partners.fields.kind')}
                data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))}
                {...form.getInputProps('kind')}
                error={err(form.errors.kind)}
              />
              <TextInput
                label={t('partners.fields.countryCode')}
                description={t('partners.fields.countryHint')}
                dir="ltr"
                maxLength={2}
                {...form.getInputProps('countryCode')}
                error={err(form.errors.countryCode)}
              />
              <TextInput
                label={t('partners.fields.contactName')}
                maxLength={200}
                {...form.getInputProps('contactName')}
                error={err(form.errors.contactName)}
              />
              <TextInput
                type="email"
                label={t('partners.fields.contactEmail')}
                dir="ltr"
                maxLength={254}
                {...form.getInputProps('contactEmail')}
                error={err(form.errors.contactEmail)}
              />
              <TextInput
                type="tel"
                label={t('partners.fields.contactPhone')}
                dir="ltr"
                maxLength={30}
                {...form.getInputProps('contactPhone')}
                error={err(form.errors.contactPhone)}
              />
              <TextInput
                type="url"
                label={t('partners.fields.website')}
                dir="ltr"
                maxLength={500}
                {...form.getInputProps('website')}
                error={err(form.errors.website)}
              />
            </SimpleGrid>
            <Textarea
              label={t('partners.fields.notes')}
              autosize
              minRows={2}
              maxLength={5000}
              {...form.getInputProps('notes')}
              error={err(form.errors.notes)}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={creating || updating}>
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

function ArchivePartnerDialog({
  partner,
  onClose,
  onReload,
}: {
  partner: PartnerFields_PartnerFragment;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('settings');
  const [archive, { loading }] = useMutation(ArchivePartnerDocument, { refetchQueries: ['SettingsPartners'] });
  return (
    <ArchiveDialog
      name={partner.name}
      body={t('partners.archiveBody')}
      loading={loading}
      archive={() => archive({ variables: { id: partner.id, version: partner.version } })}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
