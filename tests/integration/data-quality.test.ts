import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120000);
afterAll(async () => {
  await t.close();
});

async function signIn(email: string): Promise<ApiClient> {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}

const DUPLICATES = `query($first: Int, $after: String) { personDuplicates(first: $first, after: $after) {
  totalCount edges { cursor node { reason similarity person { id firstName } other { id firstName } } } pageInfo { hasNextPage endCursor } } }`;
type Dups = {
  personDuplicates: {
    totalCount: number;
    edges: { cursor: string; node: { reason: string; similarity: number; person: { id: string }; other: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const pairKey = (a: string, b: string) => [a, b].sort().join('+');

describe('data quality: likely duplicate people', () => {
  it('lists pairs by phone and by similar name + birth date, paginated, within what the caller may see', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signIn(team.admin.email);
    const lead = await signIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const otherProgram = await apiCreateProgram(admin);

    const phoneA = await apiCreatePerson(lead, { firstName: 'Fatima', lastName: 'Zahra', phone: '+212661234501' });
    const phoneB = await apiCreatePerson(lead, { firstName: 'Khadija', lastName: 'Benali', phone: '0661234501' });
    const nameA = await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Ait Baha', birthDate: '1991-04-12' });
    const nameB = await apiCreatePerson(lead, { firstName: 'Hasnaa', lastName: 'Ait Baha', birthDate: '1991-04-12' });
    // Same name, different birth date; similar name in another pair of which one is archived: not listed.
    await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Ait Baha', birthDate: '1993-01-01' });
    const archived = await apiCreatePerson(lead, { firstName: 'Fatima', lastName: 'Zahra', phone: '+212661234501' });
    await t.dataSource.query(`UPDATE person SET archived_at = now() WHERE id = $1`, [archived.id]);
    // A pair in a programme the lead does not lead: only the admin sees it.
    const hiddenA = await apiCreatePerson(admin, { firstName: 'Said', lastName: 'Amrani', phone: '+212700000001' });
    const hiddenB = await apiCreatePerson(admin, { firstName: 'Saïd', lastName: 'Amrani', phone: '+212700000001' });
    await apiEnrol(admin, hiddenA.id, otherProgram.id);
    await apiEnrol(admin, hiddenB.id, otherProgram.id);
    await apiEnrol(lead, phoneA.id, program.id);

    const all = await admin.gql<Dups>(DUPLICATES, { first: 10 });
    expect(all.errors).toBeUndefined();
    const found = new Map(all.data!.personDuplicates.edges.map((e) => [pairKey(e.node.person.id, e.node.other.id), e.node]));
    expect([...found.keys()].sort()).toEqual([pairKey(phoneA.id, phoneB.id), pairKey(nameA.id, nameB.id), pairKey(hiddenA.id, hiddenB.id)].sort());
    expect(found.get(pairKey(phoneA.id, phoneB.id))).toMatchObject({ reason: 'SAME_PHONE', similarity: 1 });
    expect(found.get(pairKey(nameA.id, nameB.id))?.reason).toBe('SIMILAR_NAME_SAME_BIRTH_DATE');
    expect(found.get(pairKey(nameA.id, nameB.id))?.similarity).toBeGreaterThan(0.6);
    expect(found.get(pairKey(hiddenA.id, hiddenB.id))?.reason).toBe('SAME_PHONE');
    expect(all.data!.personDuplicates.totalCount).toBe(3);

    // Pages of one, in a stable order, cover the same pairs.
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: Dups = (await admin.gql<Dups>(DUPLICATES, { first: 1, after })).data!;
      paged.push(...res.personDuplicates.edges.map((e) => pairKey(e.node.person.id, e.node.other.id)));
      if (!res.personDuplicates.pageInfo.hasNextPage) break;
      after = res.personDuplicates.pageInfo.endCursor;
    }
    expect(paged.sort()).toEqual([...found.keys()].sort());
    expect(codeOf(await admin.gql(DUPLICATES, { first: 1, after: 'nonsense' }))).toBe('BAD_USER_INPUT');

    // The lead sees the pairs among people of her programme or not enrolled yet, not the other programme's.
    const leads = (await lead.gql<Dups>(DUPLICATES, {})).data!.personDuplicates.edges.map((e) => pairKey(e.node.person.id, e.node.other.id));
    expect(leads.sort()).toEqual([pairKey(phoneA.id, phoneB.id), pairKey(nameA.id, nameB.id)].sort());

    // Coaches and entrepreneurs may not; another organisation sees none of these.
    expect(codeOf(await (await signIn(team.coach.email)).gql(DUPLICATES, {}))).toBe('FORBIDDEN');
    expect(codeOf(await (await signIn(team.entrepreneur.email)).gql(DUPLICATES, {}))).toBe('FORBIDDEN');
    const other = await makeOrganization(t.dataSource);
    const stranger = await signIn((await makeUser(t.dataSource, other, Role.ADMIN)).email);
    expect((await stranger.gql<Dups>(DUPLICATES, {})).data!.personDuplicates.edges).toEqual([]);
  });
});
