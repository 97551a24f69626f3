import { Role } from '@rafiq/shared';
import { NotificationService } from '../../backend/src/modules/notification/notification.service';
import { resultsPeriod } from '../../backend/src/modules/notification/journey-reminders';
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

const UPDATE = `mutation($i: UpdateEnrolmentInput!) { updateEnrolment(input: $i) { id version status } }`;
const LIST = `query($f: FollowUpFilter) { followUps(filter: $f) { totalCount edges { node { id months dueOn status overdue version person { id } coach { id } program { id } } } } }`;
const RECORD = `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id status stillOperating revenue jobsTotal jobsWomen version recordedAt } }`;
const RATES = `query($p: ID) { followUpRates(programId: $p) { months due overdue recorded stillOperating survivalRate } }`;
type FollowUpNode = {
  id: string;
  months: number;
  dueOn: string;
  status: string;
  overdue: boolean;
  version: number;
  person: { id: string } | null;
  coach: { id: string } | null;
};
type List = { followUps: { totalCount: number; edges: Array<{ node: FollowUpNode }> } };

function addMonths(months: number): string {
  const d = new Date();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

describe('follow-ups after graduation', () => {
  it('schedules 6- and 12-month follow-ups for the coach on graduation, lets her record them, and computes survival', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const hasna = await apiCreatePerson(lead);
    const rkia = await apiCreatePerson(lead);
    const e1 = await apiEnrol(lead, hasna.id, program.id, [team.coach.id]);
    const e2 = await apiEnrol(lead, rkia.id, program.id, [team.coach.id]);

    const g1 = await lead.gql<{ updateEnrolment: { version: number } }>(UPDATE, {
      i: { id: e1.id, version: e1.version, status: 'GRADUATED' },
    });
    expect(g1.errors).toBeUndefined();
    await lead.gql(UPDATE, { i: { id: e2.id, version: e2.version, status: 'GRADUATED' } });

    const coach = await signedIn(team.coach.email);
    const list = await coach.gql<List>(LIST, { f: { personId: hasna.id } });
    expect(list.errors).toBeUndefined();
    expect(list.data!.followUps.edges.map((e) => [e.node.months, e.node.dueOn, e.node.status])).toEqual([
      [6, addMonths(6), 'DUE'],
      [12, addMonths(12), 'DUE'],
    ]);
    expect(list.data!.followUps.edges[0].node.coach?.id).toBe(team.coach.id);
    // Graduated, she is still visible to her coach while a follow-up is due.
    expect(list.data!.followUps.edges[0].node.person?.id).toBe(hasna.id);
    expect(
      (await coach.gql<{ person: { id: string } | null }>(`query($id: ID!) { person(id: $id) { id } }`, { id: hasna.id })).data?.person?.id,
    ).toBe(hasna.id);

    // Recording: jobs for women cannot exceed the total (nothing written), a stale version conflicts.
    const six = list.data!.followUps.edges[0].node;
    const bad = await coach.gql(RECORD, { i: { id: six.id, version: six.version, stillOperating: true, jobsTotal: 1, jobsWomen: 2 } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobsWomen' });
    const ok = await coach.gql<{ recordFollowUp: { status: string; version: number; revenue: number; jobsWomen: number } }>(RECORD, {
      i: {
        id: six.id,
        version: six.version,
        stillOperating: true,
        revenue: 3200.5,
        jobsTotal: 3,
        jobsWomen: 2,
        note: 'Vend au souk de Taroudant',
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordFollowUp).toMatchObject({ status: 'DONE', revenue: 3200.5, jobsWomen: 2, version: six.version + 1 });
    const stale = await coach.gql(RECORD, { i: { id: six.id, version: six.version, stillOperating: false } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const rkiaSix = (await coach.gql<List>(LIST, { f: { personId: rkia.id } })).data!.followUps.edges[0].node;
    await coach.gql(RECORD, { i: { id: rkiaSix.id, version: rkiaSix.version, stillOperating: false, revenue: 999 } });
    const rates = await lead.gql<{
      followUpRates: Array<{ months: number; due: number; recorded: number; stillOperating: number; survivalRate: number | null }>;
    }>(RATES, { p: program.id });
    expect(rates.data?.followUpRates).toEqual([
      { months: 6, due: 0, overdue: 0, recorded: 2, stillOperating: 1, survivalRate: 0.5 },
      { months: 12, due: 2, overdue: 0, recorded: 0, stillOperating: 0, survivalRate: null },
    ]);
    // A closed activity keeps no revenue.
    const [{ revenue }] = await t.dataSource.query(`SELECT revenue FROM follow_up WHERE id = $1`, [rkiaSix.id]);
    expect(revenue).toBeNull();
  });

  it('cancels follow-ups not yet recorded when the graduation is undone, and brings them back on graduating again', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead);
    const e = await apiEnrol(lead, p.id, program.id, [team.coach.id], 'GRADUATED');
    expect((await lead.gql<List>(LIST, { f: { personId: p.id } })).data!.followUps.totalCount).toBe(2);
    const back = await lead.gql<{ updateEnrolment: { version: number } }>(UPDATE, {
      i: { id: e.id, version: e.version, status: 'ACTIVE' },
    });
    expect((await lead.gql<List>(LIST, { f: { personId: p.id } })).data!.followUps.totalCount).toBe(0);
    expect((await lead.gql<List>(LIST, { f: { personId: p.id, status: 'CANCELLED' } })).data!.followUps.totalCount).toBe(2);
    await lead.gql(UPDATE, { i: { id: e.id, version: back.data!.updateEnrolment.version, status: 'GRADUATED' } });
    expect((await lead.gql<List>(LIST, { f: { personId: p.id, status: 'DUE' } })).data!.followUps.totalCount).toBe(2);
  });

  it('shows follow-ups only to whom they concern: another coach, another programme’s lead, an entrepreneur and another organisation see none', async () => {
    const team = await makeTeam(t.dataSource);
    const otherCoach = await makeUser(t.dataSource, team.org, Role.COACH);
    const otherLead = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    const stranger = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead);
    await apiEnrol(lead, p.id, program.id, [team.coach.id], 'GRADUATED');
    const [{ id }] = await t.dataSource.query(`SELECT id, version FROM follow_up WHERE person_id = $1 AND months = 6`, [p.id]);

    for (const email of [otherCoach.email, otherLead.email, stranger.admin.email, stranger.coach.email]) {
      const c = await signedIn(email);
      const res = await c.gql<List>(LIST, {});
      expect(res.data?.followUps.totalCount).toBe(0);
      const rates = await c.gql<{ followUpRates: Array<{ due: number }> }>(RATES, {});
      expect(rates.data?.followUpRates.map((r) => r.due)).toEqual([0, 0]);
      const rec = await c.gql(RECORD, { i: { id, version: 1, stillOperating: true } });
      expect(rec.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const entrepreneur = await signedIn(team.entrepreneur.email);
    expect((await entrepreneur.gql(LIST, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await entrepreneur.gql(RECORD, { i: { id, version: 1, stillOperating: true } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const [{ status }] = await t.dataSource.query(`SELECT status FROM follow_up WHERE id = $1`, [id]);
    expect(status).toBe('DUE');
    // The admin sees it.
    const admin = await signedIn(team.admin.email);
    expect((await admin.gql<List>(LIST, {})).data?.followUps.totalCount).toBe(2);
  });

  it('alerts the coach and reminds her once when a follow-up is due', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead);
    await apiEnrol(lead, p.id, program.id, [team.coach.id], 'GRADUATED');
    await t.dataSource.query(`UPDATE follow_up SET due_on = CURRENT_DATE - 3 WHERE person_id = $1 AND months = 6`, [p.id]);
    const coach = await signedIn(team.coach.email);
    const alerts = await coach.gql<{ alerts: Array<{ kind: string; personId: string; followUpId: string; days: number }> }>(
      `{ alerts { kind personId followUpId days } }`,
    );
    expect(alerts.data?.alerts.filter((a) => a.kind === 'FOLLOW_UP_DUE')).toEqual([expect.objectContaining({ personId: p.id, days: 3 })]);

    const service = t.app.get(NotificationService);
    const now = new Date();
    await service.plan(now);
    await service.plan(now);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE' AND recipient_user_id = $1 AND channel = 'IN_APP'`,
      [team.coach.id],
    );
    expect(n).toBe(1);
  });
});

describe('monthly results reminder', () => {
  it('asks the entrepreneur each week for last month’s sales until she records them, in her language', async () => {
    const team = await makeTeam(t.dataSource);
    await t.dataSource.query(`UPDATE app_user SET locale = 'ar' WHERE id = $1`, [team.entrepreneur.id]);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const fatima = await apiCreatePerson(lead);
    await apiEnrol(lead, fatima.id, program.id, [team.coach.id]);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, fatima.id]);
    const created = await lead.gql<{ createVenture: { id: string } }>(
      `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`,
      {
        i: { ownerPersonId: fatima.id, programId: program.id, title: 'Couscous Tifawin' },
      },
    );
    const ventureId = created.data!.createVenture.id;
    const idea = await lead.gql<{ createVenture: { id: string } }>(
      `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`,
      {
        i: { ownerPersonId: fatima.id, programId: program.id, title: 'Idée seulement' },
      },
    );
    expect(idea.errors).toBeUndefined();
    await t.dataSource.query(`UPDATE venture SET stage = 'OPERATING' WHERE id = $1`, [ventureId]);

    const service = t.app.get(NotificationService);
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM notification WHERE kind = 'RESULTS_DUE' AND recipient_user_id = $1 AND channel = 'IN_APP'`,
          [team.entrepreneur.id],
        )
      )[0].n as number;
    const week1 = new Date('2026-04-02T09:00:00Z');
    expect(resultsPeriod(week1)).toEqual({ periodStart: '2026-03-01', week: 0 });
    await service.plan(week1);
    await service.plan(new Date('2026-04-05T09:00:00Z'));
    expect(await count()).toBe(1); // once for the selling venture, not the idea, and once per week
    await service.plan(new Date('2026-04-09T09:00:00Z'));
    expect(await count()).toBe(2);
    await service.dispatch(new Date('2026-04-09T09:00:00Z'));
    const entrepreneur = await signedIn(team.entrepreneur.email);
    const mine = await entrepreneur.gql<{ myNotifications: Array<{ kind: string; body: string }> }>(`{ myNotifications { kind body } }`);
    expect(mine.data?.myNotifications[0]).toMatchObject({ kind: 'RESULTS_DUE' });
    expect(mine.data?.myNotifications[0].body).toContain('Couscous Tifawin');
    expect(mine.data?.myNotifications[0].body).toMatch(/^كم بعتِ/);

    // She answers: no more reminders for March.
    const rec = await entrepreneur.gql(`mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { id } }`, {
      i: { ventureId, periodKind: 'MONTH', periodStart: '2026-03-01', revenue: 1500 },
    });
    expect(rec.errors).toBeUndefined();
    await service.plan(new Date('2026-04-16T09:00:00Z'));
    expect(await count()).toBe(2);
    // A new month asks again.
    await service.plan(new Date('2026-05-01T09:00:00Z'));
    expect(await count()).toBe(3);
  });
});
