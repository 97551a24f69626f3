import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '@rafiq/migrations';
import { createDataSource } from '../../backend/src/database/data-source';
import { testDatabaseUrl } from '../utils/test-app';

/** A scratch database on the same server, dropped afterwards. */
async function withScratchDatabase(fn: (ds: DataSource) => Promise<void>): Promise<void> {
  const base = new URL(testDatabaseUrl());
  const name = `scratch_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const ds = createDataSource(url.toString(), undefined, 2);
  try {
    await ds.initialize();
    await fn(ds);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('migrations', () => {
  it('are listed in the order they run (by timestamp), which backups rely on', () => {
    const names = migrations.map((m) => m.name);
    const stamp = (name: string) => Number(/(\d{13})$/.exec(name)?.[1]);
    expect(names.every((n) => Number.isFinite(stamp(n)))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => stamp(a) - stamp(b)));
  });

  it('build exactly the schema the entities describe (no drift)', async () => {
    await withScratchDatabase(async (ds) => {
      await ds.runMigrations();
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    });
  });

  it('go down to an empty database and up again, keeping the regions', async () => {
    await withScratchDatabase(async (ds) => {
      const applied = await ds.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
      const tables: Array<{ tablename: string }> = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`);
      expect(tables).toEqual([]);
      await ds.runMigrations();
      const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM region`);
      expect(count).toBe(12);
      const extensions: Array<{ extname: string }> = await ds.query(`SELECT extname FROM pg_extension ORDER BY extname`);
      expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(['btree_gist', 'pg_trgm', 'pgcrypto', 'unaccent']));
    });
  });
});
