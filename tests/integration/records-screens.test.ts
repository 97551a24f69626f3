import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

// The API added for the records screens: enrolling several people at once, the programme leads to
// choose from, and a coach's current load.

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

const ENROL_PEOPLE = `mutation($i: EnrolPeopleInput!) { enrolPeople(input: $i) { id personId status cohort { id } coaches { id } } }`;

describe('enrolPeople', () => {
  it('enrols several people in one programme and cohort with their coach, skipping those already enrolled', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const cohort = (
      await lead.gql<{ createCohort: { id: string } }>(
        `mutation { createCohort(input: { programId: "${program.id}", name: "C1" }) { id } }`,
      )
    ).data!.createCohort;
    const [a, b, c] = await Promise.all([apiCreatePerson(lead), apiCreatePerson(lead), apiCreatePerson(lead)]);
    await apiEnrol(lead, a.id, program.id);

    const res = await lead.gql<{
      enrolPeople: Array<{ personId: string; status: string; cohort: { id: string }; coaches: Array<{ id: string }> }>;
    }>(ENROL_PEOPLE, {
      i: { personIds: [a.id, b.id, c.id, b.id], programId: program.id, cohortId: cohort.id, status: 'ACTIVE', coachIds: [team.coach.id] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.enrolPeople.map((e) => e.personId).sort()).toEqual([b.id, c.id].sort());
    for (const e of res.data!.enrolPeople)
      expect(e).toMatchObject({ status: 'ACTIVE', cohort: { id: cohort.id }, coaches: [{ id: team.coach.id }] });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM enrolment WHERE program_id = $1`, [program.id]);
    expect(count).toBe(3);
  });

  it('writes nothing when one of the people cannot be enrolled', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const other = await makeTeam(t.dataSource);
    const stranger = await apiCreatePerson(await signedIn(other.lead.email));
    const mine = await apiCreatePerson(lead);
    const res = await lead.gql(ENROL_PEOPLE, { i: { personIds: [mine.id, stranger.id], programId: program.id } });
    expect(codeOf(res)).toBe('NOT_FOUND');
    const badCohort = await lead.gql(ENROL_PEOPLE, {
      i: { personIds: [mine.id], programId: program.id, cohortId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(badCohort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cohortId' });
    const empty = await lead.gql(ENROL_PEOPLE, { i: { personIds: [], programId: program.id } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personIds' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM enrolment WHERE program_id = $1`, [program.id]);
    expect(count).toBe(0);
  });

  it('is refused to a lead of another programme, a coach and an entrepreneur', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const person = await apiCreatePerson(lead);
    const otherLead = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    for (const email of [otherLead.email, team.coach.email, team.entrepreneur.email]) {
      const c = await signedIn(email);
      expect(codeOf(await c.gql(ENROL_PEOPLE, { i: { personIds: [person.id], programId: program.id } }))).toBe('FORBIDDEN');
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM enrolment WHERE program_id = $1`, [program.id]);
    expect(count).toBe(0);
  });
});

describe('programLeads and a coach load', () => {
  it('lists the organisation active programme leads to admins and leads only', async () => {
    const team = await makeTeam(t.dataSource);
    const second = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    await makeTeam(t.dataSource); // another organisation's lead never shows
    for (const email of [team.admin.email, team.lead.email]) {
      const res = await (await signedIn(email)).gql<{ programLeads: Array<{ id: string }> }>(`{ programLeads { id } }`);
      expect(res.data!.programLeads.map((u) => u.id).sort()).toEqual([team.lead.id, second.id].sort());
    }
    for (const email of [team.coach.email, team.entrepreneur.email]) {
      expect(codeOf(await (await signedIn(email)).gql(`{ programLeads { id } }`))).toBe('FORBIDDEN');
    }
  });

  it('counts the people a coach accompanies now (active enrolments), shown to staff; a coach sees only her own', async () => {
    const team = await makeTeam(t.dataSource);
    const otherCoach = await makeUser(t.dataSource, team.org, Role.COACH);
    const lead = await signedIn(team.lead.email);
    const [p1, p2] = await Promise.all([apiCreatePerson(lead), apiCreatePerson(lead), apiCreatePerson(lead)]);
    const programA = await apiCreateProgram(lead);
    const programB = await apiCreateProgram(lead);
    await apiEnrol(lead, p1.id, programA.id, [team.coach.id]);
    await apiEnrol(lead, p1.id, programB.id, [team.coach.id]); // the same person twice counts once
    await apiEnrol(lead, p2.id, programA.id, [team.coach.id], 'APPLIED'); // not active yet
    await apiEnrol(lead, p2.id, programB.id, [otherCoach.id]);

    const load = async (email: string) => {
      const res = await (
        await signedIn(email)
      ).gql<{ coaches: Array<{ id: string; activeAssignees: number | null }> }>(`{ coaches { id activeAssignees } }`);
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(res.data!.coaches.map((c) => [c.id, c.activeAssignees]));
    };
    expect(await load(team.admin.email)).toEqual({ [team.coach.id]: 1, [otherCoach.id]: 1 });
    expect(await load(team.lead.email)).toEqual({ [team.coach.id]: 1, [otherCoach.id]: 1 });
    expect(await load(team.coach.email)).toEqual({ [team.coach.id]: 1, [otherCoach.id]: null });
  });

  it('loads the coaches list with their profiles and loads in a constant number of statements', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const query = `{ coaches { id displayName activeAssignees coachProfile { weeklyCapacityHours languages } } }`;
    const count = async () => {
      const res = await admin.gql(query);
      expect(res.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    const before = await count();
    await Promise.all([1, 2, 3, 4].map(() => makeUser(t.dataSource, team.org, Role.COACH)));
    expect(await count()).toBe(before);
  });
});
