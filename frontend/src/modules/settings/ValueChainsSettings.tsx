import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorReason } from '@rafiq/shared';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsValueChainsQuery } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { ArchiveDialog } from './ArchiveDialog';
import { managesValueChains } from './permissions';
import { ArchiveValueChainDocument, CreateValueChainDocument, SettingsValueChainsDocument, UpdateValueChainDocument } from './queries';

type ValueChain = SettingsValueChainsQuery['valueChains'][number];

export interface ValueChainValues {
  nameFr: string;
  nameAr: string;
}

/** The organisation's value chains: admins add, rename and archive them; leads read them. */
export function ValueChainsSettings() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const manages = managesValueChains(toRole(user.role));
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, error, refetch } = useQuery(SettingsValueChainsDocument, {
    variables: { includeArchived },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<ValueChain | 'new' | null>(null);
  const [archiving, setArchiving] = useState<ValueChain | null>(null);
  const list = data?.valueChains ?? [];

  return (
    <Stack gap="md" component="section" aria-labelledby="value-chains-title">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id="value-chains-title">
          {t('valueChains.title')}
        </Title>
        {manages ? (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
            {t('valueChains.add')}
          </Button>
        ) : null}
      </Group>
      <Switch label={t('common.showArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
      {error && !data ? (
        <ErrorState
          message={t('valueChains.loadError')}
          retryLabel={tc('common.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : null}
      {!data && !error ? <LoadingState label={tc('common.loading')} /> : null}
      {data && list.length === 0 ? <Text c="dimmed">{t('valueChains.empty')}</Text> : null}
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="value-chains-title">
        {list.map((v) => (
          <Paper component="li" key={v.id} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={600}>{v.nameFr}</Text>
                <Text lang="ar" dir="rtl" size="sm">
                  {v.nameAr}
                </Text>
                {v.archivedAt ? (
                  <Badge color="gray" variant="light" tt="none">
                    {t('common.archived')}
                  </Badge>
                ) : null}
              </div>
              {manages && !v.archivedAt ? (
                <Group gap={4}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setEditing(v)}
                    aria-label={t('valueChains.renameOf', { name: v.nameFr })}
                  >
                    {t('valueChains.rename')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => setArchiving(v)}
                    aria-label={t('common.archiveOf', { name: v.nameFr })}
                  >
                    {t('common.archive')}
                  </Button>
                </Group>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
      {editing ? (
        <ValueChainDialog valueChain={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onReload={() => refetch()} />
      ) : null}
      {archiving ? <ArchiveValueChainDialog valueChain={archiving} onClose={() => setArchiving(null)} onReload={() => refetch()} /> : null}
    </Stack>
  );
}

/** A new value chain, or the renaming of one (both names required; a French name already used is refused). */
export function ValueChainDialog({
  valueChain,
  onClose,
  onReload,
}: {
  valueChain: ValueChain | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [create, { loading: creating }] = useMutation(CreateValueChainDocument, {
    refetchQueries: ['SettingsValueChains', 'ValueChainOptions'],
  });
  const [update, { loading: updating }] = useMutation(UpdateValueChainDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<ValueChainValues>({
    initialValues: { nameFr: valueChain?.nameFr ?? '', nameAr: valueChain?.nameAr ?? '' },
    validate: {
      nameFr: (v) => (v.trim() ? null : 'errors.reasons.REQUIRED'),
      nameAr: (v) => (v.trim() ? null : 'errors.reasons.REQUIRED'),
    },
  });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: ValueChainValues) => {
    setFailure(null);
    const names = { nameFr: values.nameFr.trim(), nameAr: values.nameAr.trim() };
    try {
      if (valueChain) await update({ variables: { input: { id: valueChain.id, version: valueChain.version, ...names } } });
      else await create({ variables: { input: names } });
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, ['nameFr', 'nameAr'] as const);
      if (problems.length) {
        for (const { field, reason } of problems)
          form.setFieldError(field, reason === ErrorReason.DUPLICATE ? 'settings:valueChains.duplicate' : `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('valueChains.saved', { name: names.nameFr }) });
    onClose();
  };

  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        title={valueChain ? t('valueChains.renameTitle') : t('valueChains.add')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <TextInput
              label={t('valueChains.nameFr')}
              lang="fr"
              required
              maxLength={120}
              {...form.getInputProps('nameFr')}
              error={err(form.errors.nameFr)}
            />
            <TextInput
              label={t('valueChains.nameAr')}
              lang="ar"
              dir="rtl"
              required
              maxLength={120}
              {...form.getInputProps('nameAr')}
              error={err(form.errors.nameAr)}
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

function ArchiveValueChainDialog({
  valueChain,
  onClose,
  onReload,
}: {
  valueChain: ValueChain;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('settings');
  const [archive, { loading }] = useMutation(ArchiveValueChainDocument, { refetchQueries: ['SettingsValueChains', 'ValueChainOptions'] });
  return (
    <ArchiveDialog
      name={valueChain.nameFr}
      body={t('valueChains.archiveBody')}
      loading={loading}
      archive={() => archive({ variables: { id: valueChain.id, version: valueChain.version } })}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
