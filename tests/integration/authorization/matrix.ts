import { OperationRow } from './matrix-kit';
import { ROWS_QUERIES } from './rows-queries';
import { ROWS_MUTATIONS_RECORDS } from './rows-mutations-records';
import { ROWS_MUTATIONS_WORK } from './rows-mutations-work';
import { ROWS_DIAGNOSTICS } from './rows-diagnostics';
import { ROWS_VOICE } from './rows-voice';
import { ROWS_RIGHTS } from './rows-rights';
import { HTTP_ROUTES_GRIDS2, ROWS_GRIDS2 } from './rows-grids2';
import { HTTP_ROUTES_RIGHTS2, ROWS_RIGHTS2 } from './rows-rights2';
import { HTTP_ROUTES as HTTP_ROUTES_BASE } from './routes-fields';
import type { HttpRow } from './matrix-kit';
import { ROWS_IMPACT2 } from './rows-impact2';
import { ROWS_AUTH2 } from './rows-auth2';
import { ROWS_USERS } from './rows-users';

/**
 * The authorisation matrix: one row per query, mutation, exported file and personal-data field of
 * the API (rules: docs/security.md). The row format and its helpers are in matrix-kit.ts; the rows
 * are split by module. tests/integration/authorization-matrix.test.ts discovers the operations from
 * the schema (and the HTTP routes from the server) and fails when one has no row, or a row names one
 * that no longer exists.
 */
export const OPERATIONS: Record<string, OperationRow> = {
  ...ROWS_QUERIES,
  ...ROWS_MUTATIONS_RECORDS,
  ...ROWS_MUTATIONS_WORK,
  ...ROWS_DIAGNOSTICS,
  ...ROWS_VOICE,
  ...ROWS_RIGHTS,
  ...ROWS_GRIDS2,
  ...ROWS_RIGHTS2,
  ...ROWS_IMPACT2,
  ...ROWS_AUTH2,
  ...ROWS_USERS,
};

export const HTTP_ROUTES: Record<string, HttpRow> = {
  ...HTTP_ROUTES_BASE,
  ...HTTP_ROUTES_GRIDS2,
  ...HTTP_ROUTES_RIGHTS2,
};
export { PERSONAL_FIELDS } from './routes-fields';
export { ok, none, NF, FB } from './matrix-kit';
export type { Vars, Expectation, OperationRow, HttpRow, FieldRow } from './matrix-kit';
