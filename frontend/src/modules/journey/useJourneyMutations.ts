import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorCode } from '@rafiq/shared';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { ActionItemStatus } from '../../gql/graphql';
import { hasErrorCode } from '../errors';
import { MyJourneyDocument } from './useMyJourney';

export const CompleteActionItemDocument = graphql(`
  mutation CompleteActionItem($id: ID!, $version: Int!, $done: Boolean!) {
    completeActionItem(id: $id, version: $version, done: $done) {
      id
      status
      overdue
      version
    }
  }
`);

export const RecordMonthlySalesDocument = graphql(`
  mutation RecordMonthlySales($input: RecordEconomicResultInput!) {
    recordEconomicResult(input: $input) {
      id
      periodKind
      periodStart
      revenue
      version
      ventureId
    }
  }
`);

export const CancelMyPlaceDocument = graphql(`
  mutation CancelMyPlace($sessionId: ID!) {
    cancelMyPlace(sessionId: $sessionId) {
      id
    }
  }
`);

export const ConfirmAttendanceDocument = graphql(`
  mutation ConfirmAttendance($sessionId: ID!) {
    confirmAttendance(sessionId: $sessionId) {
      id
      participants {
        personId
        confirmedAt
      }
    }
  }
`);

export interface TickableItem {
  id: string;
  version: number;
  overdue: boolean;
}

/** Ticks an action item off or reopens it; the list shows the change at once (optimistic). */
export function useCompleteActionItem() {
  const [mutate] = useMutation(CompleteActionItemDocument);
  return useCallback(
    async (item: TickableItem, done: boolean) => {
      const status: ActionItemStatus = done ? 'DONE' : 'OPEN';
      await mutate({
        variables: { id: item.id, version: item.version, done },
        optimisticResponse: {
          __typename: 'Mutation',
          completeActionItem: { __typename: 'ActionItem', id: item.id, status, overdue: done ? false : item.overdue, version: item.version },
        },
      });
    },
    [mutate],
  );
}

export interface MonthlySales {
  ventureId: string;
  /** YYYY-MM-01 */
  periodStart: string;
  revenue: number;
  /** The version of the month's results, when they exist already. */
  version?: number | null;
}

/**
 * Records a month's sales. When the month was recorded meanwhile (CONFLICT), reads it again and
 * saves once more with the version just read. The journey is refreshed for the new summary.
 */
export function useRecordMonthlySales() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(RecordMonthlySalesDocument, {
    refetchQueries: [MyJourneyDocument],
    update(cache, { data }) {
      if (!data) return;
      const result = data.recordEconomicResult;
      const ref = cache.identify(result);
      if (!ref) return;
      cache.modify({
        id: cache.identify({ __typename: 'Venture', id: result.ventureId }),
        fields: {
          results(existing: readonly { __ref: string }[] = [], { toReference }) {
            if (existing.some((r) => r.__ref === ref)) return existing;
            const added = toReference(result, true);
            return added ? [...existing, added] : existing;
          },
        },
      });
    },
  });

  const send = useCallback(
    async ({ ventureId, periodStart, revenue, version }: MonthlySales) => {
      const input = { ventureId, periodKind: 'MONTH' as const, periodStart, revenue, ...(version ? { version } : {}) };
      const { data } = await mutate({ variables: { input } });
      return data?.recordEconomicResult ?? null;
    },
    [mutate],
  );

  const record = useCallback(
    async (sales: MonthlySales) => {
      try {
        return await send(sales);
      } catch (error) {
        if (!hasErrorCode(error, ErrorCode.CONFLICT)) throw error;
        const { data } = await client.query({ query: MyJourneyDocument, fetchPolicy: 'network-only' });
        const venture = data?.myJourney.ventures.find((v) => v.id === sales.ventureId);
        const current = venture?.results.find((r) => r.periodKind === 'MONTH' && r.periodStart === sales.periodStart);
        return send({ ...sales, version: current?.version ?? null });
      }
    },
    [client, send],
  );
  return { record, loading };
}

/** She says she will come to a session; the answer marks her as confirmed. */
export function useConfirmAttendance() {
  const [mutate] = useMutation(ConfirmAttendanceDocument);
  return useCallback(
    async (sessionId: string) => {
      await mutate({ variables: { sessionId } });
    },
    [mutate],
  );
}

/** She gives up her place in a session (a training's first person waiting takes it); her journey is read again. */
export function useCancelMyPlace() {
  const [mutate] = useMutation(CancelMyPlaceDocument, { refetchQueries: ['MyJourney'], awaitRefetchQueries: true });
  return useCallback(
    async (sessionId: string) => {
      await mutate({ variables: { sessionId } });
    },
    [mutate],
  );
}
