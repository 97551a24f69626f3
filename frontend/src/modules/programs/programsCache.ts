import type { ApolloCache, Reference } from '@apollo/client';
import type { ModifierDetails } from '@apollo/client/cache';

interface StoredConnection {
  edges: ReadonlyArray<{ node: Reference }>;
  pageInfo?: { hasNextPage?: boolean };
  totalCount?: number;
  [key: string]: unknown;
}

/**
 * A new programme joins every cached `programs` list at its place in the name order (the server's
 * order), or only in the total when it belongs to a page not loaded yet.
 */
export function insertIntoProgramLists(cache: ApolloCache, program: { __typename: 'Program'; id: string; name: string }): void {
  const id = cache.identify(program);
  if (!id) return;
  const key = program.name.toLowerCase();
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      programs: (value: unknown, { readField, toReference }: ModifierDetails) => {
        const connection = value as StoredConnection;
        if (connection.edges.some((edge) => readField<string>('id', edge.node) === program.id)) return connection;
        const ref = toReference(id);
        const index = connection.edges.findIndex((edge) => (readField<string>('name', edge.node) ?? '').toLowerCase() > key);
        const total = typeof connection.totalCount === 'number' ? connection.totalCount + 1 : connection.totalCount;
        if (!ref || (index === -1 && connection.pageInfo?.hasNextPage)) return { ...connection, totalCount: total };
        const edge = { __typename: 'ProgramEdge', cursor: '', node: ref };
        const edges =
          index === -1 ? [...connection.edges, edge] : [...connection.edges.slice(0, index), edge, ...connection.edges.slice(index)];
        return { ...connection, edges, totalCount: total };
      },
    },
  });
}

/** A new cohort joins its programme. */
export function addCohortToProgram(cache: ApolloCache, cohort: { __typename: 'Cohort'; id: string; programId: string }): void {
  const ref = cache.identify(cohort);
  cache.modify({
    id: cache.identify({ __typename: 'Program', id: cohort.programId }),
    fields: {
      cohorts: (list: readonly Reference[], { readField, toReference }: ModifierDetails) => {
        if (!ref || list.some((item) => readField<string>('id', item) === cohort.id)) return list;
        const added = toReference(ref);
        return added ? [...list, added] : list;
      },
    },
  });
}
