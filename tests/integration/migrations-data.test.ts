import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '@rafiq/migrations';
import { normalizeName } from '@rafiq/shared';
import { FieldCrypto, maskNationalId, normalizeNationalId } from '../../backend/src/common/crypto';
import { createDataSource } from '../../backend/src/database/data-source';
import { hashPassword } from '../../backend/src/modules/auth/password';
import { startTestApp, TEST_ENCRYPTION_KEY, testDatabaseUrl, TestApp } from '../utils/test-app';

/**
 * R11, migrations with data: a database at the schema of the previous release holding representative
 * rows (written with plain SQL, as that release would have stored them) is migrated to the newest schema;
 * no row is lost, what was stored keeps its values, and the data is still readable — and writable —
 * through the API.
 *
 * The previous release is pinned: every migration up to and including PREVIOUS_RELEASE (all but the
 * last five when this test was written). Migrations added later run over the same data here too, so
 * each new migration is tried on a populated database. If a later migration rewrites one of these
 * tables' existing values on purpose, say so in `rewritten` below rather than loosening the checks.
 */
const PREVIOUS_RELEASE = 'PersonDuplicates1764600000000';
/** Columns a later migration changes on purpose (table → columns), left out of the "values kept" check. */
const rewritten: Record<string, string[]> = {};

const PASSWORD = 'previous-release-2026';
const NATIONAL_ID = 'BE 123456';
const ids = {
  org: randomUUID(),
  admin: randomUUID(),
  lead: randomUUID(),
  coach: randomUUID(),
  program: randomUUID(),
  cooperative: randomUUID(),
  people: Array.from({ length: 12 }, (): string => randomUUID()),
  sessions: Array.from({ length: 6 }, (): string => randomUUID()),
};
const tag = ids.org.slice(0, 8);
const email = (who: string) => `${who}-${tag}@previous-release.test`;

/** The previous release's data, as its code stored it. */
async function seedPreviousRelease(db: Client): Promise<void> {
  const crypto = new FieldCrypto(Buffer.from(TEST_ENCRYPTION_KEY, 'base64'));
  const hash = await hashPassword(PASSWORD);
  await db.query('BEGIN');
  await db.query(`INSERT INTO organization (id, slug, name) VALUES ($1, $2, 'Coopératives du Souss')`, [ids.org, `souss-${tag}`]);
  await db.query(
    `INSERT INTO app_user (id, organization_id, email, password_hash, role, display_name, locale) VALUES
       ($1, $4, $5, $8, 'ADMIN', 'Amina Admin', 'fr'),
       ($2, $4, $6, $8, 'PROGRAM_LEAD', 'Layla Lead', 'ar'),
       ($3, $4, $7, $8, 'COACH', 'Karim Coach', 'ar')`,
    [ids.admin, ids.lead, ids.coach, ids.org, email('admin'), email('lead'), email('coach'), hash],
  );
  await db.query(
    `INSERT INTO program (id, organization_id, name, starts_on, region_codes) VALUES ($1, $2, 'Argan 2025', '2025-01-01', ARRAY['MA-09'])`,
    [ids.program, ids.org],
  );
  await db.query(`INSERT INTO program_lead (program_id, user_id, organization_id) VALUES ($1, $2, $3)`, [ids.program, ids.lead, ids.org]);
  for (const [i, id] of ids.people.entries()) {
    const [first, firstAr] = i % 2 ? ['Youssef', 'يوسف'] : ['Fatima', 'فاطمة'];
    const last = `Ait Baha ${i}`;
    const nationalId = i === 0 ? normalizeNationalId(NATIONAL_ID) : null;
    await db.query(
      `INSERT INTO person (id, organization_id, first_name, last_name, first_name_ar, last_name_ar, search_name, gender, birth_date,
          national_id_encrypted, national_id_hash, national_id_masked, phone, region_code, area, neet, consent_at, consent_version, consent_channel)
       VALUES ($1, $2, $3, $4, $5, 'آيت باها', $6, $7, $8, $9, $10, $11, $12, 'MA-09', 'RURAL', $13, '2025-02-01T09:00:00Z', 'v1', 'PAPER')`,
      [
        id,
        ids.org,
        first,
        last,
        firstAr,
        normalizeName(`${first} ${last} ${firstAr} آيت باها`),
        i % 2 ? 'M' : 'F',
        `199${i % 10}-03-1${i % 10}`,
        nationalId && crypto.encrypt(nationalId),
        nationalId && crypto.lookupHash(nationalId),
        nationalId && maskNationalId(nationalId),
        `+2126${String(10000000 + i)}`,
        i % 3 === 0,
      ],
    );
    const enrolment = randomUUID();
    await db.query(
      `INSERT INTO enrolment (id, organization_id, program_id, person_id, status, dropout_reason, enrolled_on) VALUES ($1, $2, $3, $4, $5, $6, '2025-02-01')`,
      [enrolment, ids.org, ids.program, id, i === 11 ? 'DROPPED_OUT' : 'ACTIVE', i === 11 ? 'moved away' : null],
    );
    await db.query(`INSERT INTO enrolment_coach (enrolment_id, user_id, organization_id) VALUES ($1, $2, $3)`, [
      enrolment,
      ids.coach,
      ids.org,
    ]);
  }
  await db.query(
    `INSERT INTO cooperative (id, organization_id, name, name_ar, search_name, region_code, created_on) VALUES ($1, $2, 'Coopérative Tifawin', 'تعاونية تيفاوين', $3, 'MA-09', '2018-05-01')`,
    [ids.cooperative, ids.org, normalizeName('Coopérative Tifawin تعاونية تيفاوين')],
  );
  for (const [i, person] of ids.people.slice(0, 4).entries()) {
    await db.query(
      `INSERT INTO cooperative_member (organization_id, cooperative_id, person_id, role, since) VALUES ($1, $2, $3, $4, '2019-01-01')`,
      [ids.org, ids.cooperative, person, i === 0 ? 'PRESIDENT' : 'MEMBER'],
    );
  }
  for (const [i, id] of ids.sessions.entries()) {
    const startsAt = new Date(Date.UTC(2025, 2, 3 + i, 9));
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    const done = i < 4;
    await db.query(
      `INSERT INTO coaching_session (id, organization_id, kind, starts_at, ends_at, mode, status, cooperative_id, notes, topics, created_by)
       VALUES ($1, $2, $3, $4, $5, 'ON_SITE', $6, $7, $8, ARRAY['comptabilité'], $9)`,
      [
        id,
        ids.org,
        i === 5 ? 'TRAINING' : 'COACHING',
        startsAt,
        endsAt,
        done ? 'DONE' : 'PLANNED',
        ids.cooperative,
        done ? `Séance ${i} tenue` : null,
        ids.coach,
      ],
    );
    await db.query(
      `INSERT INTO session_coach (session_id, user_id, organization_id, during, blocking) VALUES ($1, $2, $3, tstzrange($4, $5), true)`,
      [id, ids.coach, ids.org, startsAt, endsAt],
    );
    await db.query(
      `INSERT INTO session_participant (session_id, person_id, organization_id, attendance) VALUES ($1, $2, $4, $5), ($1, $3, $4, $5)`,
      [id, ids.people[i], ids.people[i + 6], ids.org, done ? 'PRESENT' : null],
    );
  }
  await db.query('COMMIT');
}

interface Snapshot {
  counts: Map<string, number>;
  /** The seeded tables' rows (columns of the previous release), in a stable order. */
  rows: Map<string, unknown[]>;
}
const SEEDED = [
  'organization',
  'app_user',
  'program',
  'program_lead',
  'person',
  'enrolment',
  'enrolment_coach',
  'cooperative',
  'cooperative_member',
  'coaching_session',
  'session_coach',
  'session_participant',
];

async function snapshot(db: Client, columnsOf?: Map<string, string[]>): Promise<Snapshot & { columns: Map<string, string[]> }> {
  const { rows: tables } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts = new Map<string, number>();
  for (const { tablename } of tables) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${tablename}"`);
    counts.set(tablename, rows[0].n);
  }
  const columns = new Map<string, string[]>();
  const rows = new Map<string, unknown[]>();
  for (const table of SEEDED) {
    const cols =
      columnsOf?.get(table) ??
      (
        await db.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).rows
        .map((r) => r.column_name)
        .filter((c) => !(rewritten[table] ?? []).includes(c));
    columns.set(table, cols);
    const list = cols.map((c) => `"${c}"`).join(', ');
    const { rows: data } = await db.query<{ j: string }>(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS j FROM (SELECT ${list} FROM "${table}") t`,
    );
    rows.set(table, JSON.parse(data[0].j) as unknown[]);
  }
  return { counts, rows, columns };
}

describe('migrations from the previous release, with data (R11)', () => {
  let dbName: string;
  let url: string;
  let admin: Client;
  let app: TestApp | undefined;

  beforeAll(async () => {
    dbName = `release_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const u = new URL(testDatabaseUrl());
    u.pathname = `/${dbName}`;
    url = u.toString();
  });

  afterAll(async () => {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it('keeps every row and value, and the API reads and writes the migrated data', async () => {
    const cut = migrations.findIndex((m) => m.name === PREVIOUS_RELEASE);
    expect(cut).toBeGreaterThan(0);
    const later = migrations.slice(cut + 1);
    expect(later.length).toBeGreaterThanOrEqual(5);

    // 1. The previous release's schema, and its data.
    const base = createDataSource(url, undefined, 2).options;
    const previous = new DataSource({ ...base, migrations: migrations.slice(0, cut + 1) });
    await previous.initialize();
    expect((await previous.runMigrations()).length).toBe(cut + 1);
    await previous.destroy();
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await seedPreviousRelease(db);
      const before = await snapshot(db);
      expect(before.counts.get('person')).toBe(12);
      expect(before.counts.get('coaching_session')).toBe(6);

      // 2. The newest schema: only the later migrations run.
      const current = createDataSource(url, undefined, 2);
      await current.initialize();
      const applied = await current.runMigrations();
      expect(applied.map((m) => m.name)).toEqual(later.map((m) => m.name));
      expect(
        await current.driver
          .createSchemaBuilder()
          .log()
          .then((s) => s.upQueries.length),
      ).toBe(0);
      await current.destroy();

      // 3. No table and no row lost; every stored value kept.
      const after = await snapshot(db, before.columns);
      const lost = [...before.counts].filter(([table, n]) => (after.counts.get(table) ?? -1) < n);
      expect(lost).toEqual([]);
      for (const table of SEEDED) {
        expect({ table, rows: after.counts.get(table) }).toEqual({ table, rows: before.counts.get(table) });
        expect({ table, values: after.rows.get(table) }).toEqual({ table, values: before.rows.get(table) });
      }
    } finally {
      await db.end();
    }

    // 4. The app on the migrated database reads it (the encrypted national ID included) and writes to it.
    app = await startTestApp({ DATABASE_URL: url });
    const api = app.client();
    expect((await api.login(email('admin'), PASSWORD)).errors).toBeUndefined();
    const people = await api.gql<{
      people: { totalCount: number; edges: Array<{ node: { id: string; firstNameAr: string; nationalIdMasked: string | null } }> };
    }>(`{ people(first: 50) { totalCount edges { node { id firstNameAr nationalIdMasked } } } }`);
    expect(people.errors).toBeUndefined();
    expect(people.data!.people.totalCount).toBe(12);
    expect(new Set(people.data!.people.edges.map((e) => e.node.id))).toEqual(new Set(ids.people));
    expect(people.data!.people.edges.find((e) => e.node.id === ids.people[0])!.node.nationalIdMasked).toBe(maskNationalId(NATIONAL_ID));
    const reveal = await api.gql<{ revealNationalId: string }>(`query($id: ID!) { revealNationalId(personId: $id) }`, {
      id: ids.people[0],
    });
    expect(reveal.errors).toBeUndefined();
    expect(reveal.data!.revealNationalId).toBe(normalizeNationalId(NATIONAL_ID));
    const cooperative = await api.gql<{ cooperative: { name: string; members: Array<{ role: string; person: { id: string } | null }> } }>(
      `query($id: ID!) { cooperative(id: $id) { name members { role person { id } } } }`,
      { id: ids.cooperative },
    );
    expect(cooperative.errors).toBeUndefined();
    expect(cooperative.data!.cooperative.name).toBe('Coopérative Tifawin');
    expect(cooperative.data!.cooperative.members.map((m) => m.person?.id).sort()).toEqual(ids.people.slice(0, 4).sort());

    // The coach sees her sessions with their participants, and logs a planned one (version 1 → 2).
    const coach = app.client();
    expect((await coach.login(email('coach'), PASSWORD)).errors).toBeUndefined();
    const sessions = await coach.gql<{
      sessions: {
        totalCount: number;
        edges: Array<{
          node: {
            id: string;
            status: string;
            notes: string | null;
            coaches: Array<{ id: string }>;
            participants: Array<{ personId: string }>;
          };
        }>;
      };
    }>(`{ sessions(first: 50) { totalCount edges { node { id status notes coaches { id } participants { personId } } } } }`);
    expect(sessions.errors).toBeUndefined();
    expect(sessions.data!.sessions.totalCount).toBe(6);
    for (const { node } of sessions.data!.sessions.edges) {
      const i = ids.sessions.indexOf(node.id);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(node.status).toBe(i < 4 ? 'DONE' : 'PLANNED');
      expect(node.notes).toBe(i < 4 ? `Séance ${i} tenue` : null);
      expect(node.coaches.map((c) => c.id)).toEqual([ids.coach]);
      expect(node.participants.map((p) => p.personId).sort()).toEqual([ids.people[i], ids.people[i + 6]].sort());
    }
    const logged = await coach.gql<{ logSession: { status: string; version: number } }>(
      `mutation($input: LogSessionInput!) { logSession(input: $input) { status version } }`,
      { input: { id: ids.sessions[4], version: 1, status: 'DONE', notes: 'Après la migration', idempotencyKey: randomUUID() } },
    );
    expect(logged.errors).toBeUndefined();
    expect(logged.data!.logSession).toEqual({ status: 'DONE', version: 2 });
  });
});
