import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from './build';

/**
 * One PostgreSQL for the whole run: a fresh embedded instance on a free port (or DATABASE_URL
 * when set), migrated once. Each test makes its own organisation, so files never share data.
 */
export default async function globalSetup(): Promise<void> {
  // Global setup runs outside Jest's module mapping: `@rafiq/migrations` resolves to its build.
  buildServer();
  // Loaded only now, so that they see the fresh build of @rafiq/shared and @rafiq/migrations.
  const { createDataSource } = await import('../../backend/src/database/data-source');
  const { startEmbeddedPostgres } = await import('../../backend/src/database/embedded');
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rafiq-test-'));
    const db = await startEmbeddedPostgres({ dataDir: dir, databaseName: 'rafiq_test' });
    (globalThis as { __rafiqTestDb?: { stop: () => Promise<void>; dir: string } }).__rafiqTestDb = { stop: db.stop, dir };
    url = db.url();
    process.env.RAFIQ_TEST_ADMIN_URL = db.url('postgres');
  }
  process.env.RAFIQ_TEST_DATABASE_URL = url;
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
