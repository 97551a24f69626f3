import { codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreateProgram } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

let dev: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestApp(), startTestApp({ NODE_ENV: 'production' })]);
});
afterAll(async () => {
  await Promise.all([dev.close(), prod.close()]);
});

describe('GraphQL hardening', () => {
  it('an unknown field is a clear validation error without suggestions, and the server keeps serving', async () => {
    const res = await dev.client().gql(`{ regionz { code } }`);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toContain('regionz');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
    expect((await fetch(`${dev.url}/health`)).status).toBe(200);
  });

  it('introspection is off in production and on in development', async () => {
    expect(codeOf(await prod.client().gql(`{ __schema { queryType { name } } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await dev.client().gql(`{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses queries with too many aliases (depth and cost limits: backend/src/graphql/limits.spec.ts)', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `m${i}: me { id }`).join(' ');
    const wide = await dev.client().gql(`{ ${aliases} }`);
    expect(codeOf(wide)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(wide.data ?? null).toBeNull();
  });

  it('refuses batched HTTP requests', async () => {
    const res = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const get = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(form.status).toBe(400);
  });

  it('an unexpected failure answers INTERNAL_SERVER_ERROR with no stack or SQL text', async () => {
    // An entrepreneur: in production, staff must first turn two-factor sign-in on (tested in two-factor.test.ts).
    const { admin, entrepreneur } = await makeTeam(prod.dataSource);
    const staff = prod.client();
    await staff.login(admin.email, TEST_PASSWORD);
    const refused = await staff.gql(`{ regions { code } }`);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.errors)).toMatch(/TWO_FACTOR_SETUP_REQUIRED/);
    const c = prod.client();
    await c.login(entrepreneur.email, TEST_PASSWORD);
    await prod.dataSource.query(`ALTER TABLE region RENAME COLUMN name_fr TO name_fr_broken`);
    try {
      const res = await c.gql(`{ regions { code nameFr } }`);
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      const text = JSON.stringify(res.errors);
      expect(text).not.toMatch(/stack|name_fr|SELECT|QueryFailedError|at /i);
    } finally {
      await prod.dataSource.query(`ALTER TABLE region RENAME COLUMN name_fr_broken TO name_fr`);
    }
  });

  it('an explicit null for a field that may be left out but not emptied is refused naming the field, and nothing changes', async () => {
    const { admin } = await makeTeam(dev.dataSource);
    const c = dev.client();
    await c.login(admin.email, TEST_PASSWORD);
    const program = await apiCreateProgram(c);
    const created = await c.gql<{ createCohort: { id: string; version: number } }>(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id version } }`,
      { i: { programId: program.id, name: 'Cohorte A' } },
    );
    const cohort = created.data!.createCohort;
    const res = await c.gql(`mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { id } }`, {
      i: { id: cohort.id, version: cohort.version, name: null, startsOn: '2026-01-01' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' });
    expect(res.errors?.map((e) => e.message).join(' ')).not.toMatch(/violates|null value|SELECT|UPDATE|TypeError/i);
    const [row] = await dev.dataSource.query(`SELECT name, starts_on, version FROM cohort WHERE id = $1`, [cohort.id]);
    expect(row).toEqual({ name: 'Cohorte A', starts_on: null, version: cohort.version });
  });

  it('sends security headers and a request id', async () => {
    const res = await fetch(`${dev.url}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('health', () => {
  it('answers 200 {"status":"ok"} when the database is reachable and migrated', async () => {
    const res = await fetch(`${dev.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database cannot be reached, without crashing', async () => {
    const t = await startTestApp();
    await t.dataSource.destroy();
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
    await t.app.close();
  });
});
