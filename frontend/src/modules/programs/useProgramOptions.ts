import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { ProgramOptionsQuery } from '../../gql/graphql';

export const ProgramOptionsDocument = graphql(`
  query ProgramOptions {
    programs(first: 50) {
      edges {
        node {
          id
          name
          leads {
            id
          }
          cohorts {
            id
            name
          }
        }
      }
    }
  }
`);

export type ProgramOption = ProgramOptionsQuery['programs']['edges'][number]['node'];

/** The organisation's live programmes (the first 50 by name, within the API's query cost limit), with their cohorts, for pickers and filters. */
export function useProgramOptions({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(ProgramOptionsDocument, { skip });
  const programs = useMemo(() => data?.programs.edges.map((edge) => edge.node) ?? [], [data]);
  return { programs, loading, error };
}
