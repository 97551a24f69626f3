import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { PersonFilter } from '../../gql/graphql';

export const PEOPLE_PAGE_SIZE = 20;

export const PeopleDocument = graphql(`
  query People($first: Int!, $after: String, $filter: PersonFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PersonListItem_person
        }
      }
    }
  }
`);

/** One page at a time of the people matching `filter`; `loadMore` appends the next page. */
export function usePeople(filter: PersonFilter) {
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(PeopleDocument, {
    variables: { first: PEOPLE_PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  // While another search runs, keep showing the previous results (marked as loading).
  const connection = (data ?? previousData)?.people ?? null;
  const endCursor = data?.people.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    people: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: data?.people.pageInfo.hasNextPage ?? false,
    loaded: connection !== null,
    stale: data === undefined && connection !== null,
    loading,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore,
    retry: refetch,
  };
}
