import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { createDataSource, SqlLogSink } from './data-source';
import { startEmbeddedPostgres } from './embedded';

export interface Database {
  dataSource: DataSource;
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under RAFIQ_DATA_DIR when it is unset.
 * `close` ends the pool and stops the embedded server.
 */
export async function openDatabase(config: AppConfig, sink?: SqlLogSink & { info: (obj: object, msg: string) => void }): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      onLog: (line) => {
        if (/FATAL|PANIC|ERROR/.test(line)) sink?.warn({ postgres: line }, 'embedded postgres');
      },
    });
    url = embedded.url();
    stopEmbedded = embedded.stop;
  }
  const dataSource = createDataSource(url, sink, 20, config.slowQueryMs);
  try {
    await dataSource.initialize();
  } catch (err) {
    await stopEmbedded?.();
    throw err;
  }
  let closed = false;
  return {
    dataSource,
    url,
    embedded: Boolean(stopEmbedded),
    close: async () => {
      if (closed) return;
      closed = true;
      if (dataSource.isInitialized) await dataSource.destroy();
      await stopEmbedded?.();
    },
  };
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
