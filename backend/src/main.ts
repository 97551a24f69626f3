import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createApp } from './create-app';
import { openDatabase, runMigrations } from './database/database';
import { takeOverShutdownSignals } from './database/embedded';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmptyDatabase, seedDemo } from './demo/seed-demo';
import { createLogger } from './logger';
import { fieldCryptoFor } from './config/encryption-key';
import { Lifecycle } from './observability/lifecycle';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const db = await openDatabase(config, logger);
  takeOverShutdownSignals();
  let app: Awaited<ReturnType<typeof createApp>> | undefined = undefined;
  let stopping = false;
  const lifecycle = new Lifecycle();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, running: lifecycle.running }, 'stopping');
    if (app) {
      // New requests get 503; running ones finish (up to RAFIQ_SHUTDOWN_TIMEOUT_MS); then the pool and the database close.
      const cut = await lifecycle.drain(app.getHttpServer(), config.shutdownTimeoutMs);
      if (cut) logger.warn({ cut }, 'requests still running at the shutdown timeout were cut off');
    }
    await app?.close().catch((err: unknown) => logger.error({ err }, 'closing the app'));
    await db.close().catch((err: unknown) => logger.error({ err }, 'closing the database'));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const applied = await runMigrations(db.dataSource);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  let demoLoaded = false;
  if (config.demo && (await isEmptyDatabase(db.dataSource))) {
    await seedDemo(db.dataSource, fieldCryptoFor(config));
    demoLoaded = true;
    logger.info('demo data loaded');
  }
  app = await createApp(config, db.dataSource, logger, lifecycle);
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Rafiq is running at ${url}  (database: ${db.embedded ? `embedded, in ${config.dataDir}` : 'DATABASE_URL'}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  if (config.demo || demoLoaded) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.email.padEnd(24)} ${a.role}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Rafiq could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
