import { useQuery } from '@apollo/client/react';
import { Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativePersonSearchQuery } from '../../gql/graphql';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { PersonSearchDocument } from './queries';

export type FoundPerson = CooperativePersonSearchQuery['people']['edges'][number]['node'];

/** Finds people by name (fuzzy, Latin or Arabic script) and offers each one to pick. */
export function PersonSearch({
  onPick,
  exclude = [],
  label,
  pickLabel,
}: {
  onPick: (person: FoundPerson) => void;
  exclude?: readonly string[];
  /** The search box's label (default: find a person to add as a member). */
  label?: string;
  /** The accessible name of the button that picks `name`. */
  pickLabel?: (name: string) => string;
}) {
  const { t } = useTranslation('cooperatives');
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(PersonSearchDocument, { variables: { search: debounced }, skip: debounced.length < 2 });
  const found = (debounced.length >= 2 ? (data?.people.edges ?? []) : []).map((e) => e.node).filter((p) => !exclude.includes(p.id));
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={label ?? t('members.search')}
        description={t('members.searchHint')}
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
          {t('members.noMatch')}
        </Text>
      ) : null}
      {found.length ? (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('members.results')}>
          {found.map((person) => {
            const name = displayName(person, locale).primary;
            return (
              <li key={person.id}>
                <Button
                  variant="light"
                  size="compact-md"
                  onClick={() => {
                    onPick(person);
                    setSearch('');
                  }}
                  aria-label={pickLabel ? pickLabel(name) : t('members.pick', { name })}
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
