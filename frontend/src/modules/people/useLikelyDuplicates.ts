import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../gql';
import type { CreatePersonInput } from '../../gql/graphql';

export const LikelyDuplicatesDocument = graphql(`
  query LikelyDuplicates($input: CreatePersonInput!) {
    likelyDuplicates(input: $input) {
      id
      firstName
      lastName
      firstNameAr
      lastNameAr
      birthDate
      nationalIdMasked
      region {
        code
        nameFr
        nameAr
      }
    }
  }
`);

export const DUPLICATES_DEBOUNCE_MS = 400;

/** Asks, once typing pauses, who already looks like the person being entered. */
export function useLikelyDuplicates(probe: CreatePersonInput | null) {
  // Compared as text, so that an equal probe built again does not start a new request.
  const [debounced] = useDebouncedValue(probe ? JSON.stringify(probe) : null, DUPLICATES_DEBOUNCE_MS);
  const input = debounced ? (JSON.parse(debounced) as CreatePersonInput) : null;
  const { data, previousData, error } = useQuery(LikelyDuplicatesDocument, input ? { variables: { input } } : skipToken);
  if (!input) return { duplicates: [], error: undefined };
  return { duplicates: (data ?? previousData)?.likelyDuplicates ?? [], error };
}
