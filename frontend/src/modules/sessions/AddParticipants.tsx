import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { AddSessionParticipantsDocument, ParticipantSearchDocument } from './sessionsApi';

/**
 * Adds people to a planned session (a training of 25, say): beyond the capacity they join the
 * waiting list, in the order chosen; the answer says how many were seated and how many wait.
 */
export function AddParticipants({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [ids, setIds] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const people = useQuery(ParticipantSearchDocument, { variables: { search: debounced.trim() || null } });
  const already = useMemo(() => new Set(session.participants.map((p) => p.personId)), [session.participants]);
  const options = useMemo(() => {
    const found = (people.data?.people.edges ?? [])
      .filter(({ node }) => !already.has(node.id))
      .map(({ node }) => ({ value: node.id, label: displayName(node, locale).primary }));
    const seen = new Set(found.map((o) => o.value));
    return [...found, ...ids.filter((id) => !seen.has(id)).map((id) => ({ value: id, label: names[id] ?? id }))];
  }, [people.data, already, ids, names, locale]);
  const [add, { loading }] = useMutation(AddSessionParticipantsDocument);

  const submit = async () => {
    setError(null);
    if (!ids.length) {
      setError(tc('errors.reasons.REQUIRED'));
      return;
    }
    try {
      const res = await add({ variables: { input: { sessionId: session.id, personIds: ids } } });
      const after = res.data?.addSessionParticipants.participants ?? [];
      const waiting = after.filter((p) => p.waitlisted && ids.includes(p.personId)).length;
      notifications.show({ color: 'teal', message: t('participants.added', { seated: ids.length - waiting, waiting }) });
      setIds([]);
      setSearch('');
    } catch (e) {
      const problems = inputProblems(e, ['personIds', 'sessionId'] as const);
      setError(problems.length ? tc(`errors.reasons.${problems[0].reason}` as 'errors.generic') : tc(failureKey(e)));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <MultiSelect
          label={t('participants.add')}
          description={session.capacity ? t('participants.capacityHint', { capacity: session.capacity }) : undefined}
          placeholder={t('form.participantsHint')}
          data={options}
          value={ids}
          onChange={(next) => {
            setNames((prev) => ({
              ...prev,
              ...Object.fromEntries(options.filter((o) => next.includes(o.value)).map((o) => [o.value, o.label])),
            }));
            setIds(next);
          }}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          error={error}
          hidePickedOptions
        />
        <Group>
          <Button type="submit" loading={loading} variant="light">
            {t('participants.addButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
