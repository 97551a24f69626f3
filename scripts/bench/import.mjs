// W5: importing 100,000 rows through the import engine's CLI (`rafiq import people`), into an
// organisation of its own that is removed afterwards so that the cached database stays as generated.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// A realistic file: Latin and Arabic names (many namesakes, few with the same birth date), birth dates over
// 38 years in both writings, one person in eight without a national ID (matched by name and birth date or
// by phone), phones in the usual writings, regions as ISO codes or French or Arabic names, some provinces,
// one person in ten in one of 500 cooperatives, 8 programmes with 3 cohorts each. Deterministic.
const FIRST = [
  'Hasna',
  'Rkia',
  'Fatima',
  'Khadija',
  'Said',
  'Brahim',
  'Youssef',
  'Meryem',
  'Zahra',
  'Samira',
  'Aicha',
  'Naima',
  'Hafida',
  'Mohamed',
  'Ahmed',
  'Hamza',
  'Imane',
  'Salma',
  'Ilham',
  'Latifa',
  'حسناء',
  'محمد',
  'فاطمة',
  'خديجة',
  'يوسف',
  'مريم',
  'زهرة',
  'سعيد',
  'إبراهيم',
  'نعيمة',
];
const LAST = [
  'Ait Baha',
  'Bennani',
  'Alaoui',
  'El Amrani',
  'Tazi',
  'Ouazzani',
  'Oulhaj',
  'Boukhris',
  'El Idrissi',
  'Benali',
  'Chraibi',
  'Amzil',
  'Ait Lahcen',
  'Ouchen',
  'Id Brahim',
  'Belhaj',
  'Naciri',
  'Lahlou',
  'Berrada',
  'Skalli',
  'العمراني',
  'بناني',
  'العلوي',
  'التازي',
  'الوزاني',
  'أولحاج',
  'بوخريص',
  'الإدريسي',
  'بنعلي',
  'أمزيل',
];
const REGIONS = [
  ['MA-01'],
  ['MA-02'],
  ['MA-03'],
  ['MA-04', 'Rabat-Salé-Kénitra'],
  ['MA-05'],
  ['MA-06', 'Casablanca-Settat', 'الدار البيضاء - سطات'],
  ['MA-07', 'Marrakech-Safi', 'مراكش - آسفي'],
  ['MA-08', 'Drâa-Tafilalet'],
  ['MA-09', 'Souss-Massa', 'سوس - ماسة'],
  ['MA-10'],
  ['MA-11'],
  ['MA-12'],
];
const EDUCATION = ['', 'aucun', 'primaire', 'college', 'lycee', 'superieur', 'formation_professionnelle'];
const ROLES = ['', '', '', 'membre', 'presidente', 'tresoriere', 'secretaire'];

/** A deterministic pseudo-random number in [0, 1) for (i, salt). */
function rand(i, salt) {
  let x = (Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
}
const pick = (list, i, salt) => list[Math.floor(rand(i, salt) * list.length)];

export function csv(rows) {
  const lines = [
    "Nom,Prénom,Sexe,Date de naissance,CIN,Téléphone,Région,Province,Milieu,Niveau d'étude,NEET,Coopérative,Rôle coopérative,Programme,Cohorte,Date d'inscription",
  ];
  const day = 86_400_000;
  const from = Date.UTC(1970, 0, 1);
  for (let i = 0; i < rows; i++) {
    const birth = new Date(from + Math.floor(rand(i, 1) * 38 * 365) * day).toISOString().slice(0, 10);
    const region = pick(REGIONS, i, 2);
    const regionText = region[Math.floor(rand(i, 3) * region.length)];
    const phoneKind = rand(i, 4);
    const digits = String(10_000_000 + i).slice(-8);
    const phone =
      phoneKind < 0.1
        ? ''
        : phoneKind < 0.4
          ? `06${digits}`
          : phoneKind < 0.7
            ? `+2126${digits}`
            : `06 ${digits.replace(/(..)(?=.)/g, '$1 ')}`;
    const program = 1 + Math.floor(rand(i, 5) * 8);
    const enrolled = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand(i, 6) * 700) * day).toISOString().slice(0, 10);
    const coop = rand(i, 7) < 0.1;
    lines.push(
      [
        pick(LAST, i, 8),
        pick(FIRST, i, 9),
        rand(i, 10) < 0.7 ? 'F' : 'M',
        i % 2 ? birth : birth.split('-').reverse().join('/'),
        rand(i, 11) < 0.125 ? '' : `BK${String(i).padStart(6, '0')}`,
        phone,
        regionText,
        region[0] === 'MA-09' && rand(i, 12) < 0.5 ? pick(['Taroudant', 'Tiznit'], i, 13) : '',
        rand(i, 14) < 0.55 ? 'rural' : 'urbain',
        pick(EDUCATION, i, 15),
        rand(i, 16) < 0.3 ? 'oui' : 'non',
        coop ? `Coopérative import ${Math.floor(rand(i, 17) * 500)}` : '',
        coop ? pick(ROLES, i, 18) : '',
        `Programme import ${program}`,
        `Cohorte ${program}-${1 + Math.floor(rand(i, 19) * 3)}`,
        i % 3 ? enrolled : enrolled.split('-').reverse().join('/'),
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
