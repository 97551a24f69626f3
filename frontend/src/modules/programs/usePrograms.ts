import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { CreateCohortInput, CreateProgramInput } from '../../gql/graphql';
import { addCohortToProgram, insertIntoProgramLists } from './programsCache';

export const PROGRAMS_PAGE_SIZE = 20;

export const ProgramListItemFragment = graphql(`
  fragment ProgramListItem_program on Program {
    id
    name
    description
    startsOn
    endsOn
    regionCodes
    archivedAt
    cohorts {
      id
    }
    leads {
      id
      displayName
    }
  }
`);

export const ProgramDetailsFragment = graphql(`
  fragment ProgramDetails_program on Program {
    id
    name
    description
    startsOn
    endsOn
    regionCodes
    version
    archivedAt
    cohorts {
      id
      name
      startsOn
      endsOn
    }
    partners {
      id
      name
    }
    leads {
      id
      displayName
    }
  }
`);

export const ProgramsDocument = graphql(`
  query Programs($first: Int!, $after: String) {
    programs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProgramListItem_program
        }
      }
    }
  }
`);

export const ProgramDocument = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      ...ProgramDetails_program
    }
  }
`);

export const CreateProgramDocument = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      ...ProgramDetails_program
    }
  }
`);

export const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
      startsOn
      endsOn
      programId
    }
  }
`);

/** The organisation's programmes, by name, a page at a time. */
export function usePrograms() {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ProgramsDocument, {
    variables: { first: PROGRAMS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const endCursor = data?.programs.pageInfo.endCursor ?? null;
  const loadMore = useCallback(async () => {
    if (endCursor) await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);
  return {
    programs: data?.programs.edges.map((edge) => edge.node) ?? [],
    totalCount: data?.programs.totalCount ?? 0,
    hasNextPage: data?.programs.pageInfo.hasNextPage ?? false,
    loaded: data !== undefined,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore,
    retry: refetch,
  };
}

export function useProgram(id: string) {
  return useQuery(ProgramDocument, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** Creates a programme: its page can show at once, and it joins the cached lists. */
export function useCreateProgram() {
  const [mutate, { loading }] = useMutation(CreateProgramDocument, {
    update(cache, { data }) {
      if (!data) return;
      const program = data.createProgram;
      cache.writeQuery({ query: ProgramDocument, variables: { id: program.id }, data: { __typename: 'Query', program } });
      insertIntoProgramLists(cache, program);
    },
  });
  const createProgram = useCallback(
    async (input: CreateProgramInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.createProgram ?? null;
    },
    [mutate],
  );
  return { createProgram, loading };
}

/** Adds a cohort; it joins its programme's cohorts wherever they are shown. */
export function useCreateCohort() {
  const [mutate, { loading }] = useMutation(CreateCohortDocument, {
    update(cache, { data }) {
      if (data) addCohortToProgram(cache, data.createCohort);
    },
  });
  const createCohort = useCallback(
    async (input: CreateCohortInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.createCohort ?? null;
    },
    [mutate],
  );
  return { createCohort, loading };
}
