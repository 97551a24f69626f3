import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import type { CalendarSessionFragment, CalendarSessionsQuery, SessionFilter } from '../../gql/graphql';
import { CalendarSessionsDocument } from './sessionsApi';

/**
 * Every session of a range (a week or a day, one coach or all of them), however many: the first
 * page of 100 is watched (and refetched after a move); the following pages are read in turn
 * whenever the first one changes, so a busy programme view is never cut at 100.
 */
export function useCalendarSessions(filter: SessionFilter) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(CalendarSessionsDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const [more, setMore] = useState<{ key: string | null; nodes: CalendarSessionFragment[] }>({ key: null, nodes: [] });
  const [moreError, setMoreError] = useState<unknown>(null);
  const first = data?.sessions;
  // What the following pages depend on: the range and coach, and where the first page ends.
  const key = first?.pageInfo.hasNextPage ? `${JSON.stringify(filter)}|${first.pageInfo.endCursor ?? ''}` : null;
  const endCursor = first?.pageInfo.endCursor;

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const variables = { filter };
    void (async () => {
      const nodes: CalendarSessionFragment[] = [];
      let after: string | null | undefined = endCursor;
      while (after && !cancelled) {
        const page: { data?: CalendarSessionsQuery } = await client.query({
          query: CalendarSessionsDocument,
          variables: { ...variables, after },
          fetchPolicy: 'network-only',
        });
        const sessions: CalendarSessionsQuery['sessions'] | undefined = page.data?.sessions;
        if (!sessions) break;
        nodes.push(...sessions.edges.map((e) => e.node));
        after = sessions.pageInfo.hasNextPage ? sessions.pageInfo.endCursor : null;
      }
      if (!cancelled) {
        setMoreError(null);
        setMore({ key, nodes });
      }
    })().catch((e: unknown) => {
      if (!cancelled) setMoreError(e);
    });
    return () => {
      cancelled = true;
    };
    // `key` covers the filter and the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, client]);

  const sessions = useMemo(() => {
    const nodes = (first?.edges ?? []).map((e) => e.node);
    if (!key || more.key !== key) return nodes;
    const seen = new Set(nodes.map((n) => n.id));
    return [...nodes, ...more.nodes.filter((n) => !seen.has(n.id))];
  }, [first, key, more]);

  return { sessions, loaded: Boolean(first), loading: loading || Boolean(key && more.key !== key), error: error ?? moreError, refetch };
}
