import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { tableFingerprints } from '../../backend/src/cli/backup';
import { FieldCrypto } from '../../backend/src/common/crypto';
import { createDataSource } from '../../backend/src/database/data-source';
import { seedDemo } from '../../backend/src/demo/seed-demo';
import { buildServer, ROOT } from '../utils/build';
import { TEST_ENCRYPTION_KEY, testDatabaseUrl } from '../utils/test-app';

/** Target R10: a drill — back up a seeded database, restore it into an empty one, compare every table. */
const BACKUP_KEY = Buffer.alloc(32, 3).toString('base64');
let admin: Client;
let dir: string;
const created: string[] = [];

function urlOf(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function newDatabase(): Promise<string> {
  const name = `bk_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  return urlOf(name);
}

function rafiq(args: string[], databaseUrl: string, env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'backend/dist/cli/main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      RAFIQ_LOG_LEVEL: 'silent',
      RAFIQ_BACKUP_KEY: BACKUP_KEY,
      RAFIQ_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      ...env,
    },
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

async function open(url: string): Promise<DataSource> {
  const ds = createDataSource(url, undefined, 2);
  await ds.initialize();
  return ds;
}

beforeAll(async () => {
  buildServer();
  admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  dir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-backup-'));
}, 120000);
afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores a seeded database into an empty one with every table equal (rows and checksums); the file is encrypted', async () => {
    const sourceUrl = await newDatabase();
    const source = await open(sourceUrl);
    await source.runMigrations();
    await seedDemo(source, new FieldCrypto(Buffer.from(TEST_ENCRYPTION_KEY, 'base64')));
    const file = path.join(dir, 'rafiq.backup');

    const backup = rafiq(['backup', file], sourceUrl);
    expect(backup.err).toBe('');
    expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/^Backup written to .*: \d+ tables, \d+ rows/) });
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 8).toString()).toBe('RFQBAK01');
    for (const plain of ['COPY', 'person', 'rafiq.example', 'Tanger']) expect(bytes.includes(Buffer.from(plain))).toBe(false);

    const targetUrl = await newDatabase();
    const restore = rafiq(['restore', file], targetUrl);
    expect(restore.err).toBe('');
    expect(restore).toMatchObject({ code: 0, out: expect.stringMatching(/^Restored the backup of .*: \d+ tables, \d+ rows, in [\d.]+ s/) });
    process.stdout.write(`restore drill: ${restore.out}`);

    const target = await open(targetUrl);
    try {
      const before = await tableFingerprints(source);
      const after = await tableFingerprints(target);
      expect(Object.keys(before).length).toBeGreaterThan(30);
      expect(Object.values(before).reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(100);
      expect(after).toEqual(before);
      const migrationsOf = (ds: DataSource) => ds.query(`SELECT name FROM typeorm_migrations ORDER BY id`);
      expect(await migrationsOf(target)).toEqual(await migrationsOf(source));
      // Sequences continue after the restored rows, and the restored audit trail still verifies.
      expect(rafiq(['audit', 'verify'], targetUrl)).toMatchObject({ code: 0, out: expect.stringContaining('Audit trail intact') });
      await target.query(`INSERT INTO audit_log (action, entity, changes) VALUES ('EVENT', 'drill', '{}')`).catch((err: Error) => {
        throw new Error(`insert after restore: ${err.message}`);
      });
    } finally {
      await target.destroy();
      await source.destroy();
    }

    // Restore refuses a database that is not empty, and a wrong key; neither writes anything.
    expect(rafiq(['restore', file], targetUrl)).toMatchObject({ code: 1, err: expect.stringContaining('Restore needs an empty database') });
    const other = await newDatabase();
    const wrongKey = rafiq(['restore', file], other, { RAFIQ_BACKUP_KEY: Buffer.alloc(32, 4).toString('base64') });
    expect(wrongKey).toMatchObject({ code: 1, err: expect.stringMatching(/wrong key|cannot be decrypted/) });
    const check = new Client({ connectionString: other });
    await check.connect();
    const { rows } = await check.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    await check.end();
    expect(rows[0].n).toBe(0);
  }, 120000);
});
