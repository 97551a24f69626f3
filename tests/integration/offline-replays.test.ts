import { randomUUID } from 'node:crypto';
import { codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';

/** Field mode (issue 10): a person met on site and recorded offline is created once however often the outbox replays it. */
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

const CREATE = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id firstName } }`;
type Created = { createPerson: { id: string; firstName: string } | null };

function create(c: Client, lastName: string, key: string, firstName = 'Itto') {
  return c.gql<Created>(CREATE, {
    i: {
      firstName,
      lastName,
      gender: 'F',
      regionCode: 'MA-09',
      area: 'RURAL',
      consent: { givenOn: '2025-01-15', channel: 'PAPER', givenBy: 'SELF' },
      idempotencyKey: key,
    },
  });
}

async function countNamed(orgId: string, lastName: string): Promise<number> {
  const [{ count }]: Array<{ count: number }> = await t.dataSource.query(
    `SELECT count(*)::int AS count FROM person WHERE organization_id = $1 AND last_name = $2`,
    [orgId, lastName],
  );
  return count;
}

describe('createPerson with an idempotency key (offline replays)', () => {
  it('replayed five times (three at once): one person, the same id each time; same key with another input is refused', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const key = randomUUID();
    const lastName = `Ouhammou ${key.slice(0, 6)}`;
    const first = await Promise.all([create(lead, lastName, key), create(lead, lastName, key), create(lead, lastName, key)]);
    const later = [await create(lead, lastName, key), await create(lead, lastName, key)];
    const answers = [...first, ...later];
    expect(answers.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect(new Set(answers.map((r) => r.data!.createPerson!.id)).size).toBe(1);
    expect(await countNamed(team.org.id, lastName)).toBe(1);

    const reused = await create(lead, lastName, key, 'Touda');
    expect({ code: codeOf(reused), field: reused.errors?.[0].extensions?.field, reason: reused.errors?.[0].extensions?.reason }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await countNamed(team.org.id, lastName)).toBe(1);
  });

  it("a key is the caller's own: another organisation's lead with the same key gets a person of her own, never the first one", async () => {
    const [a, b] = await Promise.all([makeTeam(t.dataSource), makeTeam(t.dataSource)]);
    const [leadA, leadB] = await Promise.all([signedIn(a.lead.email), signedIn(b.lead.email)]);
    const key = randomUUID();
    const lastName = `Amazigh ${key.slice(0, 6)}`;
    const mine = await create(leadA, lastName, key);
    const theirs = await create(leadB, lastName, key);
    expect(theirs.data!.createPerson!.id).not.toBe(mine.data!.createPerson!.id);
    expect(await countNamed(a.org.id, lastName)).toBe(1);
    expect(await countNamed(b.org.id, lastName)).toBe(1);
    const peek = await leadB.gql<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id firstName } }`, {
      id: mine.data!.createPerson!.id,
    });
    expect(peek.data?.person ?? null).toBeNull();
  });

  it('an entrepreneur replaying a key is refused each time and nothing is stored, key included', async () => {
    const team = await makeTeam(t.dataSource);
    const entrepreneur = await signedIn(team.entrepreneur.email);
    const key = randomUUID();
    const lastName = `Refused ${key.slice(0, 6)}`;
    for (let i = 0; i < 2; i++) {
      const res = await create(entrepreneur, lastName, key);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data?.createPerson ?? null).toBeNull();
    }
    expect(await countNamed(team.org.id, lastName)).toBe(0);
    const keys = await t.dataSource.query(`SELECT 1 FROM idempotency_key WHERE key = $1`, [key]);
    expect(keys).toEqual([]);
  });
});
