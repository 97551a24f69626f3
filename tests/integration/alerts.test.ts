import { codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
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

describe("alerts on the coach's home", () => {
  it('stalled ventures (per programme threshold), overdue actions and people without a session in 30 days — only her portfolio', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const mine = await apiCreatePerson(lead, { firstName: 'Mine' });
    const notMine = await apiCreatePerson(lead, { firstName: 'NotMine' });
    await apiEnrol(lead, mine.id, program.id, [team.coach.id]);
    await apiEnrol(lead, notMine.id, program.id, []);
    const create = async (ownerPersonId: string, title: string) =>
      (await lead.gql<{ createVenture: { id: string } }>(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, { i: { ownerPersonId, programId: program.id, title } })).data!.createVenture.id;
    const stalled = await create(mine.id, 'Stalled');
    const fresh = await create(mine.id, 'Fresh');
    await create(notMine.id, 'Other');
    await t.dataSource.query(`UPDATE venture SET stage_since = now() - interval '40 days' WHERE id = $1`, [stalled]);
    await t.dataSource.query(`UPDATE venture SET stage_since = now() - interval '10 days' WHERE id = $1`, [fresh]);
    const programRow: Array<{ version: number }> = await t.dataSource.query(`SELECT version FROM program WHERE id = $1`, [program.id]);
    const updated = await lead.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { stallAfterDays } }`, { i: { id: program.id, version: programRow[0].version, stallAfterDays: 30 } });
    expect(updated.data).toEqual({ updateProgram: { stallAfterDays: 30 } });
    await t.dataSource.query(
      `INSERT INTO action_item (organization_id, venture_id, title, owner_kind, due_on) VALUES ($1, $2, 'Étiquettes', 'ENTREPRENEUR', CURRENT_DATE - 5)`,
      [team.org.id, fresh],
    );

    const coach = await signedIn(team.coach.email);
    const res = await coach.gql<{ alerts: Array<{ kind: string; label: string; days: number }> }>(`{ alerts { kind label days ventureId personId actionItemId } }`);
    expect(res.errors).toBeUndefined();
    const summary = res.data!.alerts.map((a) => [a.kind, a.label]).sort();
    expect(summary).toEqual(
      [
        ['NO_RECENT_SESSION', expect.stringContaining('Mine')],
        ['OVERDUE_ACTION', 'Étiquettes'],
        ['STALLED_VENTURE', 'Stalled'],
      ].sort(),
    );
    expect(res.data!.alerts.find((a) => a.kind === 'STALLED_VENTURE')?.days).toBeGreaterThanOrEqual(40);
    expect(res.data!.alerts.find((a) => a.kind === 'OVERDUE_ACTION')?.days).toBe(5);
    expect(codeOf(await (await signedIn(team.entrepreneur.email)).gql(`{ alerts { kind } }`))).toBe('FORBIDDEN');
    const other = await makeTeam(t.dataSource);
    expect((await (await signedIn(other.admin.email)).gql<{ alerts: unknown[] }>(`{ alerts { kind } }`)).data?.alerts).toEqual([]);
  });
});
