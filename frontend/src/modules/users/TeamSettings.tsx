import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { ErrorReason, Role, ROLES } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamUserFieldsFragment, UserStatus } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/formatDate';
import { ErrorState, LoadingState } from '../../ui';
import { useCurrentUser } from '../auth';
import { apiProblems, failureKey } from '../errors';
import { useLocale } from '../locale';
import { AccountAdminActions } from '../security/AccountAdminActions';
import { EditUserDialog } from './EditUserDialog';
import { InviteUserDialog } from './InviteUserDialog';
import { LinkPersonDialog } from './LinkPersonDialog';
import { DisableUserDocument, EnableUserDocument, TeamUsersDocument } from './queries';

const PAGE = 50;
export type TeamUser = TeamUserFieldsFragment;

/** Admins: the organisation's accounts — search, filters, invite, edit, disable/enable, reset link and two-factor reset. */
export function TeamSettings() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const filter = { ...(debounced ? { search: debounced } : {}), ...(role ? { role } : {}), ...(status ? { status } : {}) };
  const { data, error, refetch, fetchMore } = useQuery(TeamUsersDocument, {
    variables: { first: PAGE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<TeamUser | null>(null);
  const [toggling, setToggling] = useState<TeamUser | null>(null);
  const [linking, setLinking] = useState<TeamUser | null>(null);
  const users = data?.users.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md" component="section" aria-labelledby="team-title">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id="team-title">
          {t('title')}
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setInviting(true)}>
          {t('invite.open')}
        </Button>
      </Group>
      <SimpleGrid
        component="form"
        role="search"
        aria-label={t('filters')}
        cols={{ base: 1, sm: 3 }}
        spacing="sm"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextInput
          type="search"
          label={t('search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
        />
        <NativeSelect
          label={t('fields.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role | '')}
          data={[{ value: '', label: t('all') }, ...ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))]}
        />
        <NativeSelect
          label={t('status.label')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as UserStatus | '')}
          data={[
            { value: '', label: t('all') },
            { value: 'ACTIVE', label: t('status.ACTIVE') },
            { value: 'DISABLED', label: t('status.DISABLED') },
          ]}
        />
      </SimpleGrid>
      {error && !data ? (
        <ErrorState message={t('loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && !error ? <LoadingState label={tc('common.loading')} /> : null}
      {data ? (
        <Text size="sm" c="dimmed" role="status">
          {t('count', { count: data.users.totalCount })}
        </Text>
      ) : null}
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="team-title">
        {users.map((u) => (
          <Paper component="li" key={u.id} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} dir="auto">
                    {u.displayName}
                  </Text>
                  <Badge variant="light" tt="none">
                    {tc(`roles.${u.role}`)}
                  </Badge>
                  {u.disabledAt ? (
                    <Badge color="gray" variant="light" tt="none">
                      {t('status.DISABLED')}
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light" tt="none">
                      {t('status.ACTIVE')}
                    </Badge>
                  )}
                  {u.twoFactorEnabled ? (
                    <Badge color="indigo" variant="outline" tt="none">
                      {t('twoFactorOn')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <span dir="ltr">{u.email}</span>
                </Text>
                <Text size="sm" c="dimmed">
                  {u.lastSignInAt ? t('lastSignIn', { when: formatDateTime(u.lastSignInAt, locale) }) : t('neverSignedIn')}
                </Text>
                {u.person ? (
                  <Text size="sm" c="dimmed" dir="auto">
                    {t('person', { name: u.person.displayName })}
                  </Text>
                ) : null}
              </Stack>
              <Stack gap={4} align="flex-start">
                <Group gap={4} wrap="wrap">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setEditing(u)}
                    aria-label={t('edit.of', { name: u.displayName })}
                  >
                    {t('edit.open')}
                  </Button>
                  {u.role === 'ENTREPRENEUR' ? (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setLinking(u)}
                      aria-label={t('link.of', { name: u.displayName })}
                    >
                      {t('link.open')}
                    </Button>
                  ) : null}
                  {u.id !== me.id ? (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      color={u.disabledAt ? 'teal' : 'red'}
                      onClick={() => setToggling(u)}
                      aria-label={t(u.disabledAt ? 'enable.of' : 'disable.of', { name: u.displayName })}
                    >
                      {t(u.disabledAt ? 'enable.open' : 'disable.open')}
                    </Button>
                  ) : null}
                </Group>
                {!u.disabledAt && u.id !== me.id ? <AccountAdminActions userId={u.id} name={u.displayName} /> : null}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
      {data?.users.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void fetchMore({ variables: { after: data.users.pageInfo.endCursor } }).catch(() => undefined)}
        >
          {t('loadMore')}
        </Button>
      ) : null}
      {inviting ? <InviteUserDialog onClose={() => setInviting(false)} /> : null}
      {editing ? (
        <EditUserDialog user={editing} self={editing.id === me.id} onClose={() => setEditing(null)} onReload={() => refetch()} />
      ) : null}
      {toggling ? <ToggleUserDialog user={toggling} onClose={() => setToggling(null)} /> : null}
      {linking ? <LinkPersonDialog user={linking} onClose={() => setLinking(null)} /> : null}
    </Stack>
  );
}

/** Disabling (her sessions end at once) or enabling an account, after a confirmation. */
export function ToggleUserDialog({ user, onClose }: { user: TeamUser; onClose: () => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const disabling = !user.disabledAt;
  const [disable, { loading: disablingNow }] = useMutation(DisableUserDocument, { refetchQueries: ['TeamUsers'] });
  const [enable, { loading: enablingNow }] = useMutation(EnableUserDocument, { refetchQueries: ['TeamUsers'] });
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setFailure(null);
    try {
      if (disabling) await disable({ variables: { id: user.id } });
      else await enable({ variables: { id: user.id } });
    } catch (error) {
      const reason = apiProblems(error).find((p) => p.reason === ErrorReason.LAST_ADMIN || p.reason === ErrorReason.OWN_ACCOUNT)?.reason;
      setFailure(reason ? tc(`errors.reasons.${reason}`) : tc(failureKey(error)));
      return;
    }
    notifications.show({ color: 'teal', message: t(disabling ? 'disable.done' : 'enable.done', { name: user.displayName }) });
    onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(disabling ? 'disable.title' : 'enable.title', { name: user.displayName })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Text size="sm">{t(disabling ? 'disable.body' : 'enable.body', { name: user.displayName })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button color={disabling ? 'red' : 'teal'} loading={disablingNow || enablingNow} onClick={() => void confirm()} data-autofocus>
            {t(disabling ? 'disable.confirm' : 'enable.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
