import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode } from '@rafiq/shared';
import type { CreatePersonInput, LogSessionInput, RecordEconomicResultInput, UpdateVentureInput } from '../../gql/graphql';
import { apiProblems } from '../errors';
import { LogSessionDocument } from '../sessions/sessionsApi';
import { CreatePersonMetOnSiteDocument, RecordVentureResultDocument, UpdateVentureFromOutboxDocument } from './fieldWritesApi';
import type { OutboxEntry, SendOutcome } from './outbox';

/** Answers that mean "try again later" rather than "the server refused this change". */
const TRANSIENT = new Set<ErrorCode | null>([ErrorCode.UNAUTHENTICATED, ErrorCode.TOO_MANY_REQUESTS, ErrorCode.INTERNAL_SERVER_ERROR]);

/** A failure of the network or of the server (no answer about the change itself): worth retrying. */
export function isNetworkFailure(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return true;
  const problems = apiProblems(error);
  return problems.length === 0 || problems.some((p) => TRANSIENT.has(p.code));
}

export function outcomeOf(error: unknown): SendOutcome {
  if (isNetworkFailure(error)) return { ok: false, retry: true };
  const [first] = apiProblems(error);
  return { ok: false, retry: false, problem: { code: first?.code ?? null, reason: first?.reason ?? null } };
}

/** Sends one outbox entry with the app's client (its answer updates the cache like any mutation). */
export function sendEntry(client: ApolloClient): (entry: OutboxEntry) => Promise<SendOutcome> {
  return async (entry) => {
    try {
      switch (entry.operation) {
        case 'logSession':
          await client.mutate({ mutation: LogSessionDocument, variables: { input: entry.input as unknown as LogSessionInput } });
          break;
        case 'createPerson': {
          const { data } = await client.mutate({ mutation: CreatePersonMetOnSiteDocument, variables: { input: entry.input as unknown as CreatePersonInput } });
          return { ok: true, id: data?.createPerson.id };
        }
        case 'recordEconomicResult':
          await client.mutate({
            mutation: RecordVentureResultDocument,
            variables: { input: entry.input as unknown as RecordEconomicResultInput },
            refetchQueries: ['Venture'],
          });
          break;
        case 'updateVenture':
          await client.mutate({ mutation: UpdateVentureFromOutboxDocument, variables: { input: entry.input as unknown as UpdateVentureInput } });
          break;
      }
      return { ok: true };
    } catch (error) {
      return outcomeOf(error);
    }
  };
}
