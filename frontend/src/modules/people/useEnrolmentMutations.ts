import type { Reference } from '@apollo/client';
import type { ModifierDetails } from '@apollo/client/cache';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { EnrolPersonInput, UpdateEnrolmentInput } from '../../gql/graphql';
import { forgetListsOfProgram } from './peopleCache';

export const EnrolPersonDocument = graphql(`
  mutation EnrolPerson($input: EnrolPersonInput!) {
    enrolPerson(input: $input) {
      ...EnrolmentItem_enrolment
      personId
      programId
    }
  }
`);

export const UpdateEnrolmentDocument = graphql(`
  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {
    updateEnrolment(input: $input) {
      ...EnrolmentItem_enrolment
    }
  }
`);

/** Enrols a person: the enrolment joins her page, and that programme's lists are refreshed. */
export function useEnrolPerson() {
  const [mutate, { loading }] = useMutation(EnrolPersonDocument, {
    update(cache, { data }) {
      if (!data) return;
      const enrolment = data.enrolPerson;
      const ref = cache.identify(enrolment);
      cache.modify({
        id: cache.identify({ __typename: 'Person', id: enrolment.personId }),
        fields: {
          enrolments: (list: readonly Reference[], { toReference, readField }: ModifierDetails) => {
            if (!ref || list.some((item) => readField<string>('id', item) === enrolment.id)) return list;
            const added = toReference(ref);
            return added ? [...list, added] : list;
          },
        },
      });
      forgetListsOfProgram(cache, enrolment.programId);
    },
  });
  const enrolPerson = useCallback(async (input: EnrolPersonInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.enrolPerson ?? null;
  }, [mutate]);
  return { enrolPerson, loading };
}

/** Changes an enrolment's status (a dropout needs a reason); CONFLICT throws. */
export function useUpdateEnrolment() {
  const [mutate, { loading }] = useMutation(UpdateEnrolmentDocument);
  const updateEnrolment = useCallback(async (input: UpdateEnrolmentInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.updateEnrolment ?? null;
  }, [mutate]);
  return { updateEnrolment, loading };
}
