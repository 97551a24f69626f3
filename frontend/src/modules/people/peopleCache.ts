import type { ApolloCache, Reference } from '@apollo/client';
import type { ModifierDetails } from '@apollo/client/cache';
import type { Area, Gender, PersonFilter } from '../../gql/graphql';

/** A `people` connection as the cache stores it (nodes are references). */
interface StoredConnection {
  edges: ReadonlyArray<{ node: Reference }>;
  totalCount?: number;
  [key: string]: unknown;
}

/** The filter a cached `people` list was fetched with, read back from its store key. */
export function filterOfStoreKey(storeFieldName: string): PersonFilter {
  const json = storeFieldName.slice(storeFieldName.indexOf(':') + 1);
  if (!storeFieldName.includes(':') || !json) return {};
  try {
    const args = JSON.parse(json) as { filter?: PersonFilter | null };
    return args.filter ?? {};
  } catch {
    return {};
  }
}

export interface NewPersonFacts {
  regionCode: string;
  gender: Gender;
  area?: Area | null;
  neet?: boolean | null;
}

/**
 * Could a new person (enrolled nowhere yet) be in a list fetched with `filter`? Not in one limited
 * to a programme, cohort or coach; not if a plain filter excludes her; a name search is for the
 * server to decide.
 */
export function mayBeListed(filter: PersonFilter, person: NewPersonFacts): boolean {
  if (filter.programId || filter.cohortId || filter.coachId) return false;
  if (filter.regionCode && filter.regionCode !== person.regionCode) return false;
  if (filter.gender && filter.gender !== person.gender) return false;
  if (filter.area && filter.area !== person.area) return false;
  if (filter.neet !== undefined && filter.neet !== null && filter.neet !== person.neet) return false;
  return true;
}

/**
 * After a person is created: the cached lists she may belong to are dropped, so that they are
 * fetched again — with her at her place in the order, the total right, and the phone and birth
 * date masked by the server as lists show them. The others stay as they are.
 */
export function forgetListsForNewPerson(cache: ApolloCache, person: NewPersonFacts): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      people: (value: unknown, { storeFieldName, DELETE }: ModifierDetails) => (mayBeListed(filterOfStoreKey(storeFieldName), person) ? DELETE : value),
    },
  });
}

/** After enrolling someone: the lists of that programme are fetched again when next shown. */
export function forgetListsOfProgram(cache: ApolloCache, programId: string): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      people: (value: unknown, { storeFieldName, DELETE }: ModifierDetails) => (filterOfStoreKey(storeFieldName).programId === programId ? DELETE : value),
    },
  });
}

/** After archiving someone: she leaves every cached list that hides archived people. */
export function removeFromLists(cache: ApolloCache, personId: string): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      people: (value: unknown, { storeFieldName, readField }: ModifierDetails) => {
        const connection = value as StoredConnection;
        if (filterOfStoreKey(storeFieldName).includeArchived) return connection;
        const edges = connection.edges.filter((edge) => readField<string>('id', edge.node) !== personId);
        if (edges.length === connection.edges.length) return connection;
        const totalCount = typeof connection.totalCount === 'number' ? Math.max(0, connection.totalCount - 1) : connection.totalCount;
        return { ...connection, edges, totalCount };
      },
    },
  });
}
