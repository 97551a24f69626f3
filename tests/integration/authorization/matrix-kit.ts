/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Caller, Fixture } from './fixture';
import type { Outcome } from './harness';

/**
 * The authorisation matrix: one row per query, mutation, exported file and personal-data field of
 * the API (rules: /work/shared/design/permissions.md, summarised in docs/security.md).
 * tests/integration/authorization-matrix.test.ts discovers the operations from the schema (and the
 * HTTP routes from the server) and fails when one has no row here, or a row names one that no
 * longer exists.
 *
 * A row says what each caller gets, with `expect(admin, lead, coach, entrepreneur, otherOrg, otherEntrepreneur[, anonymous])`:
 * - callers: the roles of organisation A; `otherOrg` = organisation B's admin using A's ids;
 *   `otherEntrepreneur` = a second entrepreneur of A using the first one's ids; anonymous (default UNAUTHENTICATED).
 * - outcomes: `ok` (a query's answer holds the fixture's records; a mutation changed the database),
 *   `none` (answered, but no record of the fixture / nothing changed), or the refusal
 *   `UNAUTHENTICATED` | `FORBIDDEN` | `NOT_FOUND` (then the database must be unchanged).
 * `vars(f, caller)` gives the call's variables from the fixture (fixture.ts); it may create
 * throwaway records (f.make) for destructive operations, so each caller works on its own.
 */
export type Vars = Record<string, unknown>;
export type Expectation = Record<Caller, Outcome>;

export interface OperationRow {
  vars?: (f: Fixture, caller: Caller) => Vars | Promise<Vars>;
  /** Selection set (default: the ids the answer holds). */
  select?: string;
  expect: Expectation;
  /** Call with a fresh client signed in as the caller (sign-in and sign-out change the client's session). */
  fresh?: boolean;
  /** Call as a new user like the caller (for calls that end all of the caller's sessions). */
  lookalike?: boolean;
  /** Wait for background work the call started (e.g. an import) before the next call. */
  settle?: (f: Fixture) => Promise<void>;
}

export interface HttpRow {
  /** Path with query string, from the fixture. */
  path: (f: Fixture) => string;
  method?: 'GET' | 'POST';
  body?: string;
  contentType?: string;
  /** HTTP status per caller. */
  expect: Record<Caller, number>;
}

export interface FieldRow {
  /** A read of the field on one of the fixture's records, and its value in clear. */
  read: (f: Fixture) => { query: string; vars?: Vars; pick: (data: any) => unknown; clear: string };
  /** How each caller sees it: `clear`, `masked` (partly hidden), `hidden` (null or absent), or the refusal of the read. */
  expect: Record<Caller, 'clear' | 'masked' | 'hidden' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED'>;
}

export function expect(
  admin: Outcome,
  lead: Outcome,
  coach: Outcome,
  entrepreneur: Outcome,
  otherOrg: Outcome,
  otherEntrepreneur: Outcome,
  anonymous: Outcome = 'UNAUTHENTICATED',
): Expectation {
  return { anonymous, ADMIN: admin, PROGRAM_LEAD: lead, COACH: coach, ENTREPRENEUR: entrepreneur, otherOrg, otherEntrepreneur };
}

export const ok = 'ok',
  none = 'none',
  NF = 'NOT_FOUND',
  FB = 'FORBIDDEN',
  UN = 'UNAUTHENTICATED';

/** Versions are read when the call is made (earlier allowed calls may have changed the record). */
export const v = (f: Fixture, table: string, id: string) => f.version(table, id);
export const inDays = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
/** A caller's upload (admins and leads may upload; others get a placeholder id). */
export async function uploadAs(f: Fixture, caller: Caller): Promise<string> {
  const res = await f.clients[caller].fetch(`/api/imports?fileName=people.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: 'first_name,last_name,gender,region_code\nSara,Matrix,F,MA-09\n',
  });
  const body = (await res.json()) as { uploadId?: string };
  return body.uploadId ?? '00000000-0000-4000-8000-000000000000';
}
/** Callers of organisation A's roles use their own upload; the others try the admin's. */
export const uploader = (caller: Caller): Caller => (['anonymous', 'otherOrg', 'otherEntrepreneur'].includes(caller) ? 'ADMIN' : caller);
let slot = 0;
/** A number not used before in this run (unique names, days, amounts). */
export const nextSlot = () => 200 + slot++;
