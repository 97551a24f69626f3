import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { migrations as allMigrations } from '@rafiq/migrations';
import type { PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';

/**
 * Backups written by Rafiq itself, so that they need no PostgreSQL client tools of a matching
 * version: every table is copied (COPY … TO STDOUT, text format) inside one REPEATABLE READ,
 * READ ONLY transaction — one consistent snapshot, taken while the app keeps running — then
 * gzip-compressed and encrypted with AES-256-GCM.
 *
 * File: "RFQBAK01" (8 bytes) · IV (12 bytes) · ciphertext · GCM tag (16 bytes).
 * Plaintext (gzip): a manifest line (JSON), then for each table a header line (JSON: table,
 * columns) followed by its COPY text lines and a `\.` line.
 *
 * Restore goes into an EMPTY database: the schema is built by the migrations the backup was
 * taken at, every row is loaded in one transaction (triggers off, so the audit trail is restored
 * as it was rather than rewritten), sequences are set, row counts checked, and only then is it
 * committed; the newer migrations of this version then run on the restored data.
 */

const MAGIC = Buffer.from('RFQBAK01');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const BACKUP_FORMAT = 1;

export interface BackupManifest {
  format: number;
  createdAt: string;
  postgres: string;
  migrations: string[];
  tables: Array<{ name: string; columns: string[]; rows: number }>;
  sequences: Array<{ name: string; value: string | null }>;
}

export class BackupError extends Error {}

/** The key for backups: RAFIQ_BACKUP_KEY, else RAFIQ_ENCRYPTION_KEY; never a key file that could be lost with the data. */
export function backupKey(config: AppConfig): Buffer {
  const key = config.backupKey ?? config.encryptionKey;
  if (!key)
    throw new BackupError(
      'Set RAFIQ_BACKUP_KEY (or RAFIQ_ENCRYPTION_KEY) to 32 random bytes in base64: openssl rand -base64 32. Keep it apart from the backups.',
    );
  return key;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function poolClient(ds: DataSource): Promise<PoolClient> {
  const pool = (ds.driver as unknown as { master: { connect: () => Promise<PoolClient> } }).master;
  return pool.connect();
}

/** Tables of the public schema (the migrations table aside), parents before children; columns without generated ones. */
async function listTables(client: PoolClient): Promise<Array<{ name: string; columns: string[] }>> {
  const { rows } = await client.query<{ name: string; columns: string[]; parents: string[] }>(`
    SELECT c.relname AS name,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
           COALESCE((SELECT array_agg(DISTINCT p.relname::text) FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid
             WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid), '{}') AS parents
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'typeorm_migrations'
     ORDER BY c.relname`);
  const byName = new Map(rows.map((r) => [r.name, r]));
  const ordered: Array<{ name: string; columns: string[] }> = [];
  const seen = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (seen.has(name) || path.has(name)) return;
    const t = byName.get(name);
    if (!t) return;
    path.add(name);
    for (const p of t.parents) visit(p, path);
    seen.add(name);
    ordered.push({ name: t.name, columns: t.columns });
  };
  for (const r of rows) visit(r.name, new Set());
  return ordered;
}

/** Per table: row count and an md5 of all rows in a stable order — for drills and `backup --verify`. */
export async function tableFingerprints(ds: DataSource): Promise<Record<string, { rows: number; md5: string }>> {
  const client = await poolClient(ds);
  try {
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of await listTables(client)) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(COALESCE(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS md5
           FROM (SELECT ${t.columns.map(ident).join(', ')} FROM ${ident(t.name)}) r`,
      );
      out[t.name] = rows[0];
    }
    return out;
  } finally {
    client.release();
  }
}

/** Writes an encrypted backup of the whole database to `file` (via a temporary file, renamed at the end). */
export async function backupDatabase(ds: DataSource, key: Buffer, file: string): Promise<BackupManifest> {
  const client = await poolClient(ds);
  const partial = `${file}.partial`;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = await listTables(client);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      postgres: (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v,
      migrations: (await client.query<{ name: string }>(`SELECT name FROM typeorm_migrations ORDER BY id`)).rows.map((r) => r.name),
      tables: [],
      sequences: (
        await client.query<{ name: string; value: string | null }>(
          `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
        )
      ).rows,
    };
    for (const t of tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(t.name)}`);
      manifest.tables.push({ ...t, rows: rows[0].n });
    }
    async function* content() {
      yield Buffer.from(`${JSON.stringify(manifest)}\n`);
      for (const t of manifest.tables) {
        yield Buffer.from(`${JSON.stringify({ table: t.name, columns: t.columns })}\n`);
        const copy = client.query(copyTo(`COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) TO STDOUT`));
        for await (const chunk of copy) yield chunk as Buffer;
        yield Buffer.from('\\.\n');
      }
    }
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const out = createWriteStream(partial, { mode: 0o600 });
    out.write(Buffer.concat([MAGIC, iv]));
    await pipeline(Readable.from(content()), createGzip(), cipher, out, { end: false });
    out.end(cipher.getAuthTag());
    await once(out, 'finish');
    await client.query('COMMIT');
    await rename(partial, file);
    return manifest;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  } finally {
    client.release();
  }
}

/** Splits a byte stream into lines (each with its "\n"), without decoding it. */
function lines(): Transform {
  let rest: Buffer = Buffer.alloc(0);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
        this.push(buf.subarray(start, i + 1));
        start = i + 1;
      }
      rest = buf.subarray(start);
      done();
    },
    flush(done) {
      if (rest.length) this.push(rest);
      done();
    },
  });
}

/** Reads and checks the file's frame; returns the decrypting, decompressing stream of its content. */
async function openBackup(key: Buffer, file: string): Promise<{ stream: Readable }> {
  const size = (await stat(file)).size;
  if (size < MAGIC.length + IV_BYTES + TAG_BYTES) throw new BackupError(`${file} is not a Rafiq backup (too short)`);
  const fh = await open(file, 'r');
  const head = Buffer.alloc(MAGIC.length + IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await fh.read(head, 0, head.length, 0);
    await fh.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await fh.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError(`${file} is not a Rafiq backup`);
  const decipher = createDecipheriv('aes-256-gcm', key, head.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  const body = createReadStream(file, { start: head.length, end: size - TAG_BYTES - 1 });
  const gunzip = createGunzip();
  const split = lines();
  const fail = (err: Error) =>
    split.destroy(
      /auth|decrypt/i.test(err.message)
        ? new BackupError('The backup cannot be decrypted: wrong key (RAFIQ_BACKUP_KEY), or the file was altered')
        : err,
    );
  body.on('error', fail);
  decipher.on('error', fail);
  gunzip.on('error', () =>
    split.destroy(new BackupError('The backup cannot be decrypted: wrong key (RAFIQ_BACKUP_KEY), or the file is damaged')),
  );
  body.pipe(decipher).pipe(gunzip).pipe(split);
  return { stream: split };
}

/** Restores a backup into an empty database. Returns the manifest and the newer migrations applied after. */
export async function restoreDatabase(
  ds: DataSource,
  key: Buffer,
  file: string,
): Promise<{ manifest: BackupManifest; migrated: string[] }> {
  const { stream } = await openBackup(key, file);
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const next = async (): Promise<Buffer | undefined> => {
    const r = await iterator.next();
    return r.done ? undefined : r.value;
  };
  const first = await next();
  if (!first) throw new BackupError('The backup is empty');
  const manifest = JSON.parse(first.toString('utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`Backup format ${manifest.format} is not supported by this version`);

  const [{ n: existing }] = await ds.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  if (existing > 0)
    throw new BackupError(
      'Restore needs an empty database: this one already has tables. Use a new RAFIQ_DATA_DIR or an empty DATABASE_URL.',
    );

  // The schema the backup was taken at.
  const known = allMigrations.map((m) => m.name);
  const upTo = manifest.migrations.length;
  if (manifest.migrations.some((name, i) => known[i] !== name)) {
    throw new BackupError('This backup comes from a newer or different version of Rafiq: restore it with that version (or a later one)');
  }
  const schemaSource = new DataSource({
    ...ds.options,
    migrations: allMigrations.slice(0, upTo),
  });
  await schemaSource.initialize();
  try {
    await schemaSource.runMigrations({ transaction: 'each' });
  } finally {
    await schemaSource.destroy();
  }

  const client = await poolClient(ds);
  try {
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
    } catch {
      throw new BackupError('Restore needs a database superuser (to load rows with triggers and foreign-key checks off until the end)');
    }
    // Rows the migrations themselves inserted (reference data) are replaced by the backup's.
    for (const t of manifest.tables) await client.query(`DELETE FROM ${ident(t.name)}`);
    for (let line = await next(); line; line = await next()) {
      const header = JSON.parse(line.toString('utf8')) as { table: string; columns: string[] };
      const copy = client.query(copyFrom(`COPY ${ident(header.table)} (${header.columns.map(ident).join(', ')}) FROM STDIN`));
      const written = new Promise<void>((resolve, reject) => {
        copy.on('finish', resolve);
        copy.on('error', reject);
      });
      let batch: Buffer[] = [];
      let size = 0;
      const flush = async () => {
        if (!batch.length) return;
        const ok = (copy as Writable).write(Buffer.concat(batch));
        batch = [];
        size = 0;
        if (!ok) await once(copy, 'drain');
      };
      for (let row = await next(); ; row = await next()) {
        if (!row) throw new BackupError(`The backup is truncated (in table ${header.table})`);
        if (row.length === 3 && row[0] === 0x5c && row[1] === 0x2e) break; // "\.\n"
        batch.push(row);
        size += row.length;
        if (size >= 1 << 16) await flush();
      }
      await flush();
      copy.end();
      await written;
    }
    for (const s of manifest.sequences) {
      if (s.value !== null) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [ident(s.name), s.value]);
    }
    for (const t of manifest.tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(t.name)}`);
      if (rows[0].n !== t.rows) throw new BackupError(`Table ${t.name}: ${rows[0].n} rows restored, ${t.rows} expected`);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    stream.destroy();
    throw err;
  } finally {
    client.release();
  }
  const applied = await ds.runMigrations({ transaction: 'each' });
  return { manifest, migrated: applied.map((m) => m.name) };
}
