// W5: importing 100,000 rows through the import engine's CLI (`rafiq import people`), into an
// organisation of its own that is removed afterwards so that the cached database stays as generated.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FIRST = ['Hasna', 'Rkia', 'Fatima', 'Khadija', 'Said', 'Brahim', 'Youssef', 'Meryem', 'حسناء', 'محمد'];
const LAST = ['Ait Baha', 'Bennani', 'Alaoui', 'El Amrani', 'Tazi', 'Ouazzani', 'العمراني', 'بناني'];

function csv(rows) {
  const lines = ["Nom,Prénom,Sexe,Date de naissance,CIN,Téléphone,Région,Milieu,NEET,Coopérative,Programme,Cohorte,Date d'inscription"];
  for (let i = 0; i < rows; i++) {
    const birth = new Date(Date.UTC(1975 + (i % 30), i % 12, 1 + (i % 28))).toISOString().slice(0, 10);
    lines.push(
      [
        LAST[i % LAST.length],
        FIRST[(i * 7) % FIRST.length],
        i % 2 ? 'F' : 'M',
        birth,
        `BK${String(i).padStart(6, '0')}`,
        `06${String(10000000 + i).slice(-8)}`,
        `MA-${String(1 + (i % 12)).padStart(2, '0')}`,
        i % 3 ? 'urbain' : 'rural',
        i % 4 ? 'non' : 'oui',
        i % 10 ? '' : `Coopérative import ${i % 500}`,
        `Programme import ${1 + (i % 4)}`,
        '2026',
        '2026-01-15',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function vmHwmMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export async function runImport({ root, db, benchDir, rows, encryptionKey, say }) {
  const { Pool } = require(path.join(root, 'node_modules/pg'));
  const pool = new Pool({ connectionString: db.url(), max: 1 });
  const file = path.join(benchDir, `import-${rows}.csv`);
  writeFileSync(file, csv(rows));
  const slug = `bench-import-${Date.now()}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: db.url(),
    RAFIQ_ENCRYPTION_KEY: encryptionKey,
    RAFIQ_LOG_LEVEL: 'warn',
  };
  const cli = path.join(root, 'backend/dist/cli/main.js');
  try {
    await new Promise((resolve, reject) => {
      const c = spawn(process.execPath, [cli, 'org', 'create', '--slug', slug, '--name', 'Import benchmark'], { env, stdio: 'ignore' });
      c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`org create: exit ${code}`))));
    });
    const t = Date.now();
    let peak = 0;
    let out = '';
    const code = await new Promise((resolve) => {
      const c = spawn(process.execPath, [cli, 'import', 'people', file, '--organisation', slug, '--json'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      c.stdout.on('data', (d) => (out += d));
      c.stderr.on('data', (d) => (out += d));
      const timer = setInterval(() => (peak = Math.max(peak, vmHwmMb(c.pid))), 100);
      c.on('exit', (exitCode) => {
        clearInterval(timer);
        resolve(exitCode);
      });
    });
    const seconds = (Date.now() - t) / 1000;
    const orgId = (await pool.query('SELECT id FROM organization WHERE slug = $1', [slug])).rows[0]?.id;
    const stored = orgId ? Number((await pool.query('SELECT count(*) FROM person WHERE organization_id = $1', [orgId])).rows[0].count) : 0;
    const result = { rows, seconds: Math.round(seconds * 10) / 10, peakRssMb: Math.round(peak), exitCode: code, peopleStored: stored };
    if (code !== 0) result.output = out.slice(-1500);
    say(
      `  W5 import ${rows.toLocaleString('en')} rows: ${result.seconds} s, peak RSS ${result.peakRssMb} MB, exit ${code}, ${stored} people stored`,
    );
    return result;
  } finally {
    // Remove the import's organisation (triggers off, so that the audit trail's guards let it go).
    const orgId = (await pool.query('SELECT id FROM organization WHERE slug = $1', [slug])).rows[0]?.id;
    if (orgId) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL session_replication_role = replica');
        const { rows: tables } = await client.query(
          `SELECT table_name FROM information_schema.columns c JOIN pg_class t ON t.relname = c.table_name AND t.relkind = 'r'
            WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'`,
        );
        for (const { table_name: tbl } of tables) await client.query(`DELETE FROM ${tbl} WHERE organization_id = $1`, [orgId]);
        await client.query('DELETE FROM organization WHERE id = $1', [orgId]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        say(`  (could not remove the import organisation: ${err.message})`);
      } finally {
        client.release();
      }
    }
    await pool.end();
  }
}
