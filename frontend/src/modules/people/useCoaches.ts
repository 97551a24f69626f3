import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const CoachesDocument = graphql(`
  query Coaches {
    coaches {
      id
      displayName
    }
  }
`);

/** The organisation's active coaches, by name (to assign them to enrolments). */
export function useCoaches({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(CoachesDocument, { skip });
  return { coaches: data?.coaches ?? [], loading, error };
}
