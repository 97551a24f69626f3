import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request carries through every async call: its id and how many SQL statements it ran. */
export interface RequestStore {
  requestId: string;
  sqlStatements: number;
}

export const requestContext = new AsyncLocalStorage<RequestStore>();

export function countSqlStatement(): void {
  const store = requestContext.getStore();
  if (store) store.sqlStatements += 1;
}
