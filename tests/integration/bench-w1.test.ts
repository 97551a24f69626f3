import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@rafiq/shared';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

// The benchmark's W1 query (scripts/bench/workloads.mjs): a lead's list of 50 people of one region
// with cooperative, programme and coaches. Its SQL statement count must not grow with the rows.
const W1_QUERY = `query W1($region: String!) {
  people(first: 50, filter: { regionCode: $region }) {
    edges { node { id firstName lastName regionCode
      memberships { role cooperative { id name } }
      enrolments { status program { id name } coaches { id displayName } } } }
  }
}`;

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

describe('benchmark W1 (nested list)', () => {
  it('is the query the benchmark runs', () => {
    const workloads = readFileSync(path.join(__dirname, '../../scripts/bench/workloads.mjs'), 'utf8');
    expect(workloads).toContain(W1_QUERY);
  });

  it('takes the same number of SQL statements for 5 and for 50 people, and shows nothing to a lead of other programmes', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const coop = await lead.gql<{ createCooperative: { id: string } }>(
      `mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id } }`,
      {
        i: { name: 'Coopérative Tifawin', regionCode: 'MA-09' },
      },
    );
    expect(coop.errors).toBeUndefined();
    const cooperativeId = coop.data!.createCooperative.id;
    const addPeople = async (n: number) => {
      for (let i = 0; i < n; i += 5) {
        await Promise.all(
          Array.from({ length: Math.min(5, n - i) }, async () => {
            const person = await apiCreatePerson(lead);
            await apiEnrol(lead, person.id, program.id, [team.coach.id]);
            const member = await lead.gql(`mutation($i: AddMemberInput!) { addCooperativeMember(input: $i) { id } }`, {
              i: { cooperativeId, personId: person.id },
            });
            expect(member.errors).toBeUndefined();
          }),
        );
      }
    };
    const run = async (c = lead) => {
      const res = await c.gql<{
        people: { edges: Array<{ node: { memberships: unknown[]; enrolments: Array<{ coaches: unknown[] }> } }> };
      }>(W1_QUERY, { region: 'MA-09' });
      expect(res.errors).toBeUndefined();
      return { rows: res.data!.people.edges, statements: Number(res.headers.get('x-sql-statements')) };
    };

    await addPeople(5);
    const small = await run();
    expect(small.rows).toHaveLength(5);
    await addPeople(45);
    const large = await run();
    expect(large.rows).toHaveLength(50);
    expect(large.rows.every((r) => r.node.memberships.length === 1 && r.node.enrolments[0].coaches.length === 1)).toBe(true);
    expect(large.statements).toBe(small.statements);
    // Session lookup, the page, enrolments with programme and coaches, memberships with cooperative (P1: at most 4).
    expect(large.statements).toBeLessThanOrEqual(4);
    // The baseline the benchmark checks (scripts/bench/baseline.json counts the same statements).
    const baseline = JSON.parse(readFileSync(path.join(__dirname, '../../scripts/bench/baseline.json'), 'utf8')) as {
      sqlPerRequest: Record<string, number>;
    };
    expect(large.statements).toBeLessThanOrEqual(baseline.sqlPerRequest['W1 nested list']);

    // A lead of other programmes sees none of them.
    const otherLead = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    expect((await run(await signedIn(otherLead.email))).rows).toHaveLength(0);
  });
});
