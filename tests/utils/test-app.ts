import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig, AppConfig } from '../../backend/src/config/config';
import { createApp } from '../../backend/src/create-app';
import { createDataSource } from '../../backend/src/database/data-source';
import { createLogger } from '../../backend/src/logger';
import { ApiClient } from './api-client';

export interface TestApp {
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  app: NestExpressApplication;
  client: () => ApiClient;
  close: () => Promise<void>;
}

/** A fixed key, so that tests can check what is stored. Never used outside tests. */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export function testDatabaseUrl(): string {
  const url = process.env.RAFIQ_TEST_DATABASE_URL;
  if (!url) throw new Error('RAFIQ_TEST_DATABASE_URL is not set: run integration tests through Jest (global setup)');
  return url;
}

/** The real application (production wiring) on the test database, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    RAFIQ_LOG_LEVEL: process.env.RAFIQ_TEST_LOG_LEVEL ?? 'silent', // e.g. error, to see what an internal error was
    RAFIQ_EXPOSE_SQL_COUNT: '1',
    RAFIQ_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    RAFIQ_JOBS: '0',
    PORT: '0',
    ...env,
  });
  const dataSource = createDataSource(config.databaseUrl!, undefined, 10);
  await dataSource.initialize();
  const app = await createApp(config, dataSource, createLogger(config.logLevel));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    config,
    dataSource,
    app,
    client: () => new ApiClient(url),
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * The app on a database of its own (created, migrated, dropped on close): for suites whose subject
 * is global — the reminder planner and dispatcher work on every organisation's rows at once.
 */
export async function startTestAppWithOwnDatabase(env: Record<string, string> = {}): Promise<TestApp> {
  const { Client } = await import('pg');
  const name = `own_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  const migrator = createDataSource(url.toString(), undefined, 2);
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();
  const t = await startTestApp({ ...env, DATABASE_URL: url.toString() });
  return {
    ...t,
    close: async () => {
      await t.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
