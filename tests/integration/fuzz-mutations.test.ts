import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { startTestAppWithOwnDatabase, TestApp } from '../utils/test-app';
import { buildFixture, Caller, Fixture } from './authorization/fixture';
import { documentOf } from './authorization/harness';
import { OPERATIONS, Vars } from './authorization/matrix';

/**
 * Property-based fuzzing of every mutation (targets R4): starting from a valid call of each
 * mutation (the authorisation matrix's row, as a caller allowed to make it), fast-check replaces
 * one to three values — anywhere in the variables, or any field of the input types — with hostile
 * ones (very long strings, control characters, SQL and HTML fragments, bad dates, huge numbers,
 * wrong types, unknown fields). Every answer must be a proper one: never HTTP 5xx, never
 * INTERNAL_SERVER_ERROR, no stack or SQL text, and a refused call commits no write (a row-level
 * trigger counts committed writes on the suite's own database).
 * Bounded in time: the mutations share RAFIQ_FUZZ_SECONDS (default 45 s, three at a time), each
 * running up to 250 cases (about 15,000 in all on an idle machine; at least 10 each whatever the load).
 * RAFIQ_FUZZ_RUNS=N runs exactly N cases per mutation with no time limit; RAFIQ_FUZZ_SEED replays a run.
 */
const EXACT_RUNS = process.env.RAFIQ_FUZZ_RUNS ? Number(process.env.RAFIQ_FUZZ_RUNS) : undefined;
const RUNS = EXACT_RUNS ?? 250;
const BUDGET_MS = Number(process.env.RAFIQ_FUZZ_SECONDS ?? 45) * 1000;
const MIN_RUNS = 10;
const SEED = process.env.RAFIQ_FUZZ_SEED ? Number(process.env.RAFIQ_FUZZ_SEED) : Date.now() % 2_147_483_647;
const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'CONFLICT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
]);
const LEAKS =
  /QueryFailedError|EntityNotFound|TypeORMError|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.*\bSET\b|violates|relation "|column "|syntax error at|\n\s+at |node_modules|\.ts:\d+/i;

let t: TestApp;
let f: Fixture;
let schema: GraphQLSchema;

beforeAll(async () => {
  t = await startTestAppWithOwnDatabase();
  f = await buildFixture(t);
  schema = buildClientSchema((await t.client().gql(getIntrospectionQuery())).data as never);
  // Committed writes, noted by a row trigger on every table with the request that made them
  // (sessions aside: each request touches its own). Transaction-local: a rolled-back write leaves nothing.
  await t.dataSource.query(`CREATE TABLE fuzz_writes (request_id text);
    CREATE INDEX ON fuzz_writes (request_id);
    CREATE FUNCTION fuzz_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO fuzz_writes VALUES (current_setting('rafiq.request_id', true)); RETURN NULL; END $$;`);
  const tables = await t.dataSource.query<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('auth_session', 'fuzz_writes')`,
  );
  for (const { table_name } of tables)
    await t.dataSource.query(
      `CREATE TRIGGER ${table_name}_fuzz AFTER INSERT OR UPDATE OR DELETE ON "${table_name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count()`,
    );
}, 90_000);
afterAll(async () => {
  await t?.close();
});

const writesBy = async (requestId: string) =>
  (await t.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM fuzz_writes WHERE request_id = $1`, [requestId]))[0].n;
const CONCURRENCY = 3;

const SQL_HTML = [
  "'; DROP TABLE person; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(3)',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../etc/passwd',
  'null',
  'NaN',
  '',
  ' ',
];
const DATES = [
  '2024-02-30',
  '9999-99-99',
  '0000-00-00',
  '2024-13-01',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00+25:00',
  '2024-01-01T25:61:00Z',
  '20240101',
  '-0001-01-01',
  '1e10',
];
const IDS = [
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  "00000000-0000-0000-0000-00000000000'",
];
const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 });
const hostileString = fc.oneof(
  fc.constantFrom(...SQL_HTML, ...DATES, ...IDS, '\u0000', '\u202Eevil', '\uD800', 'ﷺ'.repeat(50)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  controlChars,
  fc.integer({ min: 200, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.tuple(fc.constantFrom(...SQL_HTML), controlChars).map(([a, b]) => a + b),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -1, 0, 0.5, 5e-324, 1e21),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.array(hostileString, { maxLength: 3 }),
);
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: wrongType },
);

type Path = Array<string | number>;

/** Every place a value can go: the leaves of the valid call, and every field of the argument types (two levels deep). */
function slotsOf(base: Vars, args: ReadonlyArray<{ name: string; type: GraphQLInputType }>): Path[] {
  const out: Path[] = [];
  const walk = (value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    out.push(path);
  };
  walk(base, []);
  const fields = (type: GraphQLInputType, path: Path, depth: number) => {
    const named = getNamedType(type);
    out.push(path);
    if (!isInputObjectType(named) || depth > 2) return;
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    for (const field of Object.values(named.getFields()))
      fields(field.type, list ? [...path, 0, field.name] : [...path, field.name], depth + 1);
  };
  for (const a of args) fields(a.type, [a.name], 0);
  // Mass assignment: fields no input has.
  for (const a of args)
    if (isInputObjectType(getNamedType(a.type)))
      for (const extra of ['organizationId', 'createdBy', 'userId', '__proto__']) out.push([a.name, extra]);
  return out.filter((p) => p.length > 0);
}

function withValue(base: Vars, path: Path, value: unknown): Vars {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (last === '__proto__') Object.defineProperty(node, last, { value, enumerable: true });
  else node[last] = value;
  return copy;
}

/** A caller the row allows (the deepest code paths), or the admin. */
function allowedCaller(name: string): Caller {
  const row = OPERATIONS[name];
  return (['ADMIN', 'PROGRAM_LEAD', 'COACH', 'ENTREPRENEUR'] as const).find((c) => ['ok', 'none'].includes(row.expect[c])) ?? 'ADMIN';
}

describe('fuzzed mutations', () => {
  it('every mutation answers hostile input with a proper error or a proper success: no 5xx, no internal error, no leak, no partial write', async () => {
    const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields()).filter((m) => m.args.length > 0);
    const problems: string[] = [];
    let cases = 0;
    const fuzz = async (field: (typeof mutations)[number]) => {
      const name = `Mutation.${field.name}`;
      const row = OPERATIONS[name];
      const caller = allowedCaller(name);
      const client = caller === 'ADMIN' && field.name === 'login' ? t.client() : f.clients[caller];
      const doc = documentOf('mutation', field, field.name === 'login' ? 'id' : row.select);
      let base = (await row.vars?.(f, caller)) ?? {};
      const slots = slotsOf(base, field.args);
      const started = Date.now();
      const result = await fc.check(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat({ max: slots.length - 1 }), hostile), { minLength: 1, maxLength: 3 }),
          async (changes) => {
            let vars = base;
            for (const [slot, value] of changes) vars = withValue(vars, slots[slot], value);
            const requestId = `fuzz-${field.name}-${cases}`;
            const res = await client.fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-request-id': requestId },
              body: JSON.stringify({ query: doc, variables: vars }),
            });
            cases++;
            const text = await res.text();
            let body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
            try {
              body = JSON.parse(text) as typeof body;
            } catch {
              return res.status < 500 && !LEAKS.test(text);
            }
            if (body.errors?.length) {
              const codes = body.errors.map((e) => e.extensions?.code ?? 'NONE');
              if (res.status >= 500 || codes.some((c) => !ALLOWED_CODES.has(c)))
                throw new Error(`HTTP ${res.status}: ${text.slice(0, 400)}`);
              if (LEAKS.test(text)) throw new Error(`leak: ${text.slice(0, 400)}`);
              await row.settle?.(f);
              if ((await writesBy(requestId)) > 0) throw new Error(`refused but wrote: ${text.slice(0, 400)}`);
            } else {
              if (res.status >= 400) throw new Error(`HTTP ${res.status} without errors`);
              // A legitimate change (hostile but valid text, say): start again from a fresh valid call.
              await row.settle?.(f);
              base = (await row.vars?.(f, caller)) ?? {};
            }
            return true;
          },
        ),
        {
          numRuns: RUNS,
          seed: SEED,
          endOnFailure: true,
          ...(EXACT_RUNS
            ? {}
            : { interruptAfterTimeLimit: Math.max(500, (BUDGET_MS * CONCURRENCY) / mutations.length), markInterruptAsFailure: false }),
        },
      );
      if (process.env.RAFIQ_FUZZ_TIMES === '1') console.log(`${name}: ${Date.now() - started} ms`);
      if (result.failed)
        problems.push(
          `${name}: ${String(result.errorInstance)} with ${JSON.stringify(result.counterexample)?.slice(0, 300)} (seed ${SEED})`,
        );
    };
    const queue = [...mutations];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await fuzz(next);
      }),
    );
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(Math.min(MIN_RUNS, RUNS) * mutations.length);
    console.log(`fuzz: ${cases} cases over ${mutations.length} mutations, seed ${SEED}`);
  }, 300_000);
});
