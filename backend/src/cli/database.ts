import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { openDatabase, runMigrations } from '../database/database';
import { createLogger } from '../logger';

/** Opens the same database as the app (its embedded server too, shared if the app is running). */
export async function withDatabase<T>(fn: (ds: DataSource) => Promise<T>, options: { migrate?: boolean } = { migrate: true }): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(process.env.RAFIQ_LOG_LEVEL ?? 'warn', true));
  try {
    if (options.migrate) await runMigrations(db.dataSource);
    return await fn(db.dataSource);
  } finally {
    await db.close();
  }
}
