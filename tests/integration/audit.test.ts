import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../backend/src/database/data-source';
import { sealAuditTrail, verifyAuditTrail } from '../../backend/src/modules/audit/audit-seal';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestApp, testDatabaseUrl, TestApp } from '../utils/test-app';
import { Role } from '@rafiq/shared';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string) {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}

const HISTORY = `query($s: AuditSubject!, $id: ID!, $first: Int) { recordHistory(subjectType: $s, id: $id, first: $first) { totalCount edges { node { seq action entity actorRole ip actor { id } changes { field before after } } } } }`;
type Entry = {
  seq: string;
  action: string;
  entity: string;
  actorRole: string;
  ip: string | null;
  actor: { id: string } | null;
  changes: Array<{ field: string; before: string | null; after: string | null }>;
};
type History = { recordHistory: { totalCount: number; edges: Array<{ node: Entry }> } };
const entries = (h: { data?: History | null }) => h.data!.recordHistory.edges.map((e) => e.node);

describe('audit trail', () => {
  it('records who changed a person, when and what, with sensitive values masked and never raw', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead, { phone: '0661234501', nationalId: 'JB412877', birthDate: '1991-04-12' });
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);
    const upd = await lead.gql(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id version } }`, {
      i: { id: p.id, version: p.version, phone: '0661234599', firstName: 'Hasnae' },
    });
    expect(upd.errors).toBeUndefined();

    const admin = await signedIn(team.admin.email);
    const history = await admin.gql<History>(HISTORY, { s: 'PERSON', id: p.id });
    expect(history.errors).toBeUndefined();
    const rows = entries(history);
    const update = rows.find((r) => r.entity === 'person' && r.action === 'UPDATE')!;
    expect(update.actor?.id).toBe(team.lead.id);
    expect(update.actorRole).toBe('PROGRAM_LEAD');
    expect(update.ip).toBeTruthy();
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'phone', before: '…01', after: '…99' },
        { field: 'first_name', before: 'Hasna', after: 'Hasnae' },
      ]),
    );
    const created = rows.find((r) => r.entity === 'person' && r.action === 'CREATE')!;
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'national_id_masked', before: null, after: 'JB****77' },
        { field: 'birth_date', before: null, after: '****' },
      ]),
    );
    // The enrolment and its coach are in her history too.
    expect(rows.map((r) => r.entity)).toEqual(expect.arrayContaining(['enrolment', 'enrolment_coach']));
    // Nowhere in the trail is the raw national ID, phone or birth date.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE changes::text ~ '412877|0661234|661234501|1991-04-12'`,
    );
    expect(n).toBe(0);
    // The lead sees the history of people in her programmes, without addresses.
    const leadView = entries(await lead.gql<History>(HISTORY, { s: 'PERSON', id: p.id }));
    expect(leadView.length).toBe(rows.length);
    expect(leadView.every((r) => r.ip === null)).toBe(true);
  });

  it('audits a venture’s stage changes, results and actions, in the same transaction as the change', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead);
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);
    const v = (
      await lead.gql<{ createVenture: { id: string; version: number } }>(
        `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id version } }`,
        { i: { ownerPersonId: p.id, programId: program.id, title: 'Miel' } },
      )
    ).data!.createVenture;
    const coach = await signedIn(team.coach.email);
    const moved = await lead.gql(`mutation($i: MoveVentureStageInput!) { moveVentureStage(input: $i) { id } }`, {
      i: { ventureId: v.id, version: v.version, toStage: 'VALIDATION', justification: 'Clientes trouvées' },
    });
    expect(moved.errors).toBeUndefined();
    expect(
      (
        await coach.gql(`mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { id } }`, {
          i: { ventureId: v.id, periodKind: 'MONTH', periodStart: '2026-01-01', revenue: 1200 },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await coach.gql(`mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }`, {
          i: { ventureId: v.id, title: 'Étiquettes', ownerKind: 'ENTREPRENEUR', dueOn: '2026-12-01' },
        })
      ).errors,
    ).toBeUndefined();

    const rows = entries(await lead.gql<History>(HISTORY, { s: 'VENTURE', id: v.id, first: 50 }));
    const kinds = rows.map((r) => `${r.entity}:${r.action}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'venture:CREATE',
        'venture:UPDATE',
        'venture_stage_change:CREATE',
        'economic_result:CREATE',
        'action_item:CREATE',
      ]),
    );
    const result = rows.find((r) => r.entity === 'economic_result')!;
    expect(result.actorRole).toBe('COACH');
    expect(result.changes).toEqual(expect.arrayContaining([{ field: 'revenue', before: null, after: '1200' }]));

    // A refused change writes nothing, not even to the trail.
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1`, [v.id]))[0].n;
    const stale = await lead.gql(`mutation($i: MoveVentureStageInput!) { moveVentureStage(input: $i) { id } }`, {
      i: { ventureId: v.id, version: v.version, toStage: 'STRUCTURING', justification: 'x' },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1`, [v.id]))[0].n).toBe(before);
  });

  it('records sign-ins, failed sign-ins and every reveal of a national ID', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const p = await apiCreatePerson(lead, { nationalId: 'EE771203' });
    const bad = t.client();
    await bad.gql(`mutation { login(email: "${team.coach.email}", password: "wrong-password") { id } }`).catch(() => undefined);
    expect((await lead.gql(`query($id: ID!) { revealNationalId(personId: $id) }`, { id: p.id })).data).toEqual({
      revealNationalId: 'EE771203',
    });
    const admin = await signedIn(team.admin.email);
    const log = await admin.gql<{
      auditLog: { edges: Array<{ node: { action: string; subjectId: string; actor: { id: string } | null; changes: unknown[] } }> };
    }>(`{ auditLog(first: 50) { edges { node { action subjectId actor { id } changes { field } } } } }`);
    const actions = log.data!.auditLog.edges.map((e) => e.node);
    expect(actions.find((a) => a.action === 'REVEAL_NATIONAL_ID')).toMatchObject({
      subjectId: p.id,
      actor: { id: team.lead.id },
      changes: [],
    });
    expect(actions.find((a) => a.action === 'SIGN_IN' && a.actor?.id === team.lead.id)).toBeTruthy();
    expect(actions.find((a) => a.action === 'SIGN_IN_FAILED')).toMatchObject({ subjectId: team.coach.id, actor: null });
  });

  it('shows the trail only to admins and, for their programmes, to leads; never to another organisation', async () => {
    const team = await makeTeam(t.dataSource);
    const otherLead = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    const stranger = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead);
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);
    for (const email of [team.coach.email, team.entrepreneur.email]) {
      const c = await signedIn(email);
      expect((await c.gql(HISTORY, { s: 'PERSON', id: p.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await c.gql(`{ auditLog { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    for (const email of [otherLead.email, stranger.admin.email]) {
      const c = await signedIn(email);
      expect((await c.gql(HISTORY, { s: 'PERSON', id: p.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const search = await c.gql<{ auditLog: { totalCount: number } }>(
        `query($id: ID!) { auditLog(filter: { subjectType: PERSON, subjectId: $id }) { totalCount } }`,
        { id: p.id },
      );
      expect(search.data?.auditLog.totalCount).toBe(0);
    }
    const mine = await lead.gql<{ auditLog: { totalCount: number } }>(
      `query($id: ID!) { auditLog(filter: { subjectType: PERSON, subjectId: $id }) { totalCount } }`,
      { id: p.id },
    );
    expect(mine.data?.auditLog.totalCount).toBeGreaterThan(0);
  });

  it('is append-only for the application', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'X' WHERE seq = (SELECT min(seq) FROM audit_log)`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_log WHERE seq = (SELECT min(seq) FROM audit_log)`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('seals the trail in a hash chain that shows tampering', async () => {
    // Its own database, since tampering is the point.
    const name = `audit_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    const ds = createDataSource(url.toString(), undefined, 2);
    await ds.initialize();
    try {
      await ds.runMigrations();
      await ds.query(`INSERT INTO organization (slug, name) VALUES ('o1', 'One'), ('o2', 'Two')`);
      expect(await sealAuditTrail(ds, 0)).toBe(2);
      await ds.query(`UPDATE organization SET name = 'Uno' WHERE slug = 'o1'`);
      expect(await sealAuditTrail(ds, 0)).toBe(1);
      expect(await sealAuditTrail(ds, 0)).toBe(0);
      expect(await verifyAuditTrail(ds)).toEqual({ ok: true, seals: 2, rowsSealed: 3, brokenSealId: null });
      // Someone with the database owner's rights switches the guard off and rewrites history.
      await ds.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await ds.query(`UPDATE audit_log SET changes = '{"name": ["One", "One"]}' WHERE action = 'UPDATE'`);
      await ds.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
      const verdict = await verifyAuditTrail(ds);
      expect(verdict.ok).toBe(false);
      expect(verdict.brokenSealId).toBe('2');
    } finally {
      await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
