import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ApiClient } from '../utils/api-client';
import { buildServer } from '../utils/build';
import { startServer } from '../utils/server-process';

beforeAll(() => buildServer(), 120000);

describe('the server as `npm start` runs it', () => {
  it('starts embedded PostgreSQL, loads demo data, keeps it across restarts and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-start-'));
    try {
      const first = await startServer({}, { dataDir });
      expect(first.output()).toContain('admin@rafiq.example');
      const c = new ApiClient(first.url);
      expect((await c.login('lead@rafiq.example', 'rafiq-demo-2026')).data?.login.role).toBe('PROGRAM_LEAD');
      await c.gql(`mutation { setMyLocale(locale: EN) { locale } }`);
      expect(await first.stop()).toBe(0);

      const second = await startServer({}, { dataDir });
      const again = new ApiClient(second.url);
      await again.login('lead@rafiq.example', 'rafiq-demo-2026');
      expect((await again.gql<{ me: { locale: string } }>(`{ me { locale } }`)).data?.me.locale).toBe('EN');
      expect(await second.stop()).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    await expect(startServer({ PORT: 'abc' })).rejects.toThrow(/PORT="abc": expected a port number/);
  });
});

/** Reads the embedded server's port and password from a data directory, as the app does. */
async function embeddedUrl(dataDir: string): Promise<{ url: string; pid: number }> {
  const { password } = JSON.parse(await readFile(path.join(dataDir, 'postgres-credentials.json'), 'utf8')) as { password: string };
  const lines = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  return { url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${lines[3]}/rafiq`, pid: Number(lines[0]) };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('shutdown and crash recovery', () => {
  it('SIGTERM lets a running request finish, refuses new ones, then closes the pool and the embedded database', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-stop-'));
    const server = await startServer({ RAFIQ_SHUTDOWN_TIMEOUT_MS: '30000' }, { dataDir });
    const db = await embeddedUrl(dataDir);
    const locker = new Client({ connectionString: db.url });
    try {
      const c = new ApiClient(server.url);
      await c.login('lead@rafiq.example', 'rafiq-demo-2026');
      // Hold the lead's row so that her next write is still running when SIGTERM comes.
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query(`SELECT id FROM app_user WHERE email = 'lead@rafiq.example' FOR UPDATE`);
      const inFlight = c.gql<{ setMyLocale: { locale: string } }>(`mutation { setMyLocale(locale: AR) { locale } }`);
      await until('the write to wait on the lock', async () => {
        const { rows } = await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'rafiq'`);
        return rows[0].n > 0;
      });
      server.signal('SIGTERM');
      // New requests are refused: on a new connection (closed listener) or a kept-alive one (503).
      await until('new requests to be refused', async () => {
        const status = await fetch(`${server.url}/health`).then(
          (r) => r.status,
          () => 0,
        );
        return status === 503 || status === 0;
      });
      expect(alive(server.pid)).toBe(true);
      await locker.query('COMMIT');
      await locker.end();
      expect((await inFlight).data).toEqual({ setMyLocale: { locale: 'AR' } });
      expect(await server.exited).toBe(0);
      // The embedded PostgreSQL was stopped too (its pid file is removed on a clean stop).
      expect(alive(db.pid)).toBe(false);
      await expect(readFile(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
      expect(server.output()).not.toMatch(/cut off/);
    } finally {
      await locker.end().catch(() => undefined);
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90000);

  it('after kill -9 of the app and of PostgreSQL, a restart recovers on its own and keeps every acknowledged write', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-crash-'));
    try {
      const first = await startServer({}, { dataDir });
      const c = new ApiClient(first.url);
      await c.login('lead@rafiq.example', 'rafiq-demo-2026');
      expect((await c.gql(`mutation { setMyLocale(locale: FR) { locale } }`)).errors).toBeUndefined();
      const db = await embeddedUrl(dataDir);
      first.signal('SIGKILL');
      process.kill(db.pid, 'SIGKILL');
      await first.exited;
      await until('PostgreSQL and its workers to be gone', async () => {
        if (alive(db.pid)) return false;
        const procs = await readdir('/proc').catch(() => [] as string[]);
        for (const p of procs.filter((n) => /^\d+$/.test(n))) {
          const cmd = await readFile(`/proc/${p}/cmdline`, 'utf8').catch(() => '');
          if (cmd.includes(dataDir)) return false;
        }
        return true;
      });
      const second = await startServer({}, { dataDir });
      const again = new ApiClient(second.url);
      await again.login('lead@rafiq.example', 'rafiq-demo-2026');
      expect((await again.gql<{ me: { locale: string } }>(`{ me { locale } }`)).data?.me.locale).toBe('FR');
      expect(await second.stop()).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120000);
});
