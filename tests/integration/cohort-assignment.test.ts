import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram } from '../factories/people';
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

type Plan = {
  assignments: Array<{
    enrolmentId: string;
    personId: string;
    coachId: string;
    travel: string;
    person: { id: string } | null;
    coach: { id: string } | null;
  }>;
  unassignedPersonIds: string[];
  loads: Array<{ coachId: string; capacity: number | null; loadBefore: number; loadAfter: number; coach: { displayName: string } | null }>;
};
const PLAN = `assignments { enrolmentId personId coachId travel person { id } coach { id } } unassignedPersonIds loads { coachId capacity loadBefore loadAfter coach { displayName } }`;
const PREVIEW = `query($c: ID!) { cohortAssignmentPreview(cohortId: $c) { ${PLAN} } }`;
const ASSIGN = `mutation($i: AssignCohortCoachesInput!) { assignCohortCoaches(input: $i) { ${PLAN} } }`;

/** A cohort of five in Souss-Massa: three in one province, two in another; two coaches, one per province. */
async function setUp() {
  const team = await makeTeam(t.dataSource);
  const lead = await signedIn(team.lead.email);
  const [p1, p2] = await t.dataSource.query<Array<{ code: string }>>(
    `SELECT code FROM province WHERE region_code = 'MA-09' ORDER BY code LIMIT 2`,
  );
  const near = team.coach;
  const other = await makeUser(t.dataSource, team.org, Role.COACH, { displayName: 'Zineb Other' });
  await t.dataSource.query(
    `INSERT INTO coach_profile (user_id, organization_id, weekly_capacity_hours, province_codes, region_codes) VALUES ($1, $3, 2, $4, '{MA-09}'), ($2, $3, 10, $5, '{MA-09}')`,
    [near.id, other.id, team.org.id, [p1.code], [p2.code]],
  );
  const program = await apiCreateProgram(lead);
  const cohort = await lead.gql<{ createCohort: { id: string } }>(`mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, {
    i: { programId: program.id, name: 'Promo 1' },
  });
  const cohortId = cohort.data!.createCohort.id;
  const inP1: string[] = [];
  const inP2: string[] = [];
  for (let i = 0; i < 5; i++) {
    const province = i < 3 ? p1.code : p2.code;
    const person = await apiCreatePerson(lead, { provinceCode: province });
    const res = await lead.gql(`mutation($i: EnrolPersonInput!) { enrolPerson(input: $i) { id } }`, {
      i: { personId: person.id, programId: program.id, cohortId, status: 'ACTIVE' },
    });
    expect(res.errors).toBeUndefined();
    (i < 3 ? inP1 : inP2).push(person.id);
  }
  return { team, lead, near, other, cohortId, inP1, inP2 };
}

describe('assigning coaches to a whole cohort', () => {
  it('previews a balanced plan (same province first, never beyond capacity), then saves it in one go', async () => {
    const { lead, near, other, cohortId, inP1, inP2 } = await setUp();
    const preview = await lead.gql<{ cohortAssignmentPreview: Plan }>(PREVIEW, { c: cohortId });
    expect(preview.errors).toBeUndefined();
    const plan = preview.data!.cohortAssignmentPreview;
    const by = new Map(plan.assignments.map((a) => [a.personId, a]));
    expect(plan.assignments).toHaveLength(5);
    // Province 2 goes to the other coach, in her province.
    for (const id of inP2) expect(by.get(id)).toMatchObject({ coachId: other.id, travel: 'SAME_PROVINCE' });
    // Province 1: the near coach has two places; the third person goes to the other coach, same region.
    const p1 = inP1.map((id) => by.get(id)!);
    expect(p1.filter((a) => a.coachId === near.id && a.travel === 'SAME_PROVINCE')).toHaveLength(2);
    expect(p1.filter((a) => a.coachId === other.id && a.travel === 'SAME_REGION')).toHaveLength(1);
    expect(plan.loads.find((l) => l.coachId === near.id)).toMatchObject({ capacity: 2, loadBefore: 0, loadAfter: 2 });
    expect(plan.loads.find((l) => l.coachId === other.id)).toMatchObject({
      capacity: 10,
      loadBefore: 0,
      loadAfter: 3,
      coach: { displayName: 'Zineb Other' },
    });
    // Nothing saved by the preview.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM enrolment_coach ec JOIN enrolment e ON e.id = ec.enrolment_id WHERE e.cohort_id = $1`,
      [cohortId],
    );
    expect(n).toBe(0);

    const saved = await lead.gql<{ assignCohortCoaches: Plan }>(ASSIGN, {
      i: { cohortId, assignments: plan.assignments.map((a) => ({ enrolmentId: a.enrolmentId, coachId: a.coachId })) },
    });
    expect(saved.errors).toBeUndefined();
    const rows = await t.dataSource.query(
      `SELECT ec.user_id FROM enrolment_coach ec JOIN enrolment e ON e.id = ec.enrolment_id WHERE e.cohort_id = $1`,
      [cohortId],
    );
    expect(rows).toHaveLength(5);
    // Everyone has a coach now: nothing left to propose; the same plan again is refused and changes nothing.
    expect((await lead.gql<{ cohortAssignmentPreview: Plan }>(PREVIEW, { c: cohortId })).data!.cohortAssignmentPreview.assignments).toEqual(
      [],
    );
    const again = await lead.gql(ASSIGN, {
      i: { cohortId, assignments: plan.assignments.map((a) => ({ enrolmentId: a.enrolmentId, coachId: a.coachId })) },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    // The near coach is now full: a newcomer of her province goes elsewhere.
    const loads = (await lead.gql<{ cohortAssignmentPreview: Plan }>(PREVIEW, { c: cohortId })).data!.cohortAssignmentPreview.loads;
    expect(loads.find((l) => l.coachId === near.id)).toMatchObject({ loadBefore: 2, loadAfter: 2 });
  });

  it('all or nothing: one bad line refuses the whole confirmation', async () => {
    const { lead, cohortId, near } = await setUp();
    const plan = (await lead.gql<{ cohortAssignmentPreview: Plan }>(PREVIEW, { c: cohortId })).data!.cohortAssignmentPreview;
    const lines = plan.assignments.map((a) => ({ enrolmentId: a.enrolmentId, coachId: a.coachId }));
    const bad = await lead.gql(ASSIGN, {
      i: { cohortId, assignments: [...lines, { enrolmentId: lines[0].enrolmentId, coachId: near.id }] },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM enrolment_coach ec JOIN enrolment e ON e.id = ec.enrolment_id WHERE e.cohort_id = $1`,
      [cohortId],
    );
    expect(n).toBe(0);
  });

  it('only admins and the leads of the cohort’s programme may preview or assign', async () => {
    const { team, cohortId } = await setUp();
    const line = { enrolmentId: '00000000-0000-4000-8000-000000000000', coachId: team.coach.id };
    const coach = await signedIn(team.coach.email);
    expect(codeOf(await coach.gql(PREVIEW, { c: cohortId }))).toBe('FORBIDDEN');
    const entrepreneur = await signedIn(team.entrepreneur.email);
    expect(codeOf(await entrepreneur.gql(ASSIGN, { i: { cohortId, assignments: [line] } }))).toBe('FORBIDDEN');
    // A lead of the same organisation who does not lead this programme sees no such cohort.
    const otherLead = await signedIn((await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD)).email);
    expect(codeOf(await otherLead.gql(PREVIEW, { c: cohortId }))).toBe('NOT_FOUND');
    expect(codeOf(await otherLead.gql(ASSIGN, { i: { cohortId, assignments: [line] } }))).toBe('NOT_FOUND');
    // Another organisation's lead and admin neither.
    const stranger = await makeTeam(t.dataSource);
    expect(codeOf(await (await signedIn(stranger.lead.email)).gql(PREVIEW, { c: cohortId }))).toBe('NOT_FOUND');
    expect(codeOf(await (await signedIn(stranger.admin.email)).gql(PREVIEW, { c: cohortId }))).toBe('NOT_FOUND');
    // The organisation's admin may.
    const admin = await signedIn(team.admin.email);
    expect(
      (await admin.gql<{ cohortAssignmentPreview: Plan }>(PREVIEW, { c: cohortId })).data!.cohortAssignmentPreview.assignments,
    ).toHaveLength(5);
  });
});
