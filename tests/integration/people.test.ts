import { codeOf } from '../utils/api-client';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { Role } from '@rafiq/shared';
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

const LIST = `query($f: PersonFilter, $first: Int, $after: String) {
  people(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id firstName lastName phone birthDate nationalIdMasked } } }
}`;

type List = { people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; phone: string | null; birthDate: string | null; nationalIdMasked: string | null } }> } };

describe('people', () => {
  it('creates a person with a normalised phone and an encrypted, masked national ID', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const { id } = await apiCreatePerson(c, { phone: '06 61 23 45 01', nationalId: 'jb 412877', birthDate: '1991-04-12' });
    const res = await c.gql<{ person: { phone: string; birthDate: string; nationalIdMasked: string; region: { nameFr: string } } }>(
      `query($id: ID!) { person(id: $id) { phone birthDate nationalIdMasked region { nameFr } } }`,
      { id },
    );
    expect(res.data?.person).toEqual({ phone: '+212661234501', birthDate: '1991-04-12', nationalIdMasked: 'JB****77', region: { nameFr: 'Souss-Massa' } });
    const [row] = await t.dataSource.query(`SELECT national_id_encrypted, national_id_hash FROM person WHERE id = $1`, [id]);
    expect(row.national_id_encrypted).not.toContain('412877');
    expect(row.national_id_hash).toMatch(/^[0-9a-f]{64}$/);
    const reveal = await c.gql<{ revealNationalId: string }>(`query($id: ID!) { revealNationalId(personId: $id) }`, { id });
    expect(reveal.data?.revealNationalId).toBe('JB412877');
    // Lists mask personal data for admins.
    const list = await c.gql<List>(LIST, { f: {} });
    const node = list.data?.people.edges.find((e) => e.node.id === id)?.node;
    expect(node?.phone).toBe('+21266••••01');
    expect(node?.birthDate).toBe('1991');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    await apiCreatePerson(c, { nationalId: 'EE771203' });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ phone: '12345' }, 'phone', 'INVALID_VALUE'],
      [{ regionCode: 'MA-99' }, 'regionCode', 'INVALID_VALUE'],
      [{ birthDate: '2999-01-01' }, 'birthDate', 'INVALID_VALUE'],
      [{ nationalId: 'ee 771203' }, 'nationalId', 'DUPLICATE'],
      [{ firstName: '' }, 'firstName', 'REQUIRED'],
    ];
    for (const [fields, field, reason] of cases) {
      const res = await c.gql(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
        i: { firstName: 'Samira', lastName: 'Boukhris', gender: 'F', regionCode: 'MA-07', ...fields },
      });
      expect({ code: codeOf(res), field: res.errors?.[0].extensions?.field, reason: res.errors?.[0].extensions?.reason }).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM person WHERE organization_id = $1`, [org.id]);
    expect(count).toBe(1);
  });

  it('two people editing from the same version: one wins, the other gets CONFLICT', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const c = await signedIn(lead.email);
    const { id, version } = await apiCreatePerson(c);
    const edit = (phone: string) =>
      c.gql<{ updatePerson: { phone: string; version: number } }>(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { phone version } }`, {
        i: { id, version, phone },
      });
    const results = await Promise.all([edit('0661000001'), edit('0661000002'), edit('0661000003')]);
    expect(results.filter((r) => r.data?.updatePerson).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
    const [row] = await t.dataSource.query(`SELECT version FROM person WHERE id = $1`, [id]);
    expect(row.version).toBe(version + 1);
  });

  it('finds people by part of their name, in Latin or Arabic script, ignoring accents and letter variants', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const fatima = await apiCreatePerson(c, { firstName: 'Fatima Zahra', lastName: 'El Amrani', firstNameAr: 'فاطمة الزهراء', lastNameAr: 'العمراني' });
    await apiCreatePerson(c, { firstName: 'Khadija', lastName: 'Ouhammou', firstNameAr: 'خديجة', lastNameAr: 'أوحمو' });
    const find = async (search: string) => (await c.gql<List>(LIST, { f: { search } })).data?.people.edges.map((e) => e.node.id);
    expect(await find('fatima amrani')).toEqual([fatima.id]);
    expect(await find('FÂTIMA')).toEqual([fatima.id]);
    expect(await find('فاطمة')).toEqual([fatima.id]);
    expect(await find('فاطمه العمراني')).toEqual([fatima.id]);
    expect(await find('zzzz')).toEqual([]);
    // A close spelling: "fatma" is a word similarity of exactly 0.5 to "fatima" (the threshold, set on
    // every connection for the indexable `<%` operator), "amrany" 0.71 to "amrani".
    expect(await find('fatma amrany')).toEqual([fatima.id]);
    expect(await find('fatma ouhamou')).toEqual([]);
    // Likely duplicates: the full Latin name alone is enough (her stored names also hold the Arabic).
    const dups = await c.gql<{ likelyDuplicates: Array<{ id: string }> }>(`query($i: CreatePersonInput!) { likelyDuplicates(input: $i) { id } }`, {
      i: { firstName: 'Fatima Zahra', lastName: 'El Amrani', gender: 'F', regionCode: 'MA-09' },
    });
    expect(dups.data?.likelyDuplicates.map((p) => p.id)).toEqual([fatima.id]);
  });

  it('pages through a list with a cursor and a total', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    for (let i = 0; i < 5; i++) await apiCreatePerson(c, { firstName: `Person ${i}` });
    const first = await c.gql<List>(LIST, { first: 2 });
    expect(first.data?.people.totalCount).toBe(5);
    expect(first.data?.people.pageInfo.hasNextPage).toBe(true);
    const seen = new Set(first.data?.people.edges.map((e) => e.node.id));
    let after = first.data?.people.pageInfo.endCursor;
    for (;;) {
      const next = await c.gql<List>(LIST, { first: 2, after });
      next.data?.people.edges.forEach((e) => seen.add(e.node.id));
      if (!next.data?.people.pageInfo.hasNextPage) break;
      after = next.data.people.pageInfo.endCursor;
    }
    expect(seen.size).toBe(5);
    expect(codeOf(await c.gql(LIST, { first: 1000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await c.gql(LIST, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('each role sees exactly whom it may: coach her assignees, lead her programmes, entrepreneur herself; other organisations nobody', async () => {
    const team = await makeTeam(t.dataSource);
    const other = await makeTeam(t.dataSource);
    const otherLead = await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const assigned = await apiCreatePerson(lead, { firstName: 'Assigned' });
    const notAssigned = await apiCreatePerson(lead, { firstName: 'NotAssigned' });
    await apiEnrol(lead, assigned.id, program.id, [team.coach.id]);
    await apiEnrol(lead, notAssigned.id, program.id, []);
    const otherProgram = await apiCreateProgram(await signedIn(otherLead.email));
    const elsewhere = await apiCreatePerson(admin, { firstName: 'Elsewhere' });
    await apiEnrol(admin, elsewhere.id, otherProgram.id, []);
    const foreign = await apiCreatePerson(await signedIn(other.admin.email), { firstName: 'Foreign' });

    const ids = async (c: Awaited<ReturnType<typeof signedIn>>) => {
      const res = await c.gql<List>(LIST, { f: {} });
      return { ids: res.data?.people.edges.map((e) => e.node.id).sort(), total: res.data?.people.totalCount };
    };
    const sorted = (...xs: string[]) => xs.sort();
    expect(await ids(admin)).toEqual({ ids: sorted(assigned.id, notAssigned.id, elsewhere.id), total: 3 });
    expect(await ids(lead)).toEqual({ ids: sorted(assigned.id, notAssigned.id), total: 2 });
    const coach = await signedIn(team.coach.email);
    expect(await ids(coach)).toEqual({ ids: [assigned.id], total: 1 });
    const entrepreneur = await signedIn(team.entrepreneur.email);
    expect(await ids(entrepreneur)).toEqual({ ids: [], total: 0 });

    for (const [c, id] of [
      [coach, notAssigned.id],
      [coach, foreign.id],
      [lead, elsewhere.id],
      [admin, foreign.id],
      [entrepreneur, assigned.id],
    ] as const) {
      const res = await c.gql(`query($id: ID!) { person(id: $id) { id firstName } }`, { id });
      expect({ code: codeOf(res), data: res.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
      expect(codeOf(await c.gql(`query($id: ID!) { revealNationalId(personId: $id) }`, { id }))).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    // A coach cannot create, a coach cannot edit someone outside her portfolio, an entrepreneur cannot list programmes.
    expect(codeOf(await coach.gql(`mutation { createPerson(input: { firstName: "A", lastName: "B", gender: F, regionCode: "MA-01" }) { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await coach.gql(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }`, { i: { id: notAssigned.id, version: 1, phone: '0661000009' } }))).toBe('NOT_FOUND');
    expect(codeOf(await entrepreneur.gql(`{ programs { totalCount } }`))).toBe('FORBIDDEN');
    // The entrepreneur linked to a person sees herself.
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, assigned.id]);
    expect(await ids(entrepreneur)).toEqual({ ids: [assigned.id], total: 1 });
  });

  it('lists 50 people with programme, cohort and coaches in a constant number of SQL statements', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const count = async (n: number) => {
      const res = await lead.gql(
        `query($n: Int) { people(first: $n) { totalCount edges { node { id region { nameFr } province { nameFr } memberships { role cooperative { name } } enrolments { status statusHistory { toStatus } program { name cohorts { name } leads { displayName } targets { indicator } } cohort { name } coaches { displayName coachProfile { languages } } } } } } }`,
        { n },
      );
      expect(res.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    for (let i = 0; i < 3; i++) await apiEnrol(lead, (await apiCreatePerson(lead)).id, program.id, [team.coach.id]);
    const small = await count(3);
    for (let i = 0; i < 12; i++) await apiEnrol(lead, (await apiCreatePerson(lead)).id, program.id, [team.coach.id]);
    const large = await count(50);
    expect(large).toBe(small);
    // One statement per relation asked for (13 relations here), never one per row.
    expect(large).toBeLessThanOrEqual(16);
  });
});
