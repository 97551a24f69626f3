import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RevealNationalIdDocument = graphql(`
  query RevealNationalId($personId: ID!) {
    revealNationalId(personId: $personId)
  }
`);

/** The national ID in clear, asked for on purpose each time (never kept in the cache). */
export function useRevealNationalId() {
  return useLazyQuery(RevealNationalIdDocument, { fetchPolicy: 'no-cache' });
}
