import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
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

const CREATE = `mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id version name members { role person { id firstName } } } }`;

describe('cooperatives', () => {
  it('a lead creates a cooperative with three members in one transaction; members show on the person', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const [a, b, c] = [await apiCreatePerson(lead), await apiCreatePerson(lead), await apiCreatePerson(lead)];
    const res = await lead.gql<{ createCooperative: { id: string; members: Array<{ role: string; person: { id: string } }> } }>(CREATE, {
      i: {
        name: 'Coopérative Tifawin Argan',
        nameAr: 'تعاونية تيفاوين للأركان',
        regionCode: 'MA-09',
        provinceCode: 'MA-09-TAR',
        registrationNumber: 'RC-2019-114',
        members: [
          { personId: a.id, role: 'PRESIDENT', since: '2019-03-01' },
          { personId: b.id, role: 'TREASURER' },
          { personId: c.id },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createCooperative.members.map((m) => m.role).sort()).toEqual(['MEMBER', 'PRESIDENT', 'TREASURER']);
    const person = await lead.gql<{ person: { memberships: Array<{ role: string; cooperative: { name: string } }> } }>(
      `query($id: ID!) { person(id: $id) { memberships { role cooperative { name } } } }`,
      { id: a.id },
    );
    expect(person.data?.person.memberships).toEqual([{ role: 'PRESIDENT', cooperative: { name: 'Coopérative Tifawin Argan' } }]);
    const found = await lead.gql<{ cooperatives: { totalCount: number } }>(`{ cooperatives(filter: { search: "تيفاوين" }) { totalCount } }`);
    expect(found.data?.cooperatives.totalCount).toBe(1);
  });

  it('refuses a bad member list or a duplicate registration number, and writes nothing', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const p = await apiCreatePerson(lead);
    await lead.gql(CREATE, { i: { name: 'First', regionCode: 'MA-09', registrationNumber: 'RC-1' } });
    const dupReg = await lead.gql(CREATE, { i: { name: 'Second', regionCode: 'MA-09', registrationNumber: 'RC-1' } });
    expect(dupReg.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registrationNumber', reason: 'DUPLICATE' });
    const twice = await lead.gql(CREATE, { i: { name: 'Third', regionCode: 'MA-09', members: [{ personId: p.id }, { personId: p.id }] } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members', reason: 'DUPLICATE' });
    const badProvince = await lead.gql(CREATE, { i: { name: 'Fourth', regionCode: 'MA-01', provinceCode: 'MA-09-TAR' } });
    expect(badProvince.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM cooperative WHERE organization_id = $1`, [team.org.id]);
    expect(count).toBe(1);
  });

  it('a coach sees the cooperatives of her assignees only; the entrepreneur her own with only herself visible; another organisation nothing', async () => {
    const team = await makeTeam(t.dataSource);
    const other = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const mine = await apiCreatePerson(lead, { firstName: 'Assigned' });
    const colleague = await apiCreatePerson(lead, { firstName: 'Colleague' });
    await apiEnrol(lead, mine.id, program.id, [team.coach.id]);
    await apiEnrol(lead, colleague.id, program.id, []);
    const withMine = await lead.gql<{ createCooperative: { id: string } }>(CREATE, {
      i: { name: 'With assignee', regionCode: 'MA-09', members: [{ personId: mine.id }, { personId: colleague.id }] },
    });
    const without = await lead.gql<{ createCooperative: { id: string } }>(CREATE, { i: { name: 'Without', regionCode: 'MA-09', members: [{ personId: colleague.id }] } });
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, mine.id]);

    const coach = await signedIn(team.coach.email);
    const list = await coach.gql<{ cooperatives: { totalCount: number; edges: Array<{ node: { id: string; members: Array<{ person: { id: string } | null }> } }> } }>(
      `{ cooperatives { totalCount edges { node { id members { person { id } } } } } }`,
    );
    expect(list.data?.cooperatives.totalCount).toBe(1);
    expect(list.data?.cooperatives.edges[0].node.id).toBe(withMine.data?.createCooperative.id);
    // She sees her assignee among the members; the other member is hidden (null), not revealed.
    expect(list.data?.cooperatives.edges[0].node.members.map((m) => m.person?.id ?? null).sort()).toEqual([mine.id, null].sort());
    expect(codeOf(await coach.gql(`query($id: ID!) { cooperative(id: $id) { id } }`, { id: without.data?.createCooperative.id }))).toBe('NOT_FOUND');

    const entrepreneur = await signedIn(team.entrepreneur.email);
    const own = await entrepreneur.gql<{ cooperatives: { totalCount: number } }>(`{ cooperatives { totalCount } }`);
    expect(own.data?.cooperatives.totalCount).toBe(1);
    expect(codeOf(await entrepreneur.gql(`mutation { createCooperative(input: { name: "X", regionCode: "MA-01" }) { id } }`))).toBe('FORBIDDEN');

    const stranger = await signedIn(other.admin.email);
    expect((await stranger.gql<{ cooperatives: { totalCount: number } }>(`{ cooperatives { totalCount } }`)).data?.cooperatives.totalCount).toBe(0);
    expect(codeOf(await stranger.gql(`query($id: ID!) { cooperative(id: $id) { id } }`, { id: withMine.data?.createCooperative.id }))).toBe('NOT_FOUND');
  });

  it('concurrent edits: one wins, the other gets CONFLICT; ending a membership keeps it in the history', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const p = await apiCreatePerson(lead);
    const created = await lead.gql<{ createCooperative: { id: string; version: number } }>(CREATE, { i: { name: 'Coop', regionCode: 'MA-09', members: [{ personId: p.id }] } });
    const { id, version } = created.data!.createCooperative;
    const edits = await Promise.all(
      ['A', 'B', 'C'].map((n) => lead.gql(`mutation($i: UpdateCooperativeInput!) { updateCooperative(input: $i) { name } }`, { i: { id, version, name: `Coop ${n}` } })),
    );
    expect(edits.filter((r) => !r.errors).length).toBe(1);
    expect(edits.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);

    const [member] = await t.dataSource.query(`SELECT id FROM cooperative_member WHERE cooperative_id = $1`, [id]);
    const ended = await lead.gql<{ endCooperativeMembership: { until: string } }>(`mutation($m: ID!) { endCooperativeMembership(memberId: $m, until: "2026-01-31") { until } }`, { m: member.id });
    expect(ended.data?.endCooperativeMembership.until).toBe('2026-01-31');
    const coop = await lead.gql<{ cooperative: { members: unknown[] } }>(`query($id: ID!) { cooperative(id: $id) { members { id } } }`, { id });
    expect(coop.data?.cooperative.members).toEqual([]);
    const person = await lead.gql<{ person: { memberships: Array<{ until: string }> } }>(`query($id: ID!) { person(id: $id) { memberships { until } } }`, { id: p.id });
    expect(person.data?.person.memberships).toEqual([{ until: '2026-01-31' }]);
  });

  it('lists cooperatives with their members in a constant number of SQL statements', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const q = `{ cooperatives(first: 50) { edges { node { name region { nameFr } members { role person { firstName } cooperative { name } } } } } }`;
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const p = await apiCreatePerson(lead);
        await lead.gql(CREATE, { i: { name: `Coop ${Math.random()}`, regionCode: 'MA-07', members: [{ personId: p.id, role: 'PRESIDENT' }] } });
      }
    };
    await make(2);
    const small = Number((await lead.gql(q)).headers.get('x-sql-statements'));
    await make(8);
    const large = Number((await lead.gql(q)).headers.get('x-sql-statements'));
    expect(large).toBe(small);
  });
});

describe('coaches and enrolment history', () => {
  it('lists coaches for staff, lets a coach edit her own profile only, and keeps the status history of an enrolment', async () => {
    const team = await makeTeam(t.dataSource);
    const coach2 = await makeUser(t.dataSource, team.org, Role.COACH);
    const lead = await signedIn(team.lead.email);
    const coaches = await lead.gql<{ coaches: Array<{ id: string }> }>(`{ coaches { id } }`);
    expect(coaches.data?.coaches.map((c) => c.id).sort()).toEqual([team.coach.id, coach2.id].sort());
    expect(codeOf(await (await signedIn(team.entrepreneur.email)).gql(`{ coaches { id } }`))).toBe('FORBIDDEN');

    const coach = await signedIn(team.coach.email);
    const saved = await coach.gql<{ saveCoachProfile: { languages: string[]; weeklyCapacityHours: number; version: number } }>(
      `mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { languages weeklyCapacityHours version } }`,
      { i: { userId: team.coach.id, languages: ['ar', 'FR', 'tzm'], regionCodes: ['MA-09'], weeklyCapacityHours: 20 } },
    );
    expect(saved.data?.saveCoachProfile).toEqual({ languages: ['ar', 'fr', 'tzm'], weeklyCapacityHours: 20, version: 1 });
    expect(codeOf(await coach.gql(`mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { version } }`, { i: { userId: coach2.id, bio: 'x' } }))).toBe('FORBIDDEN');
    const bad = await coach.gql(`mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { version } }`, { i: { userId: team.coach.id, version: 1, weeklyCapacityHours: 500 } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weeklyCapacityHours' });

    // Provinces must lie in the chosen regions; dropping a region drops its provinces.
    const SAVE = `mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { regionCodes provinceCodes version } }`;
    const outside = await coach.gql(SAVE, { i: { userId: team.coach.id, version: 1, provinceCodes: ['MA-01-TNG'] } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCodes', reason: 'INVALID_VALUE' });
    const withProvinces = await coach.gql<{ saveCoachProfile: { regionCodes: string[]; provinceCodes: string[]; version: number } }>(SAVE, {
      i: { userId: team.coach.id, version: 1, regionCodes: ['MA-09', 'MA-01'], provinceCodes: ['MA-09-TAR', 'MA-01-TNG'] },
    });
    expect(withProvinces.data?.saveCoachProfile).toEqual({ regionCodes: ['MA-09', 'MA-01'], provinceCodes: ['MA-09-TAR', 'MA-01-TNG'], version: 2 });
    const narrowed = await coach.gql<{ saveCoachProfile: { regionCodes: string[]; provinceCodes: string[]; version: number } }>(SAVE, {
      i: { userId: team.coach.id, version: 2, regionCodes: ['MA-09'] },
    });
    expect(narrowed.data?.saveCoachProfile).toEqual({ regionCodes: ['MA-09'], provinceCodes: ['MA-09-TAR'], version: 3 });

    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead);
    const enrolment = await apiEnrol(lead, p.id, program.id, [team.coach.id], 'SELECTED');
    const noReason = await lead.gql(`mutation($i: UpdateEnrolmentInput!) { updateEnrolment(input: $i) { status } }`, { i: { id: enrolment.id, version: enrolment.version, status: 'DROPPED_OUT' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dropoutReason', reason: 'REQUIRED' });
    await lead.gql(`mutation($i: UpdateEnrolmentInput!) { updateEnrolment(input: $i) { status } }`, { i: { id: enrolment.id, version: enrolment.version, status: 'ACTIVE' } });
    const history = await lead.gql<{ person: { enrolments: Array<{ status: string; coaches: Array<{ id: string; coachProfile: { weeklyCapacityHours: number } }>; statusHistory: Array<{ fromStatus: string | null; toStatus: string }> }> } }>(
      `query($id: ID!) { person(id: $id) { enrolments { status coaches { id coachProfile { weeklyCapacityHours } } statusHistory { fromStatus toStatus } } } }`,
      { id: p.id },
    );
    const e = history.data?.person.enrolments[0];
    expect(e?.status).toBe('ACTIVE');
    expect(e?.statusHistory).toEqual([
      { fromStatus: null, toStatus: 'SELECTED' },
      { fromStatus: 'SELECTED', toStatus: 'ACTIVE' },
    ]);
    expect(e?.coaches).toEqual([{ id: team.coach.id, coachProfile: { weeklyCapacityHours: 20 } }]);
  });
});
