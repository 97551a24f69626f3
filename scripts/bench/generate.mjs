// Set-based generation of a national-scale organisation (generate_series, INSERT … SELECT).
// Ids are md5-derived UUIDs so that rows can reference each other without lookups, and the data
// is the same on every run. Triggers (audit) and FK checks are skipped while loading
// (session_replication_role = replica); the big tables' secondary indexes and constraints are
// dropped before and rebuilt after the load with their exact definitions.
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from '../build-if-needed.mjs';

const require = createRequire(import.meta.url);

export const SCALES = {
  national: { people: 1_500_000, cooperatives: 7_000, coaches: 3_000, sessions: 10_000_000, w3Sessions: 30_000 },
  quick: { people: 20_000, cooperatives: 100, coaches: 40, sessions: 130_000, w3Sessions: 30_000 },
};

export const ORG_ID = '6b1c0f1e-0000-4000-8000-00000000be11';
export const ACCOUNTS = {
  admin: 'admin@bench.test',
  lead: 'lead@bench.test',
  coach: 'coach1@bench.test',
  w3coach: 'w3coach@bench.test',
};
export const PASSWORD = 'bench-password-2026';

const FEMALE = [
  ['Fatima', 'فاطمة'],
  ['Khadija', 'خديجة'],
  ['Aicha', 'عائشة'],
  ['Meryem', 'مريم'],
  ['Hasna', 'حسناء'],
  ['Rkia', 'رقية'],
  ['Naima', 'نعيمة'],
  ['Samira', 'سميرة'],
  ['Zineb', 'زينب'],
  ['Hanane', 'حنان'],
  ['Salma', 'سلمى'],
  ['Imane', 'إيمان'],
  ['Loubna', 'لبنى'],
  ['Nadia', 'نادية'],
  ['Souad', 'سعاد'],
  ['Hafsa', 'حفصة'],
  ['Yasmine', 'ياسمين'],
  ['Ghizlane', 'غزلان'],
  ['Siham', 'سهام'],
  ['Asmae', 'أسماء'],
];
const MALE = [
  ['Mohamed', 'محمد'],
  ['Ahmed', 'أحمد'],
  ['Youssef', 'يوسف'],
  ['Omar', 'عمر'],
  ['Hamza', 'حمزة'],
  ['Said', 'سعيد'],
  ['Rachid', 'رشيد'],
  ['Brahim', 'إبراهيم'],
  ['Mustapha', 'مصطفى'],
  ['Hassan', 'حسن'],
  ['Khalid', 'خالد'],
  ['Abdellah', 'عبد الله'],
  ['Driss', 'إدريس'],
  ['Karim', 'كريم'],
  ['Anas', 'أنس'],
  ['Ayoub', 'أيوب'],
  ['Mehdi', 'مهدي'],
  ['Hicham', 'هشام'],
  ['Nabil', 'نبيل'],
  ['Tarik', 'طارق'],
];
const LAST = [
  ['Bennani', 'بناني'],
  ['Alaoui', 'العلوي'],
  ['El Amrani', 'العمراني'],
  ['Tazi', 'التازي'],
  ['Ait Baha', 'آيت باها'],
  ['Ouazzani', 'الوزاني'],
  ['Berrada', 'برادة'],
  ['Idrissi', 'الإدريسي'],
  ['Chraibi', 'الشرايبي'],
  ['Benjelloun', 'بنجلون'],
  ['Lahlou', 'لحلو'],
  ['Fassi', 'الفاسي'],
  ['Ziani', 'الزياني'],
  ['Haddad', 'الحداد'],
  ['Naciri', 'الناصري'],
  ['Kettani', 'الكتاني'],
  ['Sebti', 'السبتي'],
  ['Amrani', 'أمراني'],
  ['Boukhari', 'البخاري'],
  ['Tahiri', 'الطاهري'],
  ['Ait Lahcen', 'آيت لحسن'],
  ['Ouali', 'الوالي'],
  ['Jabri', 'الجابري'],
  ['Mansouri', 'المنصوري'],
  ['Rifi', 'الريفي'],
  ['Saidi', 'السعيدي'],
  ['Belhaj', 'بلحاج'],
  ['Guerrouj', 'الݣروج'],
  ['Zaki', 'زكي'],
  ['Filali', 'الفيلالي'],
  ['Ouahbi', 'وهبي'],
  ['Skalli', 'السقلي'],
  ['Hajji', 'الحجي'],
  ['Benali', 'بنعلي'],
  ['Cherkaoui', 'الشرقاوي'],
  ['Daoudi', 'الداودي'],
  ['Hilali', 'الهلالي'],
  ['Mernissi', 'المرنيسي'],
  ['Ghazi', 'الغازي'],
  ['Tounsi', 'التونسي'],
];
const REGIONS = ['MA-01', 'MA-02', 'MA-03', 'MA-04', 'MA-05', 'MA-06', 'MA-07', 'MA-08', 'MA-09', 'MA-10', 'MA-11', 'MA-12'];

const lit = (v) => `'${String(v).replace(/'/g, "''")}'`;
const arr = (values) => `ARRAY[${values.map(lit).join(',')}]::text[]`;
const BIG_TABLES = [
  'person',
  'enrolment',
  'enrolment_coach',
  'cooperative_member',
  'venture',
  'venture_stage_change',
  'economic_result',
  'coaching_session',
  'session_coach',
  'session_participant',
];

/** Fills an empty, migrated database. `say` reports progress. */
export async function generate(client, scale, { say = () => undefined, passwordHash }) {
  const { normalizeName } = require(path.join(root, 'shared/dist/index.js'));
  const { people: P, cooperatives: K, coaches: C, sessions: S, w3Sessions: W } = scale;
  const first = [...FEMALE, ...MALE];
  const nf = first.length;
  const nl = LAST.length;
  const q = async (label, sql, params) => {
    const t = Date.now();
    const r = await client.query(sql, params);
    say(`  ${label}: ${r.rowCount ?? ''} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return r;
  };
  // md5-derived ids, shaped as version-4 UUIDs (the API validates ids as such).
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await client.query(`CREATE OR REPLACE FUNCTION bench.id(text) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT overlay(overlay(md5($1) placing '4' from 13) placing '8' from 17)::uuid $$`);
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET synchronous_commit = off`);

  // Secondary indexes and constraints of the big tables: dropped now, rebuilt after the load.
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BIG_TABLES],
  );
  const { rows: constraints } = await client.query(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.contype
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE t.relname = ANY($1) AND c.contype IN ('p', 'u', 'x', 'f')
      ORDER BY CASE c.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'x' THEN 2 ELSE 3 END`,
    [BIG_TABLES],
  );
  // FKs pointing at the big tables from elsewhere must go first (they depend on the primary keys).
  const { rows: incoming } = await client.query(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class r ON r.oid = c.confrelid JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND r.relname = ANY($1) AND NOT (t.relname = ANY($1))`,
    [BIG_TABLES],
  );
  for (const c of incoming) await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
  for (const c of [...constraints].reverse()) await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);

  const n = (parts) => normalizeName(parts.filter(Boolean).join(' '));
  await client.query(
    `CREATE TEMP TABLE fname AS SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS f(latin, ar, norm_latin, norm_ar, ord)`,
    [first.map((f) => f[0]), first.map((f) => f[1]), first.map((f) => n([f[0]])), first.map((f) => n([f[1]]))],
  );
  await client.query(
    `CREATE TEMP TABLE lname AS SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS l(latin, ar, norm_latin, norm_ar, ord)`,
    [LAST.map((f) => f[0]), LAST.map((f) => f[1]), LAST.map((f) => n([f[0]])), LAST.map((f) => n([f[1]]))],
  );
  await client.query(`CREATE TEMP TABLE regprov AS
    SELECT r.ord, r.code, coalesce((SELECT array_agg(code ORDER BY code) FROM province p WHERE p.region_code = r.code), ARRAY[NULL::text]) AS provinces
      FROM unnest(${arr(REGIONS)}) WITH ORDINALITY AS r(code, ord)`);

  const org = lit(ORG_ID);
  await q('organisation', `INSERT INTO organization (id, slug, name) VALUES (${org}, 'bench', 'Programme national (benchmark)')`);
  const hash = lit(passwordHash);
  await q(
    'users',
    `INSERT INTO app_user (id, organization_id, email, password_hash, role, display_name, locale)
    VALUES (bench.id('u-admin'), ${org}, ${lit(ACCOUNTS.admin)}, ${hash}, 'ADMIN', 'Admin Bench', 'fr'),
           (bench.id('u-lead'), ${org}, ${lit(ACCOUNTS.lead)}, ${hash}, 'PROGRAM_LEAD', 'Lead Bench', 'fr'),
           (bench.id('u-w3coach'), ${org}, ${lit(ACCOUNTS.w3coach)}, ${hash}, 'COACH', 'Coach W3', 'fr')`,
  );
  await q(
    'coaches',
    `INSERT INTO app_user (id, organization_id, email, password_hash, role, display_name, locale)
    SELECT bench.id('c' || c), ${org}, 'coach' || c || '@bench.test', ${hash}, 'COACH', 'Coach ' || c, 'ar'
      FROM generate_series(1, ${C}) c`,
  );
  await q(
    'coach profiles',
    `INSERT INTO coach_profile (user_id, organization_id, region_codes)
    SELECT bench.id('c' || c), ${org}, ARRAY[(SELECT code FROM regprov WHERE ord = 1 + c % 12)] FROM generate_series(1, ${C}) c`,
  );
  await q(
    'value chains',
    `INSERT INTO value_chain (id, organization_id, name_fr, name_ar)
    SELECT bench.id('vc' || v), ${org}, 'Filière ' || v, 'سلسلة ' || v FROM generate_series(1, 20) v`,
  );
  // Programme j (1..24) works in region ((j-1) % 12) + 1; the lead leads the two programmes of MA-01.
  await q(
    'programmes',
    `INSERT INTO program (id, organization_id, name, starts_on, region_codes)
    SELECT bench.id('prog' || j), ${org}, 'Programme ' || j, date '2023-01-01', ARRAY[(SELECT code FROM regprov WHERE ord = 1 + (j - 1) % 12)]
      FROM generate_series(1, 24) j`,
  );
  await q(
    'programme leads',
    `INSERT INTO program_lead (program_id, user_id, organization_id)
    VALUES (bench.id('prog1'), bench.id('u-lead'), ${org}), (bench.id('prog13'), bench.id('u-lead'), ${org})`,
  );

  // Person i lives in region (i % 12) + 1, is enrolled in programme (i % 12) + 1 or + 13, with coach (i % C) + 1.
  await q(
    'people',
    `INSERT INTO person (id, organization_id, first_name, last_name, first_name_ar, last_name_ar, search_name, gender,
        birth_date, phone, region_code, province_code, area, neet, education_level, consent_at, consent_version, consent_channel)
    SELECT bench.id('p' || i), ${org}, f.latin, l.latin, f.ar, l.ar,
           f.norm_latin || ' ' || l.norm_latin || ' ' || f.norm_ar || ' ' || l.norm_ar,
           CASE WHEN f.ord <= ${FEMALE.length} THEN 'F' ELSE 'M' END,
           date '1970-01-01' + (i * 37 % 12000), '+2126' || lpad((i % 100000000)::text, 8, '0'),
           r.code, r.provinces[1 + i % array_length(r.provinces, 1)],
           CASE WHEN i % 3 = 0 THEN 'RURAL' ELSE 'URBAN' END, i % 4 = 0, NULL, now(), 'v1', 'PAPER'
      FROM generate_series(1, ${P}) i
      JOIN fname f ON f.ord = 1 + (i * 7) % ${nf}
      JOIN lname l ON l.ord = 1 + (i * 13 / 7) % ${nl}
      JOIN regprov r ON r.ord = 1 + i % 12`,
  );
  await q(
    'enrolments',
    `INSERT INTO enrolment (id, organization_id, program_id, person_id, status, dropout_reason, enrolled_on)
    SELECT bench.id('e' || i), ${org}, bench.id('prog' || (1 + i % 12 + 12 * ((i / 12) % 2))), bench.id('p' || i),
           CASE WHEN i % 20 = 0 THEN 'DROPPED_OUT' WHEN i % 20 < 4 THEN 'GRADUATED' WHEN i % 20 = 4 THEN 'APPLIED' ELSE 'ACTIVE' END,
           CASE WHEN i % 20 = 0 THEN 'moved away' END,
           date '2023-01-01' + (i % 1000)
      FROM generate_series(1, ${P}) i`,
  );
  await q(
    'enrolment coaches',
    `INSERT INTO enrolment_coach (enrolment_id, user_id, organization_id)
    SELECT bench.id('e' || i), bench.id('c' || (1 + i % ${C})), ${org} FROM generate_series(1, ${P}) i`,
  );
  await q(
    'cooperatives',
    `INSERT INTO cooperative (id, organization_id, name, name_ar, search_name, legal_form, region_code, province_code, value_chain_id, created_on)
    SELECT bench.id('k' || k), ${org}, 'Coopérative ' || k, 'تعاونية ' || k, 'cooperative ' || k || ' تعاونية ' || k, 'COOPERATIVE',
           r.code, r.provinces[1 + k % array_length(r.provinces, 1)], bench.id('vc' || (1 + k % 20)), date '2015-01-01' + (k % 3000)
      FROM generate_series(1, ${K}) k JOIN regprov r ON r.ord = 1 + k % 12`,
  );
  // One person in ten is a member of a cooperative of her region.
  const perRegion = Math.max(2, Math.floor(K / 12));
  await q(
    'cooperative members',
    `INSERT INTO cooperative_member (id, organization_id, cooperative_id, person_id, role, since)
    SELECT bench.id('m' || i), ${org}, bench.id('k' || (12 + i % 12 + 12 * ((i / 10) % ${perRegion - 1}))), bench.id('p' || i),
           CASE WHEN i % 200 = 0 THEN 'PRESIDENT' ELSE 'MEMBER' END, date '2020-01-01' + (i % 1500)
      FROM generate_series(10, ${P}, 10) i`,
  );
  const stages = arr(['IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING']);
  await q(
    'ventures',
    `INSERT INTO venture (id, organization_id, owner_person_id, program_id, title, value_chain_id, region_code, stage, stage_since)
    SELECT bench.id('v' || i), ${org}, bench.id('p' || i), bench.id('prog' || (1 + i % 12 + 12 * ((i / 12) % 2))),
           'Projet ' || i, bench.id('vc' || (1 + i % 20)), (SELECT code FROM regprov WHERE ord = 1 + i % 12),
           (${stages})[1 + (i / 10) % 6], timestamptz '2024-01-01' + (i % 600) * interval '1 day'
      FROM generate_series(5, ${P}, 10) i`,
  );
  await q(
    'stage changes',
    `INSERT INTO venture_stage_change (id, organization_id, venture_id, from_stage, to_stage, changed_on)
    SELECT bench.id('vs' || i), ${org}, bench.id('v' || i), NULL, (${stages})[1 + (i / 10) % 6], date '2024-01-01' + (i % 600)
      FROM generate_series(5, ${P}, 10) i`,
  );
  await q(
    'economic results',
    `INSERT INTO economic_result (id, organization_id, venture_id, period_kind, period_start, revenue, jobs_women, jobs_youth, jobs_total, entered_by_role)
    SELECT bench.id('r' || i || '-' || m), ${org}, bench.id('v' || i), 'MONTH', date '2025-01-01' + m * interval '1 month',
           1000 + (i * 31 + m * 17) % 20000, (i + m) % 2, (i + m) % 3 / 2, 1 + (i + m) % 3, 'COACH'
      FROM generate_series(5, ${P}, 10) i, generate_series(0, 2) m`,
  );

  // Session s: coach c = 1 + s % C in slot s / C (6-hour slots, so a coach's sessions never overlap); its
  // participant is one of the coach's own people.
  const slots = `timestamptz '2022-01-03 08:00:00+00' + (s / ${C}) * interval '6 hours'`;
  const kinds = arr(['COACHING', 'COACHING', 'COACHING', 'TECHNICAL_ASSISTANCE', 'TRAINING', 'DIAGNOSTIC_VISIT', 'MENTORING', 'COACHING']);
  await q(
    'sessions',
    `INSERT INTO coaching_session (id, organization_id, kind, starts_at, ends_at, mode, status, topics, notes, created_by)
    SELECT bench.id('s' || s), ${org}, (${kinds})[1 + s % 8], ${slots}, ${slots} + interval '90 minutes',
           CASE WHEN s % 5 = 0 THEN 'PHONE' ELSE 'ON_SITE' END,
           CASE WHEN s % 17 = 0 THEN 'CANCELLED' WHEN s % 23 = 0 THEN 'NO_SHOW' ELSE 'DONE' END,
           '{}', 'Séance ' || s, bench.id('c' || (1 + s % ${C}))
      FROM generate_series(0, ${S - 1}) s`,
  );
  await q(
    'session coaches',
    `INSERT INTO session_coach (session_id, user_id, organization_id, during, blocking)
    SELECT bench.id('s' || s), bench.id('c' || (1 + s % ${C})), ${org}, tstzrange(${slots}, ${slots} + interval '90 minutes'), true
      FROM generate_series(0, ${S - 1}) s`,
  );
  const perCoach = Math.max(2, Math.floor(P / C));
  await q(
    'session participants',
    `INSERT INTO session_participant (session_id, person_id, organization_id, attendance)
    SELECT bench.id('s' || s), bench.id('p' || (${C} * (((s / ${C}) * 7) % ${perCoach - 1}) + s % ${C} + ${C})), ${org},
           CASE WHEN s % 17 = 0 THEN NULL WHEN s % 23 = 0 THEN 'ABSENT' ELSE 'PRESENT' END
      FROM generate_series(0, ${S - 1}) s`,
  );
  // W3: planned sessions already over, waiting to be logged, for one coach with no other session.
  const w3 = `timestamptz '2023-01-02 08:00:00+00' + w * interval '1 hour'`;
  await q(
    'sessions to log (W3)',
    `INSERT INTO coaching_session (id, organization_id, kind, starts_at, ends_at, status, created_by)
    SELECT bench.id('w3-' || w), ${org}, 'COACHING', ${w3}, ${w3} + interval '45 minutes', 'PLANNED', bench.id('u-w3coach')
      FROM generate_series(0, ${W - 1}) w`,
  );
  await q(
    'their coach',
    `INSERT INTO session_coach (session_id, user_id, organization_id, during, blocking)
    SELECT bench.id('w3-' || w), bench.id('u-w3coach'), ${org}, tstzrange(${w3}, ${w3} + interval '45 minutes'), true
      FROM generate_series(0, ${W - 1}) w`,
  );

  await client.query(`RESET session_replication_role`);
  for (const c of constraints) await q(`constraint ${c.name}`, `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
  for (const i of indexes) await q(`index ${i.name}`, i.def);
  for (const c of incoming) await q(`constraint ${c.name}`, `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
  await q('impact summary', `REFRESH MATERIALIZED VIEW impact_enrolment_summary`);
  await q('vacuum analyze', `VACUUM ANALYZE`);
}
