import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { CreatePersonInput, UpdatePersonInput } from '../../gql/graphql';
import { forgetListsForNewPerson, removeFromLists } from './peopleCache';
import { PersonDocument } from './usePerson';

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonDetails_person
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonDetails_person
    }
  }
`);

export const ArchivePersonDocument = graphql(`
  mutation ArchivePerson($id: ID!, $version: Int!) {
    archivePerson(id: $id, version: $version) {
      id
      version
      archivedAt
    }
  }
`);

/** Creates a person; her page can show at once, and the lists she may be in are refreshed. */
export function useCreatePerson() {
  const [mutate, { loading }] = useMutation(CreatePersonDocument, {
    update(cache, { data }) {
      if (!data) return;
      const person = data.createPerson;
      cache.writeQuery({ query: PersonDocument, variables: { id: person.id }, data: { __typename: 'Query', person } });
      forgetListsForNewPerson(cache, person);
    },
  });
  const createPerson = useCallback(async (input: CreatePersonInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.createPerson ?? null;
  }, [mutate]);
  return { createPerson, loading };
}

/** Saves the changed fields; the answer updates the person wherever she is shown. CONFLICT throws. */
export function useUpdatePerson() {
  const [mutate, { loading }] = useMutation(UpdatePersonDocument);
  const updatePerson = useCallback(async (input: UpdatePersonInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.updatePerson ?? null;
  }, [mutate]);
  return { updatePerson, loading };
}

/** Archives a person: she leaves the lists (her page and history stay). */
export function useArchivePerson() {
  const [mutate, { loading }] = useMutation(ArchivePersonDocument, {
    update(cache, { data }) {
      if (data) removeFromLists(cache, data.archivePerson.id);
    },
  });
  const archivePerson = useCallback(async (id: string, version: number) => {
    const { data } = await mutate({ variables: { id, version } });
    return data?.archivePerson ?? null;
  }, [mutate]);
  return { archivePerson, loading };
}
