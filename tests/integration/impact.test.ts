import { Role } from '@rafiq/shared';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { codeOf } from '../utils/api-client';
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
type Client = Awaited<ReturnType<typeof signedIn>>;

function ok<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const HEADLINE = `beneficiaries women womenShare neet neetShare rural ruralShare youth youthShare regionsCovered provincesCovered liveAsOf
  cooperatives cooperativeMembers sessionsDelivered sessionHours peopleTrained ventures venturesOperating venturesOperatingShare
  revenue revenueGrowth jobsCreated jobsWomen jobsYouth droppedOut dropoutRate asOf source`;
const IMPACT = `query($f: ImpactFilter) { impact(filter: $f) { ${HEADLINE} byRegion { regionCode beneficiaries women } byStage { stage ventures reached conversionFromPrevious medianDays }
  byGender { gender beneficiaries } byProgram { programId beneficiaries } byKind { kind sessions hours } byCoach { coachId sessions hours }
  byPeriod(granularity: MONTH) { period beneficiaries sessionsDelivered } targets { indicator target actual progress expected onPace } } }`;
type Figures = Record<string, number | string | null> & {
  byRegion: Array<{ regionCode: string; beneficiaries: number; women: number }>;
  byStage: Array<{ stage: string; ventures: number; reached: number; conversionFromPrevious: number | null; medianDays: number | null }>;
  byGender: Array<{ gender: string; beneficiaries: number }>;
  byProgram: Array<{ programId: string; beneficiaries: number }>;
  byKind: Array<{ kind: string; sessions: number; hours: number }>;
  byCoach: Array<{ coachId: string; sessions: number; hours: number }>;
  byPeriod: Array<{ period: string; beneficiaries: number; sessionsDelivered: number }>;
  targets: Array<{ indicator: string; target: number; actual: number | null; progress: number | null; expected: number | null; onPace: boolean | null }>;
};

async function impact(c: Client, f: Record<string, unknown> = {}): Promise<Figures> {
  return ok(await c.gql<{ impact: Figures }>(IMPACT, { f })).impact;
}

const PEOPLE_MEASURES: Array<[string, string]> = [
  ['BENEFICIARIES', 'beneficiaries'],
  ['WOMEN', 'women'],
  ['NEET', 'neet'],
  ['RURAL', 'rural'],
  ['YOUTH', 'youth'],
  ['COOPERATIVE_MEMBERS', 'cooperativeMembers'],
  ['PEOPLE_TRAINED', 'peopleTrained'],
  ['DROPPED_OUT', 'droppedOut'],
];

const FIRST_ENROLLED = `query($f: ImpactFilter, $from: String, $to: String) {
  impactPeople(measure: FIRST_ENROLLED, filter: $f, firstEnrolledFrom: $from, firstEnrolledTo: $to) { totalCount edges { node { id } } } }`;

/** The first and last days of the month starting on `period` (YYYY-MM-01). */
function monthBounds(period: string): { from: string; to: string } {
  const start = new Date(`${period.slice(0, 10)}T00:00:00Z`);
  const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { from: period.slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** Every figure's drill-down list has exactly as many records as the figure. */
async function expectDrillDownsMatch(c: Client, f: Record<string, unknown>) {
  const fig = await impact(c, f);
  for (const [measure, field] of PEOPLE_MEASURES) {
    const res = ok(await c.gql<{ impactPeople: { totalCount: number } }>(`query($m: ImpactPeopleMeasure!, $f: ImpactFilter) { impactPeople(measure: $m, filter: $f) { totalCount } }`, { m: measure, f }));
    expect({ measure, count: res.impactPeople.totalCount }).toEqual({ measure, count: fig[field] });
  }
  const coops = ok(await c.gql<{ impactCooperatives: { totalCount: number } }>(`query($f: ImpactFilter) { impactCooperatives(filter: $f) { totalCount } }`, { f }));
  expect(coops.impactCooperatives.totalCount).toBe(fig.cooperatives);
  const V = `query($f: ImpactFilter, $s: Stage, $o: Boolean, $r: Boolean) { impactVentures(filter: $f, stage: $s, operatingOrGrowing: $o, withResults: $r) { totalCount } }`;
  const ventures = async (extra: Record<string, unknown>) => ok(await c.gql<{ impactVentures: { totalCount: number } }>(V, { f, ...extra })).impactVentures.totalCount;
  expect(await ventures({})).toBe(fig.ventures);
  expect(await ventures({ o: true })).toBe(fig.venturesOperating);
  for (const s of fig.byStage) expect({ stage: s.stage, n: await ventures({ s: s.stage }) }).toEqual({ stage: s.stage, n: s.ventures });
  const S = `query($f: ImpactFilter, $k: SessionKind, $c: ID) { impactSessions(filter: $f, kind: $k, sessionCoachId: $c) { totalCount } }`;
  const sessions = async (extra: Record<string, unknown>) => ok(await c.gql<{ impactSessions: { totalCount: number } }>(S, { f, ...extra })).impactSessions.totalCount;
  expect(await sessions({})).toBe(fig.sessionsDelivered);
  for (const k of fig.byKind) expect(await sessions({ k: k.kind })).toBe(k.sessions);
  for (const co of fig.byCoach) expect(await sessions({ c: co.coachId })).toBe(co.sessions);
  // The trend: each month's beneficiaries (first matching enrolment in that month) and sessions.
  for (const p of fig.byPeriod) {
    const month = monthBounds(p.period);
    const res = ok(await c.gql<{ impactPeople: { totalCount: number } }>(FIRST_ENROLLED, { f, from: month.from, to: month.to }));
    expect({ period: p.period, n: res.impactPeople.totalCount }).toEqual({ period: p.period, n: p.beneficiaries });
    const inside = { ...f, from: [f.from, month.from].filter(Boolean).sort().pop(), to: [f.to, month.to].filter(Boolean).sort()[0] };
    const n = ok(await c.gql<{ impactSessions: { totalCount: number } }>(S, { f: inside })).impactSessions.totalCount;
    expect({ period: p.period, sessions: n }).toEqual({ period: p.period, sessions: p.sessionsDelivered });
  }
  // Regions covered: the by-region breakdown lists exactly the regions, each drilling down to its people.
  expect(fig.byRegion.length).toBe(fig.regionsCovered);
  for (const r of fig.byRegion) {
    const res = ok(await c.gql<{ impactPeople: { totalCount: number } }>(`query($f: ImpactFilter) { impactPeople(measure: BENEFICIARIES, filter: $f) { totalCount } }`, { f: { ...f, regionCode: r.regionCode } }));
    expect(res.impactPeople.totalCount).toBe(r.beneficiaries);
  }
  return fig;
}

/**
 * One organisation: programme A (led by the lead, coach assigned to Amina), programme B.
 * Amina F rural NEET 24 y MA-09 in A · Brahim M urban MA-01 in A, dropped out · Chaima F rural MA-07 in B ·
 * Dounia F not enrolled. Cooperative C1 (Amina, Chaima), C2 (Dounia). Ventures: Amina's (OPERATING, results),
 * C1's (IDEA). Sessions: a done training with Amina present, a done coaching with Chaima, a planned one.
 */
async function fixture() {
  const team = await makeTeam(t.dataSource);
  const coach2 = await makeUser(t.dataSource, team.org, Role.COACH);
  const admin = await signedIn(team.admin.email);
  const lead = await signedIn(team.lead.email);
  const progA = await apiCreateProgram(lead, 'Programme A');
  const progB = await apiCreateProgram(admin, 'Programme B');
  await t.dataSource.query(`UPDATE program SET starts_on = current_date - 50, ends_on = current_date + 50 WHERE id = $1`, [progA.id]);
  const thisYear = new Date().getUTCFullYear();
  const amina = await apiCreatePerson(admin, { firstName: 'Amina', gender: 'F', area: 'RURAL', neet: true, regionCode: 'MA-09', birthDate: `${thisYear - 24}-01-15` });
  const brahim = await apiCreatePerson(admin, { firstName: 'Brahim', gender: 'M', area: 'URBAN', neet: false, regionCode: 'MA-01', birthDate: `${thisYear - 50}-01-15` });
  const chaima = await apiCreatePerson(admin, { firstName: 'Chaima', gender: 'F', area: 'RURAL', neet: false, regionCode: 'MA-07' });
  const dounia = await apiCreatePerson(admin, { firstName: 'Dounia', gender: 'F', area: 'URBAN', regionCode: 'MA-07' });
  const eA = await apiEnrol(admin, amina.id, progA.id, [team.coach.id]);
  const eB = await apiEnrol(admin, brahim.id, progA.id, [], 'ACTIVE');
  await apiEnrol(admin, chaima.id, progB.id, [coach2.id]);
  await t.dataSource.query(`UPDATE enrolment SET status = 'DROPPED_OUT', dropout_reason = 'moved' WHERE id = $1`, [eB.id]);
  await t.dataSource.query(`UPDATE enrolment SET enrolled_on = '2025-03-10' WHERE id = $1`, [eA.id]);
  await t.dataSource.query(`UPDATE enrolment SET enrolled_on = '2025-05-10' WHERE person_id IN ($1, $2)`, [brahim.id, chaima.id]);
  const coop = async (name: string, members: string[]) =>
    ok(await admin.gql<{ createCooperative: { id: string } }>(`mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id } }`, { i: { name, regionCode: 'MA-09', members: members.map((personId) => ({ personId })) } }))
      .createCooperative.id;
  const c1 = await coop('Tissaghnasse', [amina.id, chaima.id]);
  await coop('Argan Dounia', [dounia.id]);
  const venture = async (i: Record<string, unknown>) =>
    ok(await admin.gql<{ createVenture: { id: string } }>(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, { i })).createVenture.id;
  const v1 = await venture({ ownerPersonId: amina.id, programId: progA.id, title: 'Couscous Amina' });
  await venture({ ownerCooperativeId: c1, title: 'Argan C1' });
  await t.dataSource.query(`UPDATE venture SET stage = 'OPERATING' WHERE id = $1`, [v1]);
  await t.dataSource.query(
    `INSERT INTO venture_stage_change (organization_id, venture_id, from_stage, to_stage, changed_on) VALUES
       ($1, $2, 'IDEA', 'LAUNCH', '2025-04-01'), ($1, $2, 'LAUNCH', 'OPERATING', '2025-04-21')`,
    [team.org.id, v1],
  );
  await t.dataSource.query(
    `INSERT INTO economic_result (organization_id, venture_id, period_kind, period_start, revenue, jobs_women, jobs_youth, jobs_total, entered_by_role)
     VALUES ($1, $2, 'MONTH', '2025-04-01', 1000, 1, 1, 2, 'ADMIN'), ($1, $2, 'MONTH', '2025-03-01', 500, 0, 0, 0, 'ADMIN')`,
    [team.org.id, v1],
  );
  const session = async (kind: string, status: string, startsAt: string, coachId: string, personId: string, attendance: string | null) => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO coaching_session (organization_id, kind, starts_at, ends_at, status) VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '90 minutes', $4) RETURNING id`,
      [team.org.id, kind, startsAt, status],
    );
    await t.dataSource.query(`INSERT INTO session_coach (session_id, user_id, organization_id, during) VALUES ($1, $2, $3, tstzrange($4::timestamptz, $4::timestamptz + interval '90 minutes'))`, [id, coachId, team.org.id, startsAt]);
    await t.dataSource.query(`INSERT INTO session_participant (session_id, person_id, organization_id, attendance) VALUES ($1, $2, $3, $4)`, [id, personId, team.org.id, attendance]);
  };
  await session('TRAINING', 'DONE', '2025-04-02T09:00:00Z', team.coach.id, amina.id, 'PRESENT');
  await session('COACHING', 'DONE', '2025-06-02T09:00:00Z', coach2.id, chaima.id, 'PRESENT');
  await session('COACHING', 'PLANNED', '2030-06-02T09:00:00Z', team.coach.id, amina.id, null);
  return { ...team, coach2, progA, progB, people: { amina, brahim, chaima, dounia } };
}

describe('impact indicators', () => {
  it('counts, shares, breakdowns and activity for the whole organisation (admin), and every drill-down matches', async () => {
    const f = await fixture();
    const admin = await signedIn(f.admin.email);
    const fig = await expectDrillDownsMatch(admin, {});
    expect(fig).toMatchObject({
      beneficiaries: 3,
      women: 2,
      womenShare: 0.6667,
      neet: 1,
      neetShare: 0.3333,
      rural: 2,
      ruralShare: 0.6667,
      youth: 1,
      regionsCovered: 3,
      cooperatives: 2,
      cooperativeMembers: 3,
      sessionsDelivered: 2,
      sessionHours: 3,
      peopleTrained: 1,
      ventures: 2,
      venturesOperating: 1,
      venturesOperatingShare: 0.5,
      revenue: 1500,
      jobsCreated: 2,
      jobsWomen: 1,
      droppedOut: 1,
      dropoutRate: 0.3333,
      source: 'LIVE',
    });
    expect(Date.now() - Date.parse(fig.asOf as string)).toBeLessThan(60_000);
    expect(fig.byRegion).toEqual([
      { regionCode: 'MA-01', beneficiaries: 1, women: 0 },
      { regionCode: 'MA-07', beneficiaries: 1, women: 1 },
      { regionCode: 'MA-09', beneficiaries: 1, women: 1 },
    ]);
    expect(fig.byGender).toEqual([{ gender: 'F', beneficiaries: 2 }, { gender: 'M', beneficiaries: 1 }]);
    const stages = Object.fromEntries(fig.byStage.map((s) => [s.stage, s]));
    expect(stages.IDEA).toMatchObject({ ventures: 1, reached: 2, conversionFromPrevious: null });
    expect(stages.OPERATING).toMatchObject({ ventures: 1, reached: 1 });
    expect(stages.VALIDATION.conversionFromPrevious).toBe(0.5);
    expect(stages.LAUNCH.medianDays).toBe(20);
    expect(fig.byPeriod).toEqual([
      { period: '2025-03-01', beneficiaries: 1, sessionsDelivered: 0 },
      { period: '2025-04-01', beneficiaries: 0, sessionsDelivered: 1 },
      { period: '2025-05-01', beneficiaries: 2, sessionsDelivered: 0 },
      { period: '2025-06-01', beneficiaries: 0, sessionsDelivered: 1 },
    ]);
    expect(fig.byCoach.map((c) => [c.coachId, c.sessions]).sort()).toEqual([[f.coach.id, 1], [f.coach2.id, 1]].sort());
  });

  it('the trend counts a person in the month of her first matching enrolment, and its drill-down lists her there only', async () => {
    const f = await fixture();
    const admin = await signedIn(f.admin.email);
    // Chaima (first enrolled in May 2025, programme B) also joins programme A in June.
    const again = await apiEnrol(admin, f.people.chaima.id, f.progA.id);
    await t.dataSource.query(`UPDATE enrolment SET enrolled_on = '2025-06-15' WHERE id = $1`, [again.id]);
    const fig = await expectDrillDownsMatch(admin, {});
    expect(fig.byPeriod.map((p) => [p.period, p.beneficiaries])).toEqual([
      ['2025-03-01', 1],
      ['2025-04-01', 0],
      ['2025-05-01', 2],
      ['2025-06-01', 0],
    ]);
    const june = ok(await admin.gql<{ impactPeople: { edges: Array<{ node: { id: string } }> } }>(FIRST_ENROLLED, { f: {}, from: '2025-06-01', to: '2025-06-30' }));
    expect(june.impactPeople.edges).toEqual([]);
    // Programme A alone: June is her first enrolment there.
    const inA = await expectDrillDownsMatch(admin, { programId: f.progA.id });
    expect(inA.byPeriod.find((p) => p.period === '2025-06-01')?.beneficiaries).toBe(1);
    // The period of the drill-down is required and checked, field by field.
    const missing = await admin.gql(FIRST_ENROLLED, { f: {}, from: null, to: '2025-06-30' });
    expect({ code: codeOf(missing), field: missing.errors?.[0].extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'firstEnrolledFrom' });
    const reversed = await admin.gql(FIRST_ENROLLED, { f: {}, from: '2025-07-01', to: '2025-06-30' });
    expect({ code: codeOf(reversed), field: reversed.errors?.[0].extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'firstEnrolledTo' });
  });

  it('filters by programme, region, period, gender and area, with drill-downs equal to the figures', async () => {
    const f = await fixture();
    const admin = await signedIn(f.admin.email);
    const a = await expectDrillDownsMatch(admin, { programId: f.progA.id });
    expect(a).toMatchObject({ beneficiaries: 2, women: 1, droppedOut: 1, dropoutRate: 0.5, cooperatives: 1, cooperativeMembers: 1, sessionsDelivered: 1, ventures: 2 });
    const region = await expectDrillDownsMatch(admin, { regionCode: 'MA-07' });
    expect(region).toMatchObject({ beneficiaries: 1, women: 1, sessionsDelivered: 1, cooperatives: 1 });
    const period = await expectDrillDownsMatch(admin, { from: '2025-05-01', to: '2025-05-31' });
    expect(period).toMatchObject({ beneficiaries: 2, sessionsDelivered: 0 });
    const april = await impact(admin, { from: '2025-04-01', to: '2025-04-30' });
    expect(april).toMatchObject({ revenue: 1000, revenueGrowth: 1, jobsCreated: 2, sessionsDelivered: 1, peopleTrained: 1 });
    await expectDrillDownsMatch(admin, { gender: 'F', area: 'RURAL' });
    await expectDrillDownsMatch(admin, { coachId: f.coach.id });
    const bad = await admin.gql(IMPACT, { f: { from: '2025-06-01', to: '2025-05-01' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('to');
  });

  it('programme targets come with the actual figure, progress and the expected pace today', async () => {
    const f = await fixture();
    const lead = await signedIn(f.lead.email);
    ok(
      await lead.gql(`mutation($i: SetProgramTargetsInput!) { setProgramTargets(input: $i) { id } }`, {
        i: { programId: f.progA.id, targets: [{ indicator: 'BENEFICIARIES', value: 10 }, { indicator: 'WOMEN_SHARE', value: 0.5 }] },
      }),
    );
    const fig = await impact(lead, { programId: f.progA.id });
    const byIndicator = Object.fromEntries(fig.targets.map((x) => [x.indicator, x]));
    expect(byIndicator.BENEFICIARIES).toMatchObject({ target: 10, actual: 2, progress: 0.2, onPace: false });
    expect(byIndicator.BENEFICIARIES.expected).toBeGreaterThan(4.5);
    expect(byIndicator.BENEFICIARIES.expected).toBeLessThan(5.5);
    expect(byIndicator.WOMEN_SHARE).toMatchObject({ target: 0.5, actual: 0.5, progress: 1, expected: 0.5, onPace: true });
  });
});

describe('impact: only the figures asked for are computed', () => {
  it('shares and growth are right when asked alone', async () => {
    const f = await fixture();
    const admin = await signedIn(f.admin.email);
    const res = ok(
      await admin.gql<{ impact: Record<string, number> }>(`query($f: ImpactFilter) { impact(filter: $f) { womenShare dropoutRate venturesOperatingShare revenueGrowth } }`, {
        f: { from: '2025-04-01', to: '2025-04-30' },
      }),
    );
    expect(res.impact).toEqual({ womenShare: 0, dropoutRate: 0, venturesOperatingShare: 0.5, revenueGrowth: 1 });
    const all = ok(await admin.gql<{ impact: Record<string, number> }>(`{ impact { womenShare dropoutRate sessionHours } }`));
    expect(all.impact).toEqual({ womenShare: 0.6667, dropoutRate: 0.3333, sessionHours: 3 });
  });
});

describe('impact scoping', () => {
  it('a programme lead counts only the programmes she leads', async () => {
    const f = await fixture();
    const lead = await signedIn(f.lead.email);
    const fig = await expectDrillDownsMatch(lead, {});
    expect(fig).toMatchObject({ beneficiaries: 2, women: 1, cooperatives: 1, sessionsDelivered: 1 });
    expect(fig.byProgram.map((p) => p.programId)).toEqual([f.progA.id]);
    // Asking for a programme she does not lead gives nothing, not its figures.
    expect(await impact(lead, { programId: f.progB.id })).toMatchObject({ beneficiaries: 0, sessionsDelivered: 0, cooperatives: 0, targets: [] });
  });

  it('a coach counts only her portfolio', async () => {
    const f = await fixture();
    const coach = await signedIn(f.coach.email);
    const fig = await expectDrillDownsMatch(coach, {});
    expect(fig).toMatchObject({ beneficiaries: 1, women: 1, cooperatives: 1, cooperativeMembers: 1, sessionsDelivered: 1, peopleTrained: 1, targets: [] });
    const people = ok(await coach.gql<{ impactPeople: { edges: Array<{ node: { id: string } }> } }>(`{ impactPeople(measure: BENEFICIARIES) { edges { node { id } } } }`));
    expect(people.impactPeople.edges.map((e) => e.node.id)).toEqual([f.people.amina.id]);
  });

  it('an entrepreneur is refused, and another organisation sees none of it', async () => {
    const f = await fixture();
    const ent = await signedIn(f.entrepreneur.email);
    expect(codeOf(await ent.gql(`{ impact { beneficiaries } }`))).toBe('FORBIDDEN');
    expect(codeOf(await ent.gql(`{ impactPeople(measure: BENEFICIARIES) { totalCount } }`))).toBe('FORBIDDEN');
    const other = await makeTeam(t.dataSource);
    const stranger = await signedIn(other.admin.email);
    const fig = await impact(stranger, { programId: f.progA.id });
    expect(fig).toMatchObject({ beneficiaries: 0, cooperatives: 0, sessionsDelivered: 0, ventures: 0, targets: [] });
    const all = await impact(stranger, {});
    expect(all).toMatchObject({ beneficiaries: 0, cooperatives: 0, sessionsDelivered: 0, ventures: 0 });
    expect(ok(await stranger.gql<{ impactPeople: { totalCount: number } }>(`{ impactPeople(measure: BENEFICIARIES) { totalCount } }`)).impactPeople.totalCount).toBe(0);
  });

  it('answers in a bounded number of SQL statements', async () => {
    const f = await fixture();
    const admin = await signedIn(f.admin.email);
    const res = await admin.gql(IMPACT, { f: {} });
    expect(res.errors).toBeUndefined();
    expect(Number(res.headers.get('x-sql-statements'))).toBeLessThanOrEqual(16);
  });
});

describe('funder reports', () => {
  async function download(c: Client, path: string) {
    const res = await c.fetch(path);
    return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  }

  it('XLSX: indicators, targets, regions, stages and stories, as cells', async () => {
    const f = await fixture();
    const lead = await signedIn(f.lead.email);
    ok(await lead.gql(`mutation($i: SetProgramTargetsInput!) { setProgramTargets(input: $i) { id } }`, { i: { programId: f.progA.id, targets: [{ indicator: 'BENEFICIARIES', value: 10 }] } }));
    const res = await download(lead, `/api/reports/impact.xlsx?programId=${f.progA.id}&locale=fr`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ind = wb.getWorksheet('Indicateurs')!;
    expect(ind.getCell('B1').value).toBe('Programme A');
    const rows = new Map<string, unknown>();
    ind.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value));
    expect(rows.get('Bénéficiaires')).toBe(2);
    expect(rows.get('Femmes')).toBe(1);
    expect(rows.get('Part de femmes')).toBe(0.5);
    expect(rows.get("Taux d'abandon")).toBe(0.5);
    const targets = wb.getWorksheet('Objectifs et réalisations')!;
    expect(targets.getRow(2).values).toEqual([undefined, 'Bénéficiaires — Programme A', 10, 2, expect.any(Number), 0.2]);
    const regions = wb.getWorksheet('Bénéficiaires par région')!;
    expect(regions.getRow(2).values).toEqual([undefined, 'Tanger-Tétouan-Al Hoceïma', 1, 0]);
    expect(regions.getRow(3).values).toEqual([undefined, 'Souss-Massa', 1, 1]);
    const stories = wb.getWorksheet('Histoires de réussite')!;
    expect(stories.getRow(2).getCell(1).value).toBe('Couscous Amina');
  });

  it('PDF in French and Arabic: the text reads back; refused without the right role', async () => {
    const f = await fixture();
    const lead = await signedIn(f.lead.email);
    const fr = await download(lead, `/api/reports/impact.pdf?programId=${f.progA.id}&from=2025-01-01&to=2025-12-31&locale=fr`);
    expect(fr.status).toBe(200);
    expect(fr.type).toBe('application/pdf');
    const text = pdfText(fr.body);
    expect(text).toContain("Rapport d'impact");
    expect(text).toContain('Programme A');
    expect(text).toContain('Bénéficiaires');
    expect(text).toContain('Couscous Amina');
    expect(text).toContain('Dakhla-Oued Ed-Dahab');
    expect(text).toContain('ODbL');
    const ar = await download(lead, `/api/reports/impact.pdf?programId=${f.progA.id}&locale=ar`);
    expect(ar.status).toBe(200);
    const arText = pdfText(ar.body);
    expect(arText).toContain('Programme A');
    expect(arText).toMatch(/[\u0600-\u06FF\uFB50-\uFEFF]/);

    const ent = await signedIn(f.entrepreneur.email);
    expect((await download(ent, `/api/reports/impact.pdf`)).status).toBe(403);
    expect((await download(t.client(), `/api/reports/impact.xlsx`)).status).toBe(401);
    expect((await download(lead, `/api/reports/impact.pdf?from=2025-13-45`)).status).toBe(400);
    // Another organisation's admin gets her own (empty) figures, never these.
    const other = await makeTeam(t.dataSource);
    const stranger = await signedIn(other.admin.email);
    const theirs = await download(stranger, `/api/reports/impact.pdf?programId=${f.progA.id}&locale=fr`);
    const theirText = pdfText(theirs.body);
    expect(theirText).not.toContain('Couscous Amina');
    expect(theirText).not.toContain('Programme A');
  });
});

describe('impact summary (national scale)', () => {
  // Last in this file: a refresh is global, and later fixtures would be newer than the summary.
  it('a programme is answered from the refreshed summary with its asOf, equal to the live figures; other filters stay live', async () => {
    const f = await fixture();
    const admin = await signedIn(f.admin.email);
    const live = await impact(admin, { programId: f.progA.id });
    const refreshed = ok(await admin.gql<{ refreshImpactSummary: string }>(`mutation { refreshImpactSummary }`)).refreshImpactSummary;
    const fig = await expectDrillDownsMatch(admin, { programId: f.progA.id });
    expect(fig.source).toBe('SUMMARY');
    expect(fig.asOf).toBe(refreshed);
    for (const key of ['beneficiaries', 'women', 'neet', 'rural', 'youth', 'regionsCovered', 'provincesCovered', 'droppedOut', 'dropoutRate', 'sessionsDelivered']) expect({ key, v: fig[key] }).toEqual({ key, v: live[key] });
    const months = await expectDrillDownsMatch(admin, { programId: f.progA.id, from: '2025-03-01', to: '2025-03-31', gender: 'F' });
    expect(months).toMatchObject({ source: 'SUMMARY', beneficiaries: 1, women: 1, youth: 1 });
    expect(await impact(admin, { programId: f.progA.id, from: '2025-03-05', to: '2025-03-31' })).toMatchObject({ source: 'LIVE', beneficiaries: 1 });
    expect(await impact(admin, {})).toMatchObject({ source: 'LIVE' });
    const coach = await signedIn(f.coach.email);
    expect(await impact(coach, { programId: f.progA.id })).toMatchObject({ source: 'LIVE', beneficiaries: 1 });
    const lead = await signedIn(f.lead.email);
    expect(await impact(lead, { programId: f.progA.id })).toMatchObject({ source: 'SUMMARY', beneficiaries: 2 });
    expect(await impact(lead, { programId: f.progB.id })).toMatchObject({ source: 'SUMMARY', beneficiaries: 0 });
    // A change marks the organisation: its figures are live (equal to their lists, not the stale summary's 2)
    // until the next refresh. (Suites running alongside may refresh too, so the source is not asserted.)
    const mark = async () => (await t.dataSource.query(`SELECT dirty, changed_at FROM impact_summary_state WHERE organization_id = $1`, [f.org.id]))[0] as { dirty: boolean; changed_at: Date } | undefined;
    const before = (await mark())!.changed_at;
    expect((await mark())!.dirty).toBe(false);
    const late = await apiCreatePerson(admin, { firstName: 'Fadma', gender: 'F' });
    expect((await mark())!.changed_at).toEqual(before); // a person not enrolled anywhere counts nowhere
    await apiEnrol(admin, late.id, f.progA.id);
    const afterEnrol = (await mark())!.changed_at;
    expect(afterEnrol.getTime()).toBeGreaterThan(before.getTime());
    expect(await expectDrillDownsMatch(admin, { programId: f.progA.id })).toMatchObject({ beneficiaries: 3 });
    ok(await admin.gql(`mutation { refreshImpactSummary }`));
    expect(await impact(admin, { programId: f.progA.id })).toMatchObject({ source: 'SUMMARY', beneficiaries: 3 });
    // So does a change of a person's gender (a dimension of the summary); a change of her notes does not.
    await t.dataSource.query(`UPDATE person SET updated_at = now() WHERE id = $1`, [late.id]);
    expect(await mark()).toEqual({ dirty: false, changed_at: afterEnrol });
    await t.dataSource.query(`UPDATE person SET gender = 'M' WHERE id = $1`, [late.id]);
    expect((await mark())!.changed_at.getTime()).toBeGreaterThan(afterEnrol.getTime());
    expect(await expectDrillDownsMatch(admin, { programId: f.progA.id })).toMatchObject({ beneficiaries: 3, women: 1 });
    await t.dataSource.query(`UPDATE person SET gender = 'F' WHERE id = $1`, [late.id]);
    ok(await admin.gql(`mutation { refreshImpactSummary }`));
    expect(await impact(admin, { programId: f.progA.id })).toMatchObject({ source: 'SUMMARY', women: 2 });
    // Another organisation's change leaves this one on the summary.
    const third = await makeTeam(t.dataSource);
    const thirdAdmin = await signedIn(third.admin.email);
    await apiEnrol(thirdAdmin, (await apiCreatePerson(thirdAdmin)).id, (await apiCreateProgram(thirdAdmin, 'Ailleurs')).id, []);
    expect((await mark())!.dirty).toBe(false);
    expect(await impact(admin, { programId: f.progA.id })).toMatchObject({ source: 'SUMMARY', beneficiaries: 3 });
    const other = await makeTeam(t.dataSource);
    expect(await impact(await signedIn(other.admin.email), { programId: f.progA.id })).toMatchObject({ beneficiaries: 0 });
    expect(codeOf(await lead.gql(`mutation { refreshImpactSummary }`))).toBe('FORBIDDEN');
  });
});
