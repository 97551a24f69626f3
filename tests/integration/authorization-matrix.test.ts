/* eslint-disable @typescript-eslint/no-explicit-any */
import { buildClientSchema, getIntrospectionQuery, getNamedType, GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import { codeOf } from './../utils/api-client';
import { startTestAppWithOwnDatabase, TestApp } from '../utils/test-app';
import { buildFixture, CALLERS, Caller, Fixture } from './authorization/fixture';
import { classify, documentOf, fingerprinter, missingArgs, Outcome, REFUSALS } from './authorization/harness';
import { HTTP_ROUTES, OPERATIONS, PERSONAL_FIELDS } from './authorization/matrix';

/**
 * The authorisation matrix (docs/security.md, "Authorisation matrix"): every query, mutation,
 * exported file and personal-data field, called as every kind of caller, against the table in
 * ./authorization/matrix.ts. On a database of its own, so that "unchanged" covers every table.
 * RAFIQ_MATRIX_PRINT=1 prints what each caller got (to write a new row).
 */
let t: TestApp;
let f: Fixture;
let schema: GraphQLSchema;
let fingerprint: () => Promise<string>;
const PRINT = process.env.RAFIQ_MATRIX_PRINT === '1';

beforeAll(async () => {
  t = await startTestAppWithOwnDatabase();
  f = await buildFixture(t);
  schema = buildClientSchema((await t.client().gql(getIntrospectionQuery())).data as never);
  fingerprint = await fingerprinter(t.dataSource);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** The tables whose fingerprint differs (to tell what wrote: the call, or something left running by an earlier one). */
function changedTables(before: string, after: string): string {
  const was = new Set(before.split('\n'));
  const changed = after
    .split('\n')
    .filter((line) => !was.has(line))
    .map((line) => line.split('=')[0]);
  return changed.join(', ') || 'the same rows';
}

function rootFields(): Array<{ name: string; kind: 'query' | 'mutation'; field: any }> {
  const out = [];
  for (const [root, kind] of [
    [schema.getQueryType(), 'query'],
    [schema.getMutationType(), 'mutation'],
  ] as const) {
    for (const field of Object.values((root as GraphQLObjectType).getFields()))
      out.push({ name: `${root!.name}.${field.name}`, kind, field });
  }
  return out;
}

const PERSONAL = /nationalId|phone|birthDate|email/i;
/**
 * Named like personal data but about the organisation, not a person: whether it holds the CNDP
 * authorisation for national IDs, and how many people it holds one for (the compliance record,
 * admins only: its row in rows-rights.ts).
 */
const NOT_PERSONAL = ['ComplianceRecord.nationalIdAuthorised', 'ComplianceRecord.peopleWithNationalId'];

function personalFields(): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (PERSONAL.test(field.name) && !NOT_PERSONAL.includes(name)) out.push(name);
    }
  }
  return out.sort();
}

function httpRoutes(): string[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  const out: string[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route || layer.route.path === '/graphql') continue;
    const methods = Object.keys(layer.route.methods).filter((m) => m !== '_all');
    // A route for every method (Nest's catch-all) is one row.
    if (layer.route.methods._all || methods.length > 10) out.push(`ALL ${layer.route.path}`);
    else for (const m of methods) out.push(`${m.toUpperCase()} ${layer.route.path}`);
  }
  return [...new Set(out)].sort();
}

describe('authorisation matrix', () => {
  it('has exactly one row per operation, exported file and personal-data field of the API', () => {
    const ops = rootFields()
      .map((r) => r.name)
      .sort();
    expect({ missing: ops.filter((o) => !OPERATIONS[o]), stale: Object.keys(OPERATIONS).filter((o) => !ops.includes(o)) }).toEqual({
      missing: [],
      stale: [],
    });
    const routes = httpRoutes();
    expect(routes.length).toBeGreaterThan(3);
    expect({ missing: routes.filter((r) => !HTTP_ROUTES[r]), stale: Object.keys(HTTP_ROUTES).filter((r) => !routes.includes(r)) }).toEqual({
      missing: [],
      stale: [],
    });
    const fields = personalFields();
    const rows = Object.keys(PERSONAL_FIELDS).map((k) => k.split('@')[0]);
    expect({ missing: fields.filter((x) => !rows.includes(x)), stale: rows.filter((x) => !fields.includes(x)) }).toEqual({
      missing: [],
      stale: [],
    });
  });

  it('every operation answers each caller as its row says, and a refused write changes nothing', async () => {
    const problems: string[] = [];
    const printed: string[] = [];
    // Queries first, then mutations (they change the fixture); within one, the refused callers first.
    const order: Caller[] = ['anonymous', 'otherOrg', 'otherEntrepreneur', 'ENTREPRENEUR', 'COACH', 'PROGRAM_LEAD', 'ADMIN'];
    const all = rootFields().sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'query' ? -1 : 1));
    let calls = 0;
    for (const { name, kind, field } of all) {
      const row = OPERATIONS[name];
      if (!row) continue;
      const doc = documentOf(kind, field, row.select);
      const got: Partial<Record<Caller, string>> = {};
      for (const caller of order) {
        const vars = (await row.vars?.(f, caller)) ?? {};
        const missing = missingArgs(field, vars);
        if (missing.length) {
          problems.push(`${name}: no value for ${missing.join(', ')}`);
          break;
        }
        const client = row.lookalike
          ? await f.lookalike(caller)
          : row.fresh
            ? caller === 'anonymous'
              ? t.client()
              : await f.signIn(f.emails[caller])
            : f.clients[caller];
        const before = kind === 'mutation' ? await fingerprint() : '';
        const res = await client.gql(doc, vars);
        calls++;
        await row.settle?.(f);
        const after = kind === 'mutation' ? await fingerprint() : '';
        const outcome = classify(res, f, kind, before !== after);
        got[caller] = outcome;
        if (res.status >= 500) problems.push(`${name} as ${caller}: HTTP ${res.status}`);
        if (outcome !== row.expect[caller]) problems.push(`${name} as ${caller}: expected ${row.expect[caller]}, got ${outcome}`);
        if (kind === 'mutation' && REFUSALS.includes(outcome as Outcome) && before !== after)
          problems.push(`${name} as ${caller}: refused (${outcome}) but the database changed (${changedTables(before, after)})`);
        if (REFUSALS.includes(outcome as Outcome) && res.data && res.data[field.name] != null)
          problems.push(`${name} as ${caller}: refused but data returned`);
      }
      if (PRINT) printed.push(`${name}: ${CALLERS.map((c) => `${c}=${got[c]}`).join(' ')}`);
    }
    if (PRINT) console.log(printed.join('\n'));
    expect(calls).toBeGreaterThan(600);
    expect(problems).toEqual([]);
  }, 480_000);

  it('every exported file and HTTP route answers each caller as its row says', async () => {
    const problems: string[] = [];
    for (const [name, row] of Object.entries(HTTP_ROUTES)) {
      for (const caller of CALLERS) {
        const res = await f.clients[caller].fetch(row.path(f), {
          method: row.method ?? 'GET',
          headers: row.contentType ? { 'content-type': row.contentType } : {},
          body: row.body,
        });
        const text = await res.text();
        if (res.status !== row.expect[caller]) problems.push(`${name} as ${caller}: expected ${row.expect[caller]}, got ${res.status}`);
        // Another organisation's export never holds this organisation's records.
        if (caller === 'otherOrg' && [...f.targetIds].some((id) => text.includes(id)))
          problems.push(`${name} as otherOrg: holds organisation A's ids`);
        if (caller === 'otherOrg' && /Fatima|Couscous/.test(text)) problems.push(`${name} as otherOrg: holds organisation A's records`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('personal-data fields are clear, masked or hidden for each caller as their rows say', async () => {
    const problems: string[] = [];
    for (const [name, row] of Object.entries(PERSONAL_FIELDS)) {
      const read = row.read(f);
      const got: Partial<Record<Caller, string>> = {};
      for (const caller of CALLERS) {
        const res = await f.clients[caller].gql(read.query, read.vars);
        const code = codeOf(res);
        let seen: string;
        if (res.errors?.length) seen = String(code);
        else {
          const picked = read.pick(res.data);
          const value = typeof picked === 'string' ? picked : picked == null ? null : JSON.stringify(picked);
          seen = value === null ? 'hidden' : value.includes(read.clear) ? 'clear' : 'masked';
          // Masked means fewer characters shown than the value has.
          if (seen === 'masked' && value!.replace(/[^0-9A-Za-z]/g, '').length >= read.clear.replace(/[^0-9A-Za-z]/g, '').length)
            seen = `unmasked? ${value}`;
        }
        got[caller] = seen;
        if (seen !== row.expect[caller]) problems.push(`${name} as ${caller}: expected ${row.expect[caller]}, got ${seen}`);
      }
      if (PRINT) console.log(`${name}: ${CALLERS.map((c) => `${c}=${got[c]}`).join(' ')}`);
    }
    expect(problems).toEqual([]);
  });
});

void getNamedType;
