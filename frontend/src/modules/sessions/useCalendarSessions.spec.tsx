import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createCache } from '../../app/cachePolicies';
import { CalendarSessionsDocument } from './sessionsApi';
import { useCalendarSessions } from './useCalendarSessions';

const filter = { from: '2030-03-03T23:00:00.000Z', to: '2030-03-10T23:00:00.000Z' };

const session = (n: number) => ({
  __typename: 'Session' as const,
  id: `s-${n}`,
  kind: 'TRAINING' as const,
  startsAt: `2030-03-04T${String(8 + (n % 10)).padStart(2, '0')}:00:00.000Z`,
  endsAt: `2030-03-04T${String(9 + (n % 10)).padStart(2, '0')}:00:00.000Z`,
  status: 'PLANNED' as const,
  place: null,
  version: 1,
  coaches: [{ __typename: 'User' as const, id: `c-${n % 7}`, displayName: `Coach ${n % 7}` }],
});

function page(from: number, to: number, endCursor: string | null, after?: string): MockLink.MockedResponse {
  return {
    request: { query: CalendarSessionsDocument, variables: after ? { filter, after } : { filter } },
    result: {
      data: {
        __typename: 'Query',
        sessions: {
          __typename: 'SessionConnection',
          edges: Array.from({ length: to - from }, (_, i) => ({ __typename: 'SessionEdge', node: session(from + i) })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
        },
      },
    },
  };
}

describe('calendar sessions of a range', () => {
  it('reads every page of a busy week (more than 100 sessions), not only the first', async () => {
    const mocks = [page(0, 100, 'c1'), page(100, 200, 'c2', 'c1'), page(200, 230, null, 'c2')];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks} cache={createCache()}>
        {children}
      </MockedProvider>
    );
    const { result } = renderHook(() => useCalendarSessions(filter), { wrapper });
    await waitFor(() => expect(result.current.sessions).toHaveLength(230), { timeout: 5000 });
    expect(result.current.loading).toBe(false);
    expect(new Set(result.current.sessions.map((s) => s.id)).size).toBe(230);
  });

  it('a range that fits one page asks once', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={[page(0, 3, null)]} cache={createCache()}>
        {children}
      </MockedProvider>
    );
    const { result } = renderHook(() => useCalendarSessions(filter), { wrapper });
    await waitFor(() => expect(result.current.sessions).toHaveLength(3));
    expect(result.current.loading).toBe(false);
  });
});
