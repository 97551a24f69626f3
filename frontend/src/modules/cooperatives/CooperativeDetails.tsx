import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Locale } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CooperativeQuery, MemberRole } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { Detail, DetailList } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { placeName } from '../reference';
import { today } from '../ventures/stages';
import { MEMBER_ROLES } from './enums';
import { managesCooperatives } from './permissions';
import { PersonSearch, type FoundPerson } from './PersonSearch';
import { EditCooperativeDialog } from './EditCooperativeDialog';
import { EnrolMembersDialog } from './EnrolMembersDialog';
import { AddCooperativeMemberDocument, ArchiveCooperativeDocument, EndCooperativeMembershipDocument } from './queries';

type Cooperative = CooperativeQuery['cooperative'];
type Member = Cooperative['members'][number];

/** Identity, current members (role, since), ventures; admins and leads add members and end memberships. */
export function CooperativeDetails({ cooperative, onChanged }: { cooperative: Cooperative; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const { t: tv } = useTranslation('ventures');
  const { locale } = useLocale();
  const user = useCurrentUser();
  const manages = managesCooperatives(toRole(user.role));
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Member | null>(null);
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const members = cooperative.members.filter((m) => !m.until);
  const memberName = (m: Member) => (m.person ? displayName(m.person, locale).primary : t('members.hidden'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/cooperatives">
        {t('details.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1} dir="auto">
          {locale === Locale.AR && cooperative.nameAr ? cooperative.nameAr : cooperative.name}
        </Title>
        <Badge variant="light">{t(`legalForm.${cooperative.legalForm}`)}</Badge>
      </Group>
      {manages ? (
        <Group gap="sm" wrap="wrap">
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('edit.open')}
          </Button>
          <Button variant="light" onClick={() => setEnrolling(true)} disabled={members.every((m) => !m.person)}>
            {t('enrol.open')}
          </Button>
          <Button variant="light" component={Link} to={`/ventures/new?cooperativeId=${cooperative.id}`}>
            {tv('form.newTitle')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setArchiving(true)}>
            {t('archive.open')}
          </Button>
        </Group>
      ) : null}
      <DetailList>
        <Detail label={t('fields.name')}>{cooperative.name}</Detail>
        <Detail label={t('fields.nameAr')} emptyLabel={tc('common.notRecorded')}>
          {cooperative.nameAr ? (
            <span lang="ar" dir="rtl">
              {cooperative.nameAr}
            </span>
          ) : null}
        </Detail>
        <Detail label={t('fields.registrationNumber')} emptyLabel={tc('common.notRecorded')}>
          {cooperative.registrationNumber ? <span dir="ltr">{cooperative.registrationNumber}</span> : null}
        </Detail>
        <Detail label={t('fields.createdOn')} emptyLabel={tc('common.notRecorded')}>
          {formatDate(cooperative.createdOn, locale)}
        </Detail>
        <Detail label={t('fields.region')}>{placeName(cooperative.region, locale)}</Detail>
        <Detail label={t('fields.commune')} emptyLabel={tc('common.notRecorded')}>
          {cooperative.commune}
        </Detail>
      </DetailList>

      <Card component="section" withBorder aria-labelledby="coop-members" padding="md">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h4" id="coop-members">
            {t('members.title')}
          </Title>
          {manages ? (
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('members.add')}
            </Button>
          ) : null}
        </Group>
        {members.length === 0 ? (
          <Text c="dimmed">{t('members.none')}</Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="coop-members">
            {members.map((m) => (
              <li key={m.id}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    {m.person ? (
                      <Anchor component={Link} to={`/people/${m.person.id}`} fw={600}>
                        {memberName(m)}
                      </Anchor>
                    ) : (
                      <Text fw={600} c="dimmed">
                        {t('members.hidden')}
                      </Text>
                    )}
                    <Text size="sm" c="dimmed">
                      {t(`role.${m.role}`)}
                      {m.since ? ` · ${t('members.since', { date: formatDate(m.since, locale) })}` : ''}
                    </Text>
                  </div>
                  {manages ? (
                    <Button variant="subtle" color="red" size="compact-sm" onClick={() => setEnding(m)} aria-label={t('members.endOf', { name: memberName(m) })}>
                      {t('members.end')}
                    </Button>
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Card>

      <Card component="section" withBorder aria-labelledby="coop-ventures" padding="md">
        <Title order={2} size="h4" id="coop-ventures" mb="sm">
          {t('details.ventures')}
        </Title>
        {cooperative.ventures.length === 0 ? (
          <Text c="dimmed">{t('details.noVentures')}</Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="coop-ventures">
            {cooperative.ventures.map((v) => (
              <li key={v.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/ventures/${v.id}`} dir="auto">
                    {v.title}
                  </Anchor>
                  <Badge variant="light">{tv(`stage.${v.stage}`)}</Badge>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Card>
      {editing ? <EditCooperativeDialog cooperative={cooperative} onClose={() => setEditing(false)} onReload={onChanged} /> : null}
      {archiving ? <ArchiveCooperativeDialog cooperative={cooperative} onClose={() => setArchiving(false)} onReload={onChanged} /> : null}
      {enrolling ? (
        <EnrolMembersDialog
          members={members.filter((m) => m.person).map((m) => ({ personId: m.personId, name: memberName(m) }))}
          onClose={() => setEnrolling(false)}
          onChanged={onChanged}
        />
      ) : null}
      {adding ? <AddMemberDialog cooperativeId={cooperative.id} exclude={members.map((m) => m.personId)} onClose={() => setAdding(false)} onChanged={onChanged} /> : null}
      {ending ? <EndMemberDialog member={ending} name={memberName(ending)} onClose={() => setEnding(null)} onChanged={onChanged} /> : null}
    </Stack>
  );
}

function AddMemberDialog({ cooperativeId, exclude, onClose, onChanged }: { cooperativeId: string; exclude: string[]; onClose: () => void; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [person, setPerson] = useState<FoundPerson | null>(null);
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [since, setSince] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddCooperativeMemberDocument);
  const submit = async () => {
    if (!person) {
      setError(t('members.personRequired'));
      return;
    }
    try {
      await add({ variables: { input: { cooperativeId, personId: person.id, role, since: since || null } } });
    } catch (e) {
      const problem = inputProblems(e, ['personId', 'role', 'since'] as const)[0];
      setError(problem ? tc(`errors.reasons.${problem.reason}`) : tc(failureKey(e)));
      return;
    }
    notifications.show({ color: 'teal', message: t('members.added', { name: displayName(person, locale).primary }) });
    await onChanged().catch(() => undefined);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('members.add')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        {person ? (
          <Group justify="space-between">
            <Text fw={600}>{displayName(person, locale).primary}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setPerson(null)}>
              {t('members.change')}
            </Button>
          </Group>
        ) : (
          <PersonSearch exclude={exclude} onPick={(p) => { setPerson(p); setError(null); }} />
        )}
        <NativeSelect label={t('members.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as MemberRole)} data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <TextInput type="date" label={t('members.sinceLabel')} value={since} onChange={(e) => setSince(e.currentTarget.value)} />
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            {t('members.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EndMemberDialog({ member, name, onClose, onChanged }: { member: Member; name: string; onClose: () => void; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const [until, setUntil] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [end, { loading }] = useMutation(EndCooperativeMembershipDocument);
  const submit = async () => {
    try {
      await end({ variables: { memberId: member.id, until: until || null } });
    } catch (e) {
      const problem = inputProblems(e, ['until'] as const)[0];
      setError(problem ? tc(`errors.reasons.${problem.reason}`) : tc(failureKey(e)));
      return;
    }
    notifications.show({ color: 'teal', message: t('members.ended', { name }) });
    await onChanged().catch(() => undefined);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('members.endTitle', { name })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md">
        <TextInput type="date" label={t('members.until')} value={until} onChange={(e) => setUntil(e.currentTarget.value)} error={error ?? undefined} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void submit()}>
            {t('members.end')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ArchiveCooperativeDialog({ cooperative, onClose, onReload }: { cooperative: Cooperative; onClose: () => void; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [archive, { loading }] = useMutation(ArchiveCooperativeDocument);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const submit = async () => {
    try {
      await archive({ variables: { input: { id: cooperative.id, version: cooperative.version } } });
    } catch (e) {
      if (isConflict(e)) {
        setConflict(true);
        return;
      }
      setError(tc(failureKey(e)));
      return;
    }
    notifications.show({ color: 'teal', message: t('archive.done', { name: cooperative.name }) });
    void navigate('/cooperatives');
  };
  return (
    <>
      <Modal opened={!conflict} onClose={onClose} title={t('archive.title', { name: cooperative.name })} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('archive.body')}</Text>
          {error ? (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void submit()}>
              {t('archive.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConflictDialog
        opened={conflict}
        onReload={() => void onReload().finally(onClose)}
        onCancel={() => {
          setConflict(false);
          onClose();
        }}
      />
    </>
  );
}
