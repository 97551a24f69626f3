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

type Client = Awaited<ReturnType<typeof signedIn>>;

async function createVenture(c: Client, fields: Record<string, unknown>) {
  const res = await c.gql<{ createVenture: { id: string; version: number; stage: string; regionCode: string } }>(
    `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id version stage regionCode } }`,
    { i: { title: 'Huile d’argan', ...fields } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createVenture;
}

const MOVE = `mutation($i: MoveVentureStageInput!) { moveVentureStage(input: $i) { id version stage daysInStage stageHistory { fromStage toStage changedOn note evidence justification criteriaMet } } }`;
type Moved = { moveVentureStage: { version: number; stage: string; stageHistory: Array<{ fromStage: string | null; toStage: string; justification: string | null; criteriaMet: string[] }> } };

describe('ventures and their journey', () => {
  it('moves forward with the checklist, asks for a justification when a criterion is unmet, and records moves back', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const person = await apiCreatePerson(lead);
    const v = await createVenture(lead, { ownerPersonId: person.id, programId: program.id });
    expect(v).toMatchObject({ stage: 'IDEA', regionCode: 'MA-09' });
    const crit = await lead.gql<{ setStageCriteria: Array<{ id: string }> }>(
      `mutation($i: SetStageCriteriaInput!) { setStageCriteria(input: $i) { id labelFr } }`,
      { i: { programId: program.id, stage: 'VALIDATION', criteria: [{ labelFr: 'Diagnostic de base fait', labelAr: 'تم التشخيص الأولي' }, { labelFr: 'Étude de marché' }] } },
    );
    const [c1, c2] = crit.data!.setStageCriteria.map((c) => c.id);

    const unmet = await lead.gql(MOVE, { i: { ventureId: v.id, version: v.version, toStage: 'VALIDATION', criteriaMet: [c1] } });
    expect(unmet.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'justification', reason: 'REQUIRED' });
    const justified = await lead.gql<Moved>(MOVE, { i: { ventureId: v.id, version: v.version, toStage: 'VALIDATION', criteriaMet: [c1], justification: 'Étude faite oralement', note: 'Bon départ' } });
    expect(justified.errors).toBeUndefined();
    const full = await lead.gql<Moved>(MOVE, { i: { ventureId: v.id, version: justified.data!.moveVentureStage.version, toStage: 'STRUCTURING', evidence: 'plan.pdf' } });
    const back = await lead.gql<Moved>(MOVE, { i: { ventureId: v.id, version: full.data!.moveVentureStage.version, toStage: 'VALIDATION', note: 'Plan à revoir' } });
    expect(back.data?.moveVentureStage.stage).toBe('VALIDATION');
    expect(back.data?.moveVentureStage.stageHistory.map((h) => [h.fromStage, h.toStage])).toEqual([
      [null, 'IDEA'],
      ['IDEA', 'VALIDATION'],
      ['VALIDATION', 'STRUCTURING'],
      ['STRUCTURING', 'VALIDATION'],
    ]);
    expect(back.data?.moveVentureStage.stageHistory[1]).toMatchObject({ justification: 'Étude faite oralement', criteriaMet: [c1] });
    expect(c2).toBeDefined();
    // Stale version, same stage, future date: refused, nothing written.
    expect(codeOf(await lead.gql(MOVE, { i: { ventureId: v.id, version: 1, toStage: 'LAUNCH' } }))).toBe('CONFLICT');
    expect((await lead.gql(MOVE, { i: { ventureId: v.id, version: 5, toStage: 'VALIDATION' } })).errors?.[0].extensions?.field).toBe('toStage');
    expect((await lead.gql(MOVE, { i: { ventureId: v.id, version: 5, toStage: 'LAUNCH', changedOn: '2999-01-01' } })).errors?.[0].extensions?.field).toBe('changedOn');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM venture_stage_change WHERE venture_id = $1`, [v.id]);
    expect(count).toBe(4);
  });

  it('computes the funnel: in each stage, reached, conversion and median days', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const ventures = [];
    for (let i = 0; i < 4; i++) ventures.push(await createVenture(lead, { ownerPersonId: (await apiCreatePerson(lead)).id, programId: program.id }));
    // Two reach VALIDATION after 10 and 20 days in IDEA; one of them reaches STRUCTURING.
    await t.dataSource.query(`UPDATE venture_stage_change SET changed_on = '2026-01-01' WHERE venture_id = ANY($1)`, [ventures.map((v) => v.id)]);
    let a = await lead.gql<Moved>(MOVE, { i: { ventureId: ventures[0].id, version: ventures[0].version, toStage: 'VALIDATION', changedOn: '2026-01-11' } });
    await lead.gql<Moved>(MOVE, { i: { ventureId: ventures[1].id, version: ventures[1].version, toStage: 'VALIDATION', changedOn: '2026-01-21' } });
    a = await lead.gql<Moved>(MOVE, { i: { ventureId: ventures[0].id, version: a.data!.moveVentureStage.version, toStage: 'STRUCTURING', changedOn: '2026-02-10' } });
    expect(a.errors).toBeUndefined();
    const funnel = await lead.gql<{ ventureFunnel: Array<{ stage: string; current: number; reached: number; conversion: number | null; medianDays: number | null }> }>(
      `query($f: VentureFilter) { ventureFunnel(filter: $f) { stage current reached conversion medianDays } }`,
      { f: { programId: program.id } },
    );
    expect(funnel.data?.ventureFunnel.slice(0, 4)).toEqual([
      { stage: 'IDEA', current: 2, reached: 4, conversion: null, medianDays: 15 },
      { stage: 'VALIDATION', current: 1, reached: 2, conversion: 0.5, medianDays: 30 },
      { stage: 'STRUCTURING', current: 1, reached: 1, conversion: 0.5, medianDays: null },
      { stage: 'LAUNCH', current: 0, reached: 0, conversion: 0, medianDays: null },
    ]);
  });

  it('Khadija never sees Fatima’s ventures; each sees her own in myJourney; coaches see their assignees’ ventures', async () => {
    const team = await makeTeam(t.dataSource);
    const khadijaUser = await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const fatima = await apiCreatePerson(lead, { firstName: 'Fatima' });
    const khadija = await apiCreatePerson(lead, { firstName: 'Khadija' });
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, fatima.id]);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [khadijaUser.id, khadija.id]);
    await apiEnrol(lead, fatima.id, program.id, [team.coach.id]);
    const fv = await createVenture(lead, { ownerPersonId: fatima.id, title: 'Couscous Fatima' });
    const kv = await createVenture(lead, { ownerPersonId: khadija.id, title: 'Tapis Khadija' });

    const asFatima = await signedIn(team.entrepreneur.email);
    const asKhadija = await signedIn(khadijaUser.email);
    const journey = await asFatima.gql<{ myJourney: { person: { id: string }; ventures: Array<{ id: string; stage: string; stageHistory: unknown[] }> } }>(
      `{ myJourney { person { id } ventures { id stage stageHistory { toStage } } } }`,
    );
    expect(journey.data?.myJourney.person.id).toBe(fatima.id);
    expect(journey.data?.myJourney.ventures.map((v) => v.id)).toEqual([fv.id]);
    const kJourney = await asKhadija.gql<{ myJourney: { ventures: Array<{ id: string }> } }>(`{ myJourney { ventures { id } } }`);
    expect(kJourney.data?.myJourney.ventures.map((v) => v.id)).toEqual([kv.id]);
    const byId = await asKhadija.gql(`query($id: ID!) { venture(id: $id) { id title } }`, { id: fv.id });
    expect({ code: codeOf(byId), data: byId.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
    expect((await asKhadija.gql<{ ventures: { totalCount: number } }>(`{ ventures { totalCount } }`)).data?.ventures.totalCount).toBe(1);
    expect(codeOf(await asKhadija.gql(MOVE, { i: { ventureId: kv.id, version: kv.version, toStage: 'VALIDATION' } }))).toBe('FORBIDDEN');
    expect(codeOf(await lead.gql(`{ myJourney { ventures { id } } }`))).toBe('FORBIDDEN');
    // Her coach's e-mail reaches her masked; her own in full.
    const people = await asFatima.gql<{ myJourney: { person: { enrolments: Array<{ coaches: Array<{ email: string }> }> } }; me: { email: string } }>(
      `{ me { email } myJourney { person { enrolments { coaches { email } } } } }`,
    );
    expect(people.data?.me.email).toBe(team.entrepreneur.email);
    const coachEmail = people.data?.myJourney.person.enrolments[0].coaches[0].email;
    expect(coachEmail).not.toBe(team.coach.email);
    expect(coachEmail).toMatch(/^c•••@test\.example$/);
    const asLead = await lead.gql<{ coaches: Array<{ email: string }> }>(`{ coaches { email } }`);
    expect(asLead.data?.coaches.map((c) => c.email)).toContain(team.coach.email);

    const coach = await signedIn(team.coach.email);
    const coachList = await coach.gql<{ ventures: { edges: Array<{ node: { id: string } }> } }>(`{ ventures { edges { node { id } } } }`);
    expect(coachList.data?.ventures.edges.map((e) => e.node.id)).toEqual([fv.id]);
    const other = await makeTeam(t.dataSource);
    const stranger = await signedIn(other.admin.email);
    expect(codeOf(await stranger.gql(`query($id: ID!) { venture(id: $id) { id } }`, { id: fv.id }))).toBe('NOT_FOUND');
    expect((await stranger.gql<{ ventureFunnel: Array<{ reached: number }> }>(`{ ventureFunnel { reached } }`)).data?.ventureFunnel[0].reached).toBe(0);
  });

  it('the board (ventures with owner, programme, history) costs a constant number of SQL statements', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const q = `{ ventures(first: 100) { totalCount edges { node { id title stage daysInStage ownerPerson { firstName } ownerCooperative { name } program { name } region { nameFr } stageHistory { toStage } } } } }`;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) await createVenture(lead, { ownerPersonId: (await apiCreatePerson(lead)).id, programId: program.id });
    };
    await add(2);
    const small = Number((await lead.gql(q)).headers.get('x-sql-statements'));
    await add(10);
    const large = Number((await lead.gql(q)).headers.get('x-sql-statements'));
    expect(large).toBe(small);
  });
});
