import { Role } from '@rafiq/shared';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient, codeOf } from '../utils/api-client';
import { pdfText } from '../utils/pdf-text';
import { startTestApp, TestApp } from '../utils/test-app';

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
function ok<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
function addMonths(months: number): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())).toISOString().slice(0, 10);
}

interface Rate {
  months: number;
  due: number;
  overdue: number;
  recorded: number;
  stillOperating: number;
  survivalRate: number | null;
}
const SURVIVAL = `query($f: ImpactFilter) { impact(filter: $f) { survival { months due overdue recorded stillOperating survivalRate } } }`;
const DRILL = `query($f: ImpactFilter, $m: Int, $s: FollowUpStatus, $o: Boolean, $late: Boolean) {
  impactFollowUps(filter: $f, months: $m, status: $s, stillOperating: $o, overdue: $late) { totalCount edges { node { id months status stillOperating } } } }`;

async function survival(c: ApiClient, f: Record<string, unknown> = {}): Promise<Rate[]> {
  return ok(await c.gql<{ impact: { survival: Rate[] } }>(SURVIVAL, { f })).impact.survival;
}
const rate = (
  months: number,
  due: number,
  overdue: number,
  recorded: number,
  stillOperating: number,
  survivalRate: number | null,
): Rate => ({
  months,
  due,
  overdue,
  recorded,
  stillOperating,
  survivalRate,
});

/** Each survival figure opens the follow-ups behind it, as many as the figure. */
async function expectDrillDownsMatch(c: ApiClient, f: Record<string, unknown>) {
  const count = async (v: Record<string, unknown>) =>
    ok(await c.gql<{ impactFollowUps: { totalCount: number } }>(DRILL, { f, ...v })).impactFollowUps.totalCount;
  for (const r of await survival(c, f)) {
    expect({ months: r.months, recorded: await count({ m: r.months }) }).toEqual({ months: r.months, recorded: r.recorded });
    expect({ months: r.months, operating: await count({ m: r.months, o: true }) }).toEqual({
      months: r.months,
      operating: r.stillOperating,
    });
    expect({ months: r.months, due: await count({ m: r.months, s: 'DUE' }) }).toEqual({ months: r.months, due: r.due });
    expect({ months: r.months, overdue: await count({ m: r.months, s: 'DUE', late: true }) }).toEqual({
      months: r.months,
      overdue: r.overdue,
    });
  }
}

describe('survival among the impact indicators', () => {
  it('counts recorded follow-ups still operating, per filter and scope, and each figure drills down to its follow-ups', async () => {
    const team = await makeTeam(t.dataSource);
    const coach2 = await makeUser(t.dataSource, team.org, Role.COACH);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    const coach = await signedIn(team.coach.email);
    const progA = await apiCreateProgram(lead, 'Programme A');
    const progB = await apiCreateProgram(admin, 'Programme B');
    const amina = await apiCreatePerson(admin, { firstName: 'Amina', gender: 'F', regionCode: 'MA-09' });
    const brahim = await apiCreatePerson(admin, { firstName: 'Brahim', gender: 'M', regionCode: 'MA-01' });
    const chaima = await apiCreatePerson(admin, { firstName: 'Chaima', gender: 'F', regionCode: 'MA-07' });
    const dounia = await apiCreatePerson(admin, { firstName: 'Dounia', gender: 'F', regionCode: 'MA-07' });
    const enrolments = [
      await apiEnrol(admin, amina.id, progA.id, [team.coach.id]),
      await apiEnrol(admin, brahim.id, progA.id, [team.coach.id]),
      await apiEnrol(admin, chaima.id, progA.id, [coach2.id]),
      await apiEnrol(admin, dounia.id, progB.id, [coach2.id]),
    ];
    for (const e of enrolments)
      ok(
        await admin.gql(`mutation($i: UpdateEnrolmentInput!) { updateEnrolment(input: $i) { id } }`, {
          i: { id: e.id, version: e.version, status: 'GRADUATED' },
        }),
      );
    const followUps = await t.dataSource.query<Array<{ id: string; person_id: string; months: number; version: number }>>(
      `SELECT id, person_id, months, version FROM follow_up WHERE organization_id = $1`,
      [team.org.id],
    );
    expect(followUps).toHaveLength(8);
    const fu = (personId: string, months: number) => followUps.find((f) => f.person_id === personId && f.months === months)!;
    const record = async (personId: string, months: number, stillOperating: boolean) => {
      const f = fu(personId, months);
      ok(
        await admin.gql(`mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, {
          i: { id: f.id, version: f.version, stillOperating },
        }),
      );
    };
    // At 6 months: Amina, Chaima and Dounia still operate, Brahim stopped. At 12 months: Amina still operates.
    await record(amina.id, 6, true);
    await record(brahim.id, 6, false);
    await record(chaima.id, 6, true);
    await record(dounia.id, 6, true);
    await record(amina.id, 12, true);
    // Brahim's 12-month follow-up is past its date and not recorded.
    await t.dataSource.query(`UPDATE follow_up SET due_on = current_date - 3 WHERE id = $1`, [fu(brahim.id, 12).id]);

    // The organisation.
    expect(await survival(admin)).toEqual([rate(6, 0, 0, 4, 3, 0.75), rate(12, 3, 1, 1, 1, 1)]);
    await expectDrillDownsMatch(admin, {});
    // The same figures as the follow-ups module's own rates.
    const rates = ok(
      await admin.gql<{ followUpRates: Rate[] }>(`{ followUpRates { months due overdue recorded stillOperating survivalRate } }`),
    );
    expect(rates.followUpRates).toEqual(await survival(admin));
    // Filters: gender, region, programme, period (the follow-up's due date).
    expect(await survival(admin, { gender: 'F' })).toEqual([rate(6, 0, 0, 3, 3, 1), rate(12, 2, 0, 1, 1, 1)]);
    expect(await survival(admin, { regionCode: 'MA-07' })).toEqual([rate(6, 0, 0, 2, 2, 1), rate(12, 2, 0, 0, 0, null)]);
    const half = { from: addMonths(5), to: addMonths(7) };
    expect(await survival(admin, half)).toEqual([rate(6, 0, 0, 4, 3, 0.75), rate(12, 0, 0, 0, 0, null)]);
    await expectDrillDownsMatch(admin, { regionCode: 'MA-07', ...half });

    // The lead: her programme only (A: Amina, Brahim, Chaima).
    expect(await survival(lead)).toEqual([rate(6, 0, 0, 3, 2, 0.6667), rate(12, 2, 1, 1, 1, 1)]);
    expect(await survival(lead, { programId: progB.id })).toEqual([rate(6, 0, 0, 0, 0, null), rate(12, 0, 0, 0, 0, null)]);
    await expectDrillDownsMatch(lead, {});
    // The coach: the follow-ups scheduled for her (Amina, Brahim), even once recorded.
    expect(await survival(coach)).toEqual([rate(6, 0, 0, 2, 1, 0.5), rate(12, 1, 1, 1, 1, 1)]);
    await expectDrillDownsMatch(coach, {});

    // An entrepreneur has no access; another organisation sees none of it.
    const entrepreneur = await signedIn((await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR)).email);
    expect(codeOf(await entrepreneur.gql(SURVIVAL, { f: {} }))).toBe('FORBIDDEN');
    expect(codeOf(await entrepreneur.gql(DRILL, { f: {} }))).toBe('FORBIDDEN');
    const stranger = await signedIn((await makeUser(t.dataSource, await makeOrganization(t.dataSource), Role.ADMIN)).email);
    expect(await survival(stranger, { programId: progA.id })).toEqual([rate(6, 0, 0, 0, 0, null), rate(12, 0, 0, 0, 0, null)]);
    expect(ok(await stranger.gql<{ impactFollowUps: { totalCount: number } }>(DRILL, { f: {} })).impactFollowUps.totalCount).toBe(0);
    // A bad months value names the field.
    const bad = await admin.gql(DRILL, { f: {}, m: 7 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });

    // The funder reports carry the same figures: the lead's programme, in a sheet of the XLSX and a table of the PDF.
    const xlsx = await lead.fetch(`/api/reports/impact.xlsx?locale=en`);
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()));
    const sheet = wb.getWorksheet('Survival after graduation')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '', 'Follow-ups recorded', 'Still operating', 'Survival rate', 'Follow-ups to do', 'Overdue']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'After 6 months', 3, 2, 0.6667, 0, 0]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'After 12 months', 1, 1, 1, 2, 1]);
    const pdf = await admin.fetch(`/api/reports/impact.pdf?locale=fr`);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Survie après la sortie');
    expect(text.replace(/\s+/g, ' ')).toContain('Après 6 mois 4 3 75 % 0 0 Après 12 mois 1 1 100 % 3 1');
    const strangerPdf = pdfText(Buffer.from(await (await stranger.fetch(`/api/reports/impact.pdf?locale=fr`)).arrayBuffer()));
    expect(strangerPdf).toContain('Survie après la sortie');
    expect(strangerPdf.replace(/\s+/g, ' ')).toContain('Après 6 mois 0 0 — 0 0 Après 12 mois 0 0 — 0 0');
  }, 120000);
});
