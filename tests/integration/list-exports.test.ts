import ExcelJS from 'exceljs';
import { Role } from '@rafiq/shared';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120000);
afterAll(async () => {
  await t.close();
});

async function signIn(email: string): Promise<ApiClient> {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}

async function ok<T>(p: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const res = await p;
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const csvLines = async (c: ApiClient, list: string, query = '') => {
  const res = await c.fetch(`/api/exports/${list}.csv${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  return (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
};

const xlsxRows = async (c: ApiClient, list: string, query = '') => {
  const res = await c.fetch(`/api/exports/${list}.xlsx${query}`);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((r) => rows.push(Array.from({ length: r.cellCount }, (_, i) => r.getCell(i + 1).text)));
  return rows;
};

describe('list exports', () => {
  it('cooperatives, ventures and sessions: CSV and XLSX with the filters, a coach gets only her portfolio, audited', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signIn(team.admin.email);
    const lead = await signIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const mine = await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Ait Baha' });
    const other = await apiCreatePerson(lead, { firstName: 'Karim', lastName: 'Idrissi' });
    await apiEnrol(lead, mine.id, program.id, [team.coach.id]);
    await apiEnrol(lead, other.id, program.id, []);

    const coop = `mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id } }`;
    await ok(lead.gql(coop, { i: { name: 'Coopérative Tifawin', regionCode: 'MA-09', registrationNumber: 'RC-9', members: [{ personId: mine.id, role: 'PRESIDENT' }] } }));
    await ok(lead.gql(coop, { i: { name: 'Coopérative Amal', regionCode: 'MA-05', members: [{ personId: other.id }] } }));

    const venture = `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`;
    await ok(lead.gql(venture, { i: { title: 'Huile d’argan', ownerPersonId: mine.id, programId: program.id } }));
    await ok(lead.gql(venture, { i: { title: 'Couscous bio', ownerPersonId: other.id, programId: program.id } }));

    const schedule = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`;
    await ok(admin.gql(schedule, { i: { kind: 'COACHING', startsAt: '2030-03-04T10:00:00Z', endsAt: '2030-03-04T11:00:00Z', coachIds: [team.coach.id], participantIds: [mine.id], place: 'Taroudant' } }));
    await ok(admin.gql(schedule, { i: { kind: 'COACHING', startsAt: '2030-03-05T10:00:00Z', endsAt: '2030-03-05T11:00:00Z', coachIds: [team.lead.id], participantIds: [other.id], place: 'Rabat' } }));

    // Admin: everything, with the filters applied.
    const coops = await csvLines(admin, 'cooperatives');
    expect(coops).toHaveLength(3);
    expect(coops[0]).toBe("Nom,Nom (arabe),Forme juridique,N° d'immatriculation,Date de création,Région,Province,Commune,Archivée");
    expect(await csvLines(admin, 'cooperatives', '?regionCode=MA-05')).toHaveLength(2);
    const ventures = await xlsxRows(admin, 'ventures');
    expect(ventures[0]).toEqual(['Titre', 'Porteur', 'Programme', 'Étape', 'Étape depuis', 'Région', 'Province', 'Archivée']);
    expect(ventures.slice(1).map((r) => `${r[0]}|${r[1]}`).sort()).toEqual(['Couscous bio|Karim Idrissi', 'Huile d’argan|Hasna Ait Baha']);
    expect(await csvLines(admin, 'ventures', `?search=${encodeURIComponent('Couscous')}`)).toHaveLength(2);
    const sessions = await xlsxRows(admin, 'sessions', '?from=2030-01-01T00:00:00Z');
    expect(sessions).toHaveLength(3);
    expect(sessions[0][0]).toBe('Type');
    expect(await csvLines(admin, 'sessions', '?from=2030-03-05T00:00:00Z')).toHaveLength(2);

    // The coach: only her assignee's cooperative and venture, only her sessions.
    const coach = await signIn(team.coach.email);
    const coachCoops = await xlsxRows(coach, 'cooperatives');
    expect(coachCoops.slice(1).map((r) => r[0])).toEqual(['Coopérative Tifawin']);
    const coachVentures = await csvLines(coach, 'ventures');
    expect(coachVentures).toHaveLength(2);
    expect(coachVentures[1]).toMatch(/^Huile d’argan,Hasna Ait Baha,/);
    const coachSessions = await csvLines(coach, 'sessions', '?from=2030-01-01T00:00:00Z');
    expect(coachSessions).toHaveLength(2);
    expect(coachSessions[1]).toContain('Taroudant');

    // Another organisation sees none of these; entrepreneurs and anonymous callers are refused.
    const otherOrg = await makeOrganization(t.dataSource);
    const stranger = await signIn((await makeUser(t.dataSource, otherOrg, Role.ADMIN)).email);
    for (const list of ['cooperatives', 'ventures', 'sessions']) {
      expect(await csvLines(stranger, list)).toHaveLength(1);
      expect((await (await signIn(team.entrepreneur.email)).fetch(`/api/exports/${list}.csv`)).status).toBe(403);
      expect((await t.client().fetch(`/api/exports/${list}.xlsx`)).status).toBe(401);
      expect((await admin.fetch(`/api/exports/${list}.pdf`)).status).toBe(404);
    }

    // Every export is in the audit trail: list, format, filters and row count — no rows.
    const events: { entity: string; changes: Record<string, [unknown, unknown]> }[] = await t.dataSource.query(
      `SELECT entity, changes FROM audit_log WHERE organization_id = $1 AND action = 'EXPORT' AND actor_user_id = $2 ORDER BY seq`,
      [team.org.id, team.admin.id],
    );
    expect(events).toHaveLength(6);
    expect(events[1]).toMatchObject({ entity: 'cooperative', changes: { list: [null, 'cooperatives'], format: [null, 'csv'], filters: [null, { regionCode: 'MA-05', includeArchived: false }], rows: [null, 1] } });
    expect(JSON.stringify(events)).not.toContain('Hasna');
  });
});
