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

describe('programmes and cohorts', () => {
  it('a lead creates a programme (she leads it), a cohort and targets; another lead reads it but cannot change it', async () => {
    const team = await makeTeam(t.dataSource);
    const otherLead = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead, 'Femmes rurales 2027');
    const cohort = await lead.gql<{ createCohort: { id: string; version: number } }>(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id version } }`,
      {
        i: { programId: program.id, name: 'Cohorte 1', startsOn: '2027-01-10', endsOn: '2027-12-20' },
      },
    );
    expect(cohort.errors).toBeUndefined();
    const targets = await lead.gql<{ setProgramTargets: { targets: Array<{ indicator: string; targetValue: number }> } }>(
      `mutation($i: SetProgramTargetsInput!) { setProgramTargets(input: $i) { targets { indicator targetValue } } }`,
      {
        i: {
          programId: program.id,
          targets: [
            { indicator: 'WOMEN', value: 50 },
            { indicator: 'VENTURES_OPERATING_SHARE', value: 0.3, dueOn: '2027-12-31' },
          ],
        },
      },
    );
    expect(targets.errors).toBeUndefined();
    expect(targets.data?.setProgramTargets.targets).toEqual([
      { indicator: 'VENTURES_OPERATING_SHARE', targetValue: 0.3 },
      { indicator: 'WOMEN', targetValue: 50 },
    ]);
    const badShare = await lead.gql(`mutation($i: SetProgramTargetsInput!) { setProgramTargets(input: $i) { id } }`, {
      i: { programId: program.id, targets: [{ indicator: 'WOMEN_SHARE', value: 48 }] },
    });
    expect(badShare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targets.0.value' });

    const read = await lead.gql<{ program: { leads: Array<{ id: string }>; cohorts: Array<{ name: string }> } }>(
      `query($id: ID!) { program(id: $id) { leads { id } cohorts { name } } }`,
      { id: program.id },
    );
    expect(read.data?.program).toEqual({ leads: [{ id: team.lead.id }], cohorts: [{ name: 'Cohorte 1' }] });

    const other = await signedIn(otherLead.email);
    expect((await other.gql(`query($id: ID!) { program(id: $id) { name } }`, { id: program.id })).data).toEqual({
      program: { name: 'Femmes rurales 2027' },
    });
    for (const [q, v] of [
      [
        `mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }`,
        { i: { id: program.id, version: program.version, name: 'Hijack' } },
      ],
      [`mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, { i: { programId: program.id, name: 'X' } }],
      [`mutation($i: SetProgramTargetsInput!) { setProgramTargets(input: $i) { id } }`, { i: { programId: program.id, targets: [] } }],
    ] as const) {
      expect(codeOf(await other.gql(q, v))).toBe('FORBIDDEN');
    }
    const [{ name }] = await t.dataSource.query(`SELECT name FROM program WHERE id = $1`, [program.id]);
    expect(name).toBe('Femmes rurales 2027');
  });

  it('updates with optimistic locking; cohorts can be renamed and archived; dates must be in order', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const update = (name: string) =>
      lead.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { name version } }`, {
        i: { id: program.id, version: program.version, name },
      });
    const results = await Promise.all([update('A'), update('B')]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    const badDates = await lead.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }`, {
      i: { id: program.id, version: program.version + 1, startsOn: '2027-05-01', endsOn: '2027-01-01' },
    });
    expect(badDates.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });

    const cohort = (
      await lead.gql<{ createCohort: { id: string; version: number } }>(
        `mutation { createCohort(input: { programId: "${program.id}", name: "C1" }) { id version } }`,
      )
    ).data!.createCohort;
    const renamed = await lead.gql<{ updateCohort: { name: string } }>(
      `mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { name } }`,
      { i: { id: cohort.id, version: cohort.version, name: 'C1 bis' } },
    );
    expect(renamed.data?.updateCohort.name).toBe('C1 bis');
    expect(
      codeOf(
        await lead.gql(`mutation($i: UpdateCohortInput!) { updateCohort(input: $i) { name } }`, {
          i: { id: cohort.id, version: cohort.version, name: 'stale' },
        }),
      ),
    ).toBe('CONFLICT');
    const archived = await lead.gql<{ archiveCohort: { archivedAt: string } }>(
      `mutation($i: ArchiveInput!) { archiveCohort(input: $i) { archivedAt } }`,
      { i: { id: cohort.id, version: cohort.version + 1 } },
    );
    expect(archived.data?.archiveCohort.archivedAt).toBeTruthy();
  });

  it('filters people by enrolment status and province', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const active = await apiCreatePerson(lead, { provinceCode: 'MA-09-TAR' });
    const applied = await apiCreatePerson(lead);
    await apiEnrol(lead, active.id, program.id, [], 'ACTIVE');
    await apiEnrol(lead, applied.id, program.id, [], 'APPLIED');
    const ids = async (filter: Record<string, unknown>) =>
      (
        await lead.gql<{ people: { edges: Array<{ node: { id: string } }> } }>(
          `query($f: PersonFilter) { people(filter: $f) { edges { node { id } } } }`,
          { f: filter },
        )
      ).data?.people.edges.map((e) => e.node.id);
    expect(await ids({ programId: program.id, status: 'ACTIVE' })).toEqual([active.id]);
    expect(await ids({ provinceCode: 'MA-09-TAR' })).toEqual([active.id]);
    expect(
      codeOf(
        await lead.gql(
          `mutation { createPerson(input: { firstName: "A", lastName: "B", gender: F, regionCode: "MA-01", provinceCode: "MA-09-TAR" }) { id } }`,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('programme partners', () => {
  it('a lead sets her programme’s partners (active, of her organisation only); others read them; nothing else changes on a refusal', async () => {
    const team = await makeTeam(t.dataSource);
    const stranger = await makeTeam(t.dataSource);
    const lead = t.client();
    await lead.login(team.lead.email, TEST_PASSWORD);
    const partner = async (c: ReturnType<TestApp['client']>, name: string) =>
      (
        await c.gql<{ createPartner: { id: string } }>(
          `mutation($n: String!) { createPartner(input: { name: $n, kind: FUNDER }) { id } }`,
          { n: name },
        )
      ).data!.createPartner.id;
    const funder = await partner(lead, 'Fondation Drosos');
    const bank = await partner(lead, 'Al Amana Microfinance');
    const strangerLead = t.client();
    await strangerLead.login(stranger.lead.email, TEST_PASSWORD);
    const foreign = await partner(strangerLead, 'Ailleurs');

    const created = await lead.gql<{ createProgram: { id: string; version: number; partners: Array<{ id: string }> } }>(
      `mutation($i: CreateProgramInput!) { createProgram(input: $i) { id version partners { id } } }`,
      { i: { name: 'Tamkine', partnerIds: [funder] } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProgram.partners).toEqual([{ id: funder }]);
    const program = created.data!.createProgram;

    const refused = await lead.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }`, {
      i: { id: program.id, version: program.version, name: 'Renamed', partnerIds: [bank, foreign] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerIds' });
    const unchanged = await lead.gql<{ program: { name: string; partners: Array<{ id: string }> } }>(
      `query($id: ID!) { program(id: $id) { name partners { id } } }`,
      { id: program.id },
    );
    expect(unchanged.data?.program).toEqual({ name: 'Tamkine', partners: [{ id: funder }] });

    const updated = await lead.gql<{ updateProgram: { partners: Array<{ id: string }> } }>(
      `mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { partners { id } } }`,
      {
        i: { id: program.id, version: program.version, partnerIds: [bank, funder] },
      },
    );
    expect(updated.data?.updateProgram.partners.map((p) => p.id).sort()).toEqual([bank, funder].sort());
    const coach = t.client();
    await coach.login(team.coach.email, TEST_PASSWORD);
    const read = await coach.gql<{ program: { partners: Array<{ id: string }> } }>(
      `query($id: ID!) { program(id: $id) { partners { id } } }`,
      { id: program.id },
    );
    expect(read.data?.program.partners).toHaveLength(2);
    // Another organisation does not see the programme at all.
    expect(
      (await strangerLead.gql(`query($id: ID!) { program(id: $id) { partners { id } } }`, { id: program.id })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
