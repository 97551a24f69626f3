import { Role } from '@rafiq/shared';
import { codeOf, GqlResponse } from '../utils/api-client';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
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

function ok<T>(res: GqlResponse<T>): T {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const problem = (res: GqlResponse) => ({ code: codeOf(res), field: res.errors?.[0]?.extensions?.field, reason: res.errors?.[0]?.extensions?.reason });

async function createVenture(c: Client, fields: Record<string, unknown>) {
  const res = await c.gql<{ createVenture: { id: string; version: number } }>(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id version } }`, {
    i: { title: 'Huile d’argan', ...fields },
  });
  return ok(res).createVenture;
}

/** Today and the first day of this month and of the month before (UTC, as the server). */
const today = () => new Date().toISOString().slice(0, 10);
const thisMonth = () => `${today().slice(0, 7)}-01`;
function monthBefore(start: string): string {
  const [y, m] = start.split('-').map(Number);
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}

/**
 * One organisation: Fatima (entrepreneur, enrolled with the coach) and Khadija (another
 * entrepreneur, not enrolled), each with her own account and venture.
 */
async function journeyTeam() {
  const team = await makeTeam(t.dataSource);
  const khadijaUser = await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR);
  const lead = await signedIn(team.lead.email);
  const program = await apiCreateProgram(lead);
  const fatima = await apiCreatePerson(lead, { firstName: 'Fatima' });
  const khadija = await apiCreatePerson(lead, { firstName: 'Khadija' });
  await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, fatima.id]);
  await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [khadijaUser.id, khadija.id]);
  await apiEnrol(lead, fatima.id, program.id, [team.coach.id]);
  const fv = await createVenture(lead, { ownerPersonId: fatima.id, programId: program.id, title: 'Couscous Fatima' });
  const kv = await createVenture(lead, { ownerPersonId: khadija.id, title: 'Tapis Khadija' });
  return {
    team,
    program,
    fv,
    kv,
    lead,
    coach: await signedIn(team.coach.email),
    asFatima: await signedIn(team.entrepreneur.email),
    asKhadija: await signedIn(khadijaUser.email),
  };
}

const ITEM = 'id version title status ownerKind dueOn doneAt overdue ventureId ownerUser { id }';
type Item = { id: string; version: number; title: string; status: string; ownerKind: string; dueOn: string; doneAt: string | null; overdue: boolean; ownerUser: { id: string } | null };
const CREATE_ITEM = `mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { ${ITEM} } }`;
const UPDATE_ITEM = `mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { ${ITEM} } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!, $done: Boolean!) { completeActionItem(id: $id, version: $v, done: $done) { ${ITEM} } }`;
const ONE_ITEM = `query($id: ID!) { actionItem(id: $id) { id title } }`;

async function createItem(c: Client, fields: Record<string, unknown>): Promise<Item> {
  return ok(await c.gql<{ createActionItem: Item }>(CREATE_ITEM, { i: { title: 'Faire le devis', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR', ...fields } })).createActionItem;
}

const RESULT = 'id version periodKind periodStart revenue costs jobsWomen jobsYouth jobsTotal activeMembers enteredByRole note';
type Result = { id: string; version: number; periodStart: string; revenue: number; costs: number | null; jobsTotal: number; enteredByRole: string; note: string | null };
const RECORD = `mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { ${RESULT} } }`;

describe('action plans', () => {
  it('the entrepreneur ticks her own items only; staff create and edit; overdue; CONFLICT on a stale version', async () => {
    const { team, fv, kv, lead, coach, asFatima, asKhadija } = await journeyTeam();

    // The coach plans two items: one for Fatima (already late), one for herself.
    const mine = await createItem(coach, { ventureId: fv.id, title: 'Ouvrir un compte bancaire', dueOn: '2020-01-15' });
    expect(mine).toMatchObject({ status: 'OPEN', ownerKind: 'ENTREPRENEUR', ownerUser: null, overdue: true, doneAt: null });
    const coachs = await createItem(coach, { ventureId: fv.id, title: 'Appeler la coopérative', ownerKind: 'COACH' });
    expect(coachs).toMatchObject({ ownerKind: 'COACH', ownerUser: { id: team.coach.id }, overdue: false });
    const khadijas = await createItem(lead, { ventureId: kv.id, title: 'Photos des tapis' });
    // The coach may not see Khadija's venture: as if it did not exist.
    expect(codeOf(await coach.gql(CREATE_ITEM, { i: { ventureId: kv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR' } }))).toBe('NOT_FOUND');

    // Fatima ticks hers off, and unticks it.
    const ticked = ok(await asFatima.gql<{ completeActionItem: Item }>(COMPLETE, { id: mine.id, v: mine.version, done: true })).completeActionItem;
    expect(ticked).toMatchObject({ status: 'DONE', overdue: false, version: mine.version + 1 });
    expect(ticked.doneAt).toEqual(expect.any(String));
    const unticked = ok(await asFatima.gql<{ completeActionItem: Item }>(COMPLETE, { id: mine.id, v: ticked.version, done: false })).completeActionItem;
    expect(unticked).toMatchObject({ status: 'OPEN', doneAt: null, overdue: true });
    expect(codeOf(await asFatima.gql(COMPLETE, { id: mine.id, v: mine.version, done: true }))).toBe('CONFLICT');
    // …but not the coach's item, nor anything on Khadija's venture, and she creates and edits nothing.
    expect(codeOf(await asFatima.gql(COMPLETE, { id: coachs.id, v: coachs.version, done: true }))).toBe('FORBIDDEN');
    expect(codeOf(await asFatima.gql(COMPLETE, { id: khadijas.id, v: khadijas.version, done: true }))).toBe('NOT_FOUND');
    expect(codeOf(await asFatima.gql(ONE_ITEM, { id: khadijas.id }))).toBe('NOT_FOUND');
    expect(codeOf(await asFatima.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR' } }))).toBe('FORBIDDEN');
    expect(codeOf(await asFatima.gql(UPDATE_ITEM, { i: { id: mine.id, version: unticked.version, title: 'x' } }))).toBe('FORBIDDEN');

    // Khadija never sees Fatima's items: by id, by venture, by list.
    expect(codeOf(await asKhadija.gql(ONE_ITEM, { id: mine.id }))).toBe('NOT_FOUND');
    expect(codeOf(await asKhadija.gql(COMPLETE, { id: mine.id, v: unticked.version, done: true }))).toBe('NOT_FOUND');
    expect(codeOf(await asKhadija.gql(`query($id: ID!) { venture(id: $id) { actionItems { id } } }`, { id: fv.id }))).toBe('NOT_FOUND');
    const kList = ok(await asKhadija.gql<{ ventures: { edges: Array<{ node: { actionItems: Array<{ id: string }> } }> } }>(`{ ventures { edges { node { actionItems(includeClosed: true) { id } } } } }`));
    expect(kList.ventures.edges.flatMap((e) => e.node.actionItems.map((i) => i.id))).toEqual([khadijas.id]);
    const kJourney = ok(await asKhadija.gql<{ myJourney: { ventures: Array<{ actionItems: Array<{ id: string }> }> } }>(`{ myJourney { ventures { actionItems { id } } } }`));
    expect(kJourney.myJourney.ventures.flatMap((v) => v.actionItems.map((i) => i.id))).toEqual([khadijas.id]);

    // Fatima's journey shows her plan; the coach sees the tick; closed items only on request.
    const fJourney = ok(await asFatima.gql<{ myJourney: { ventures: Array<{ actionItems: Array<{ id: string; overdue: boolean }> }> } }>(`{ myJourney { ventures { actionItems { id overdue } } } }`));
    expect(fJourney.myJourney.ventures[0].actionItems).toEqual([
      { id: mine.id, overdue: true },
      { id: coachs.id, overdue: false },
    ]);

    // The coach edits with the version she read; a stale one changes nothing.
    expect(codeOf(await coach.gql(UPDATE_ITEM, { i: { id: mine.id, version: mine.version, title: 'Trop tard' } }))).toBe('CONFLICT');
    const edited = ok(await coach.gql<{ updateActionItem: Item }>(UPDATE_ITEM, { i: { id: mine.id, version: unticked.version, title: 'Ouvrir un compte', dueOn: '2999-06-30' } })).updateActionItem;
    expect(edited).toMatchObject({ title: 'Ouvrir un compte', dueOn: '2999-06-30', overdue: false });
    const cancelled = ok(await coach.gql<{ updateActionItem: Item }>(UPDATE_ITEM, { i: { id: coachs.id, version: coachs.version, status: 'CANCELLED' } })).updateActionItem;
    expect(cancelled.status).toBe('CANCELLED');
    expect(problem(await coach.gql(COMPLETE, { id: coachs.id, v: cancelled.version, done: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'done', reason: 'NOT_ALLOWED' });
    const plan = ok(await coach.gql<{ venture: { open: Array<{ id: string }>; all: Array<{ id: string }> } }>(
      `query($id: ID!) { venture(id: $id) { open: actionItems { id } all: actionItems(includeClosed: true) { id } } }`,
      { id: fv.id },
    ));
    expect(plan.venture.open.map((i) => i.id)).toEqual([mine.id]);
    expect(plan.venture.all.map((i) => i.id).sort()).toEqual([mine.id, coachs.id].sort());

    // Her own list: the coach's items (open ones unless asked).
    const reopened = ok(await coach.gql<{ updateActionItem: Item }>(UPDATE_ITEM, { i: { id: coachs.id, version: cancelled.version, status: 'OPEN' } })).updateActionItem;
    const myList = ok(await coach.gql<{ myActionItems: { totalCount: number; edges: Array<{ node: { id: string; venture: { id: string } } }> } }>(
      `{ myActionItems { totalCount edges { node { id venture { id } } } } }`,
    ));
    expect(myList.myActionItems).toEqual({ totalCount: 1, edges: [{ node: { id: reopened.id, venture: { id: fv.id } } }] });

    // Validation names the field.
    expect(problem(await coach.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: '  ', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'title', reason: 'REQUIRED' });
    expect(problem(await coach.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2026-02-30', ownerKind: 'ENTREPRENEUR' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueOn' });
    expect(problem(await coach.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR', ownerUserId: team.coach.id } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'ownerUserId', reason: 'NOT_ALLOWED' });
    expect(problem(await lead.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'COACH' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'ownerUserId', reason: 'REQUIRED' });
    expect(problem(await lead.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'COACH', ownerUserId: team.entrepreneur.id } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'ownerUserId', reason: 'NOT_FOUND' });
    expect(problem(await coach.gql(CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR', sourceId: fv.id } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'sourceKind', reason: 'REQUIRED' });
  });
});

describe('economic results', () => {
  it('she records this month’s sales and sees them in her journey; the same period again needs its version; Khadija never sees them', async () => {
    const { fv, kv, coach, asFatima, asKhadija } = await journeyTeam();
    const month = thisMonth();

    const first = ok(await asFatima.gql<{ recordEconomicResult: Result }>(RECORD, { i: { ventureId: fv.id, periodStart: month, revenue: 1250.5 } })).recordEconomicResult;
    expect(first).toMatchObject({ periodKind: 'MONTH', periodStart: month, revenue: 1250.5, costs: null, jobsTotal: 0, enteredByRole: 'ENTREPRENEUR', version: 1 });
    const journey = ok(await asFatima.gql<{ myJourney: { ventures: Array<{ id: string; results: Array<{ periodStart: string; revenue: number }>; resultsSummary: { lastPeriodRevenue: number } }> } }>(
      `{ myJourney { ventures { id results { periodStart revenue } resultsSummary { lastPeriodRevenue } } } }`,
    ));
    expect(journey.myJourney.ventures).toEqual([{ id: fv.id, results: [{ periodStart: month, revenue: 1250.5 }], resultsSummary: { lastPeriodRevenue: 1250.5 } }]);

    // The same period again: without the version (or with a stale one) nothing is overwritten.
    const again = await coach.gql(RECORD, { i: { ventureId: fv.id, periodStart: month, revenue: 999 } });
    expect(problem(again)).toEqual({ code: 'CONFLICT', field: undefined, reason: 'STALE_VERSION' });
    expect(again.errors?.[0].extensions?.currentVersion).toBe(1);
    const updated = ok(await coach.gql<{ recordEconomicResult: Result }>(RECORD, { i: { ventureId: fv.id, periodStart: month, version: 1, jobsTotal: 2, jobsWomen: 2, note: 'Vérifié' } })).recordEconomicResult;
    expect(updated).toMatchObject({ id: first.id, version: 2, revenue: 1250.5, jobsTotal: 2, enteredByRole: 'COACH', note: 'Vérifié' });
    expect(codeOf(await asFatima.gql(RECORD, { i: { ventureId: fv.id, periodStart: month, version: 1, revenue: 1300 } }))).toBe('CONFLICT');
    const [{ revenue }] = await t.dataSource.query(`SELECT revenue FROM economic_result WHERE id = $1`, [first.id]);
    expect(revenue).toBe('1250.50');

    // The month before, for the trend: growth against it, jobs over both.
    const before = monthBefore(month);
    ok(await coach.gql(RECORD, { i: { ventureId: fv.id, periodStart: before, revenue: 1000.4, costs: 300, jobsTotal: 1, jobsYouth: 1 } }));
    const seen = ok(await coach.gql<{ venture: { results: Array<{ periodStart: string }>; resultsSummary: unknown } }>(
      `query($id: ID!) { venture(id: $id) { results { periodStart } resultsSummary { lastPeriodRevenue revenueGrowth totalJobs } } }`,
      { id: fv.id },
    ));
    expect(seen.venture.results.map((r) => r.periodStart)).toEqual([before, month]);
    expect(seen.venture.resultsSummary).toEqual({ lastPeriodRevenue: 1250.5, revenueGrowth: 0.25, totalJobs: 3 });

    // Khadija: not by venture id, not by recording on it, not in her lists.
    expect(codeOf(await asKhadija.gql(`query($id: ID!) { venture(id: $id) { results { revenue } } }`, { id: fv.id }))).toBe('NOT_FOUND');
    expect(codeOf(await asKhadija.gql(RECORD, { i: { ventureId: fv.id, periodStart: before, revenue: 1 } }))).toBe('NOT_FOUND');
    expect(codeOf(await asKhadija.gql(`mutation($id: ID!) { deleteEconomicResult(id: $id, version: 2) }`, { id: first.id }))).toBe('FORBIDDEN');
    const kJourney = ok(await asKhadija.gql<{ myJourney: { ventures: Array<{ id: string; results: unknown[] }> } }>(`{ myJourney { ventures { id results { revenue } } } }`));
    expect(kJourney.myJourney.ventures).toEqual([{ id: kv.id, results: [] }]);
    const kList = ok(await asKhadija.gql<{ ventures: { edges: Array<{ node: { results: unknown[] } }> } }>(`{ ventures { edges { node { results { revenue } } } } }`));
    expect(kList.ventures.edges.flatMap((e) => e.node.results)).toEqual([]);

    // Staff delete with the version read.
    expect(codeOf(await coach.gql(`mutation($id: ID!) { deleteEconomicResult(id: $id, version: 1) }`, { id: first.id }))).toBe('CONFLICT');
    expect(ok(await coach.gql(`mutation($id: ID!) { deleteEconomicResult(id: $id, version: 2) }`, { id: first.id }))).toEqual({ deleteEconomicResult: true });
    expect(codeOf(await asFatima.gql(`mutation($id: ID!) { deleteEconomicResult(id: $id, version: 2) }`, { id: first.id }))).toBe('FORBIDDEN');
  });

  it('validation errors name the field', async () => {
    const { fv, asFatima, coach } = await journeyTeam();
    const month = thisMonth();
    const record = (c: Client, fields: Record<string, unknown>) => c.gql(RECORD, { i: { ventureId: fv.id, periodStart: month, revenue: 100, ...fields } });
    expect(problem(await record(asFatima, { periodStart: `${month.slice(0, 8)}15` }))).toEqual({ code: 'BAD_USER_INPUT', field: 'periodStart', reason: 'INVALID_VALUE' });
    expect(problem(await record(asFatima, { periodKind: 'QUARTER', periodStart: '2025-02-01' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'periodStart', reason: 'INVALID_VALUE' });
    expect(problem(await record(asFatima, { periodStart: '2999-01-01' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'periodStart', reason: 'INVALID_VALUE' });
    expect(problem(await record(asFatima, { periodStart: 'hier' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'periodStart', reason: 'INVALID_VALUE' });
    expect(problem(await record(asFatima, { revenue: -5 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'revenue', reason: 'INVALID_VALUE' });
    expect(problem(await record(asFatima, { revenue: 10.123 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'revenue', reason: 'INVALID_VALUE' });
    expect(problem(await record(asFatima, { revenue: undefined }))).toEqual({ code: 'BAD_USER_INPUT', field: 'revenue', reason: 'REQUIRED' });
    expect(problem(await record(asFatima, { costs: -1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'costs', reason: 'INVALID_VALUE' });
    expect(problem(await record(coach, { jobsWomen: 3, jobsTotal: 2 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'jobsTotal', reason: 'INVALID_VALUE' });
    expect(problem(await record(coach, { jobsYouth: 1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'jobsTotal', reason: 'INVALID_VALUE' });
    expect(problem(await record(coach, { jobsWomen: -1, jobsTotal: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'jobsWomen', reason: 'INVALID_VALUE' });
    expect(problem(await record(coach, { activeMembers: 12 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'activeMembers', reason: 'NOT_ALLOWED' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM economic_result WHERE venture_id = $1`, [fv.id]);
    expect(count).toBe(0);
    // A quarter is fine on its first day.
    expect(ok(await record(coach, { periodKind: 'QUARTER', periodStart: '2025-04-01', revenue: 3000 }))).toMatchObject({ recordEconomicResult: { periodKind: 'QUARTER', revenue: 3000 } });
  });
});

describe('referrals', () => {
  it('the coach refers a venture to a partner and records the outcome; the entrepreneur reads it through her venture', async () => {
    const { team, fv, lead, coach, asFatima, asKhadija } = await journeyTeam();
    const partner = ok(await lead.gql<{ createPartner: { id: string } }>(`mutation { createPartner(input: { name: "Al Amana Microfinance", kind: FINANCIAL_INSTITUTION, contactEmail: "agence@amana.example" }) { id } }`)).createPartner;
    type Ref = { id: string; version: number; kind: string; outcome: string; outcomeOn: string | null; amount: number | null; referredOn: string; partnerName: string };
    const FIELDS = 'id version kind outcome outcomeOn amount referredOn partnerName';
    const created = ok(await coach.gql<{ createReferral: Ref }>(`mutation($i: CreateReferralInput!) { createReferral(input: $i) { ${FIELDS} } }`, { i: { ventureId: fv.id, partnerId: partner.id, kind: 'LOAN', note: 'Microcrédit pour le four' } })).createReferral;
    expect(created).toMatchObject({ kind: 'LOAN', outcome: 'PENDING', outcomeOn: null, amount: null, referredOn: today(), partnerName: 'Al Amana Microfinance', version: 1 });

    const UPDATE = `mutation($i: UpdateReferralInput!) { updateReferral(input: $i) { ${FIELDS} } }`;
    const outcome = ok(await coach.gql<{ updateReferral: Ref }>(UPDATE, { i: { id: created.id, version: 1, outcome: 'LOAN_OBTAINED', amount: 20000 } })).updateReferral;
    expect(outcome).toMatchObject({ outcome: 'LOAN_OBTAINED', outcomeOn: today(), amount: 20000, version: 2 });
    expect(codeOf(await coach.gql(UPDATE, { i: { id: created.id, version: 1, outcome: 'DECLINED' } }))).toBe('CONFLICT');
    expect(problem(await coach.gql(UPDATE, { i: { id: created.id, version: 2, outcomeOn: '2999-01-01' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'outcomeOn', reason: 'INVALID_VALUE' });
    expect(problem(await coach.gql(UPDATE, { i: { id: created.id, version: 2, amount: -1 } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'amount', reason: 'INVALID_VALUE' });

    // She reads it through her venture (the partner's name, not its contacts), and changes nothing.
    const journey = ok(await asFatima.gql<{ myJourney: { ventures: Array<{ referrals: unknown[] }> } }>(`{ myJourney { ventures { referrals { outcome amount partnerName } } } }`));
    expect(journey.myJourney.ventures[0].referrals).toEqual([{ outcome: 'LOAN_OBTAINED', amount: 20000, partnerName: 'Al Amana Microfinance' }]);
    expect(codeOf(await asFatima.gql(`{ myJourney { ventures { referrals { partner { contactEmail } } } } }`))).toBe('FORBIDDEN');
    expect(codeOf(await asFatima.gql(UPDATE, { i: { id: created.id, version: 2, outcome: 'DECLINED' } }))).toBe('FORBIDDEN');
    expect(codeOf(await asFatima.gql(`mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`, { i: { ventureId: fv.id, partnerId: partner.id, kind: 'BUYER' } }))).toBe('FORBIDDEN');
    const staff = ok(await coach.gql<{ venture: { referrals: Array<{ partner: { id: string } }> } }>(`query($id: ID!) { venture(id: $id) { referrals { partner { id } } } }`, { id: fv.id }));
    expect(staff.venture.referrals).toEqual([{ partner: { id: partner.id } }]);
    const kJourney = ok(await asKhadija.gql<{ myJourney: { ventures: Array<{ referrals: unknown[] }> } }>(`{ myJourney { ventures { referrals { id } } } }`));
    expect(kJourney.myJourney.ventures.flatMap((v) => v.referrals)).toEqual([]);

    // A partner of another organisation, or an unknown one, is not a partner here.
    const other = await makeTeam(t.dataSource);
    const otherLead = await signedIn(other.lead.email);
    const foreign = ok(await otherLead.gql<{ createPartner: { id: string } }>(`mutation { createPartner(input: { name: "Ailleurs", kind: OTHER }) { id } }`)).createPartner;
    expect(problem(await coach.gql(`mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`, { i: { ventureId: fv.id, partnerId: foreign.id, kind: 'BUYER' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'partnerId', reason: 'NOT_FOUND' });
    expect(team.org.id).not.toBe(other.org.id);
  });
});

describe('another organisation', () => {
  it('gets NOT_FOUND for every record of the journey', async () => {
    const { fv, lead, coach, asFatima } = await journeyTeam();
    const item = await createItem(coach, { ventureId: fv.id });
    const result = ok(await asFatima.gql<{ recordEconomicResult: Result }>(RECORD, { i: { ventureId: fv.id, periodStart: thisMonth(), revenue: 10 } })).recordEconomicResult;
    const partner = ok(await lead.gql<{ createPartner: { id: string } }>(`mutation { createPartner(input: { name: "Foire de Taroudannt", kind: OTHER }) { id } }`)).createPartner;
    const referral = ok(await coach.gql<{ createReferral: { id: string } }>(`mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`, { i: { ventureId: fv.id, partnerId: partner.id, kind: 'FAIR' } })).createReferral;

    const other = await makeTeam(t.dataSource);
    const stranger = await signedIn(other.admin.email);
    const calls: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { venture(id: $id) { actionItems { id } results { id } referrals { id } } }`, { id: fv.id }],
      [ONE_ITEM, { id: item.id }],
      [COMPLETE, { id: item.id, v: item.version, done: true }],
      [UPDATE_ITEM, { i: { id: item.id, version: item.version, title: 'x' } }],
      [CREATE_ITEM, { i: { ventureId: fv.id, title: 'x', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR' } }],
      [RECORD, { i: { ventureId: fv.id, periodStart: thisMonth(), revenue: 1, version: 1 } }],
      [`mutation($id: ID!) { deleteEconomicResult(id: $id, version: 1) }`, { id: result.id }],
      [`mutation($i: UpdateReferralInput!) { updateReferral(input: $i) { id } }`, { i: { id: referral.id, version: 1, outcome: 'DECLINED' } }],
    ];
    for (const [query, variables] of calls) {
      const res = await stranger.gql(query, variables);
      expect({ query, code: codeOf(res), data: res.data ?? null }).toEqual({ query, code: 'NOT_FOUND', data: null });
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM action_item WHERE id = $1 AND version = 1 AND status = 'OPEN'`, [item.id]);
    expect(count).toBe(1);
  });
});

describe('the board with plans, results and referrals', () => {
  it('costs the same number of SQL statements for 2 and 12 ventures', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const partner = ok(await lead.gql<{ createPartner: { id: string } }>(`mutation { createPartner(input: { name: "Centre de formation", kind: TRAINING_CENTRE }) { id } }`)).createPartner;
    const q = `{ ventures(first: 50) { edges { node { actionItems { title overdue ownerUser { displayName } } results { revenue } referrals { outcome partnerName } resultsSummary { totalJobs } } } } }`;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const v = await createVenture(lead, { ownerPersonId: (await apiCreatePerson(lead)).id, programId: program.id });
        await createItem(lead, { ventureId: v.id, ownerKind: 'COACH', ownerUserId: team.coach.id });
        ok(await lead.gql(RECORD, { i: { ventureId: v.id, periodStart: thisMonth(), revenue: 100 + i, jobsTotal: 1 } }));
        ok(await lead.gql(`mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`, { i: { ventureId: v.id, partnerId: partner.id, kind: 'TRAINING' } }));
      }
    };
    await add(2);
    const small = await lead.gql<{ ventures: { edges: unknown[] } }>(q);
    expect(small.errors).toBeUndefined();
    expect(small.data?.ventures.edges).toHaveLength(2);
    expect(Number(small.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    await add(10);
    const large = await lead.gql<{ ventures: { edges: unknown[] } }>(q);
    expect(large.data?.ventures.edges).toHaveLength(12);
    expect(Number(large.headers.get('x-sql-statements'))).toBe(Number(small.headers.get('x-sql-statements')));
  });
});
