import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request (or CLI command) carries through every async call: its id and how many SQL statements it ran. */
export interface RequestStore {
  requestId: string;
  sqlStatements: number;
  /** Who is acting, for the audit trail: set once the session is resolved (or by the CLI and jobs). */
  audit?: AuditIdentity;
  /** The request's `Idempotency-Key` header, used by replayable writes that got no key in their input. */
  idempotencyKey?: string;
  /** Codes of the errors in the GraphQL answer, for the metrics. */
  graphqlErrors?: string[];
}

export interface AuditIdentity {
  userId: string | null;
  organizationId: string | null;
  role: string;
  ip: string | null;
}

export const requestContext = new AsyncLocalStorage<RequestStore>();

export function countSqlStatement(): void {
  const store = requestContext.getStore();
  if (store) store.sqlStatements += 1;
}
