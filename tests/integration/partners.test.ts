import { randomUUID } from 'node:crypto';
import { Role } from '@rafiq/shared';
import { createPartnerLoaders } from '../../backend/src/modules/partner/partner.loaders';
import { ApiClient, codeOf, GqlResponse } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
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

const problem = (res: GqlResponse) => ({
  code: codeOf(res),
  field: res.errors?.[0]?.extensions?.field,
  reason: res.errors?.[0]?.extensions?.reason,
});

type Partner = {
  id: string;
  name: string;
  kind: string;
  countryCode: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  notes: string | null;
  archivedAt: string | null;
  version: number;
};
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string; name: string } }>;
};

const FIELDS = 'id name kind countryCode contactName contactEmail contactPhone website notes archivedAt version';
const LIST = `query($first: Int, $after: String, $filter: PartnerFilter, $sort: PartnerSort) {
  partners(first: $first, after: $after, filter: $filter, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
}`;
const GET = `query($id: ID!) { partner(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdatePartnerInput!) { updatePartner(input: $i) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!) { archivePartner(id: $id, version: $v) { ${FIELDS} } }`;

async function create(c: ApiClient, fields: Record<string, unknown> = {}): Promise<Partner> {
  const res = await c.gql<{ createPartner: Partner }>(CREATE, {
    i: { name: `Partner ${randomUUID().slice(0, 6)}`, kind: 'FUNDER', ...fields },
  });
  if (!res.data?.createPartner) throw new Error(JSON.stringify(res.errors));
  return res.data.createPartner;
}

async function page(c: ApiClient, variables: Record<string, unknown> = {}): Promise<Page> {
  const res = await c.gql<{ partners: Page }>(LIST, variables);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.partners;
}

/** Every page, following `endCursor`, checking `hasNextPage` and `totalCount` on the way. */
async function allPages(c: ApiClient, variables: Record<string, unknown>, first: number): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const p: Page = await page(c, { ...variables, first, after });
    names.push(...p.edges.map((e) => e.node.name));
    expect(p.edges.length).toBeLessThanOrEqual(first);
    expect(p.totalCount).toBeGreaterThanOrEqual(names.length);
    if (!p.pageInfo.hasNextPage) {
      expect(p.totalCount).toBe(names.length);
      return names;
    }
    expect(p.edges).toHaveLength(first);
    after = p.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

describe('partners', () => {
  it('an admin or a programme lead records one; it reads back trimmed, with Morocco as the default country', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const created = await create(lead, {
      name: '  Agence de développement  ',
      kind: 'IMPLEMENTING_PARTNER',
      contactName: ' Leila Amrani ',
      contactEmail: 'leila@agence.example',
      contactPhone: '+212 5 37 00 00 00',
      website: 'https://agence.example/programmes',
      notes: '',
    });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Agence de développement',
      kind: 'IMPLEMENTING_PARTNER',
      countryCode: 'MA',
      contactName: 'Leila Amrani',
      contactEmail: 'leila@agence.example',
      contactPhone: '+212 5 37 00 00 00',
      website: 'https://agence.example/programmes',
      notes: null,
      archivedAt: null,
      version: 1,
    });
    const admin = await signedIn(team.admin.email);
    const dakar = await create(admin, { name: 'Incubateur de Dakar', kind: 'INCUBATOR', countryCode: 'sn' });
    expect(dakar.countryCode).toBe('SN');
    for (const user of [team.admin, team.lead, team.coach]) {
      const c = await signedIn(user.email);
      expect((await c.gql<{ partner: Partner }>(GET, { id: created.id })).data?.partner).toEqual(created);
      const p = await page(c);
      expect(p.totalCount).toBe(2);
      expect(p.edges.map((e) => e.node.name)).toEqual(['Agence de développement', 'Incubateur de Dakar']);
    }
  });

  it('are refused to anonymous callers and entrepreneurs; coaches only read them', async () => {
    const team = await makeTeam(t.dataSource);
    const p = await create(await signedIn(team.admin.email));
    const reads: Array<[string, Record<string, unknown>]> = [
      [LIST, {}],
      [GET, { id: p.id }],
    ];
    const writes: Array<[string, Record<string, unknown>]> = [
      [CREATE, { i: { name: 'Fonds', kind: 'FUNDER' } }],
      [UPDATE, { i: { id: p.id, version: p.version, name: 'Renamed' } }],
      [ARCHIVE, { id: p.id, v: p.version }],
    ];
    const entrepreneur = await signedIn(team.entrepreneur.email);
    const coach = await signedIn(team.coach.email);
    for (const [query, variables] of [...reads, ...writes]) {
      const anonymous = await t.client().gql(query, variables);
      expect({ code: codeOf(anonymous), data: anonymous.data ?? null }).toEqual({ code: 'UNAUTHENTICATED', data: null });
      const refused = await entrepreneur.gql(query, variables);
      expect({ code: codeOf(refused), data: refused.data ?? null }).toEqual({ code: 'FORBIDDEN', data: null });
    }
    for (const [query, variables] of writes) {
      const refused = await coach.gql(query, variables);
      expect({ code: codeOf(refused), data: refused.data ?? null }).toEqual({ code: 'FORBIDDEN', data: null });
    }
    const rows = await t.dataSource.query(`SELECT name, version, archived_at FROM partner WHERE organization_id = $1`, [team.org.id]);
    expect(rows).toEqual([{ name: p.name, version: 1, archived_at: null }]);
  });

  it("another organisation's partners are not found by id, not listed, not counted, not changed", async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    const adminA = await signedIn(a.admin.email);
    const theirs = await create(adminA, { name: 'Secret Fund', kind: 'FUNDER' });
    const leadB = await signedIn(b.lead.email);
    await create(leadB, { name: 'Our Fund', kind: 'FUNDER' });

    for (const user of [b.admin, b.lead, b.coach]) {
      const c = await signedIn(user.email);
      const get = await c.gql(GET, { id: theirs.id });
      expect({ code: codeOf(get), data: get.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
      for (const filter of [{}, { search: 'Secret' }, { includeArchived: true }, { kind: 'FUNDER' }]) {
        const p = await page(c, { filter });
        expect(p.edges.map((e) => e.node.id)).not.toContain(theirs.id);
        expect(p.totalCount).toBe(filter.search ? 0 : 1);
      }
    }
    const update = await leadB.gql(UPDATE, { i: { id: theirs.id, version: 1, name: 'Taken over' } });
    expect({ code: codeOf(update), data: update.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
    const archive = await leadB.gql(ARCHIVE, { id: theirs.id, v: 1 });
    expect({ code: codeOf(archive), data: archive.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
    const [row] = await t.dataSource.query(`SELECT name, version, archived_at FROM partner WHERE id = $1`, [theirs.id]);
    expect(row).toEqual({ name: 'Secret Fund', version: 1, archived_at: null });

    // Unknown and malformed ids answer the same.
    for (const id of [randomUUID(), 'not-a-uuid']) {
      expect(codeOf(await adminA.gql(GET, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await adminA.gql(UPDATE, { i: { id, version: 1, name: 'X' } }))).toBe('NOT_FOUND');
      expect(codeOf(await adminA.gql(ARCHIVE, { id, v: 1 }))).toBe('NOT_FOUND');
    }
  });

  it('pages through with first/after, hasNextPage and totalCount, in every sort order', async () => {
    const { admin, coach } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const names = ['Delta', 'Alpha', 'Echo', 'Charlie', 'Bravo', 'Alpha'];
    for (const name of names) await create(c, { name });
    const reader = await signedIn(coach.email);

    const first = await page(reader, { first: 2 });
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((e) => e.node.name)).toEqual(['Alpha', 'Alpha']);
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);

    const byName = [...names].sort();
    expect(await allPages(reader, {}, 2)).toEqual(byName);
    expect(await allPages(reader, { sort: 'NAME_ASC' }, 4)).toEqual(byName);
    expect(await allPages(reader, { sort: 'NAME_DESC' }, 4)).toEqual([...byName].reverse());
    expect(await allPages(reader, { sort: 'CREATED_AT_ASC' }, 4)).toEqual(names);
    expect(await allPages(reader, { sort: 'CREATED_AT_DESC' }, 5)).toEqual([...names].reverse());
    expect(await allPages(reader, {}, 100)).toEqual(byName);

    // Each record exactly once, even when paging one at a time across equal names.
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const p: Page = await page(reader, { first: 1, after });
      ids.push(...p.edges.map((e) => e.node.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(6);

    const last = await page(reader, { first: 6 });
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = await page(reader, { first: 3, after: last.pageInfo.endCursor });
    expect(empty).toEqual({ totalCount: 6, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('filters by kind and by a search that ignores case and accents; archived ones only when asked for', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const ecole = await create(c, { name: 'École de formation', kind: 'TRAINING_CENTRE' });
    await create(c, { name: 'Banque solidaire', kind: 'FINANCIAL_INSTITUTION', contactName: 'Hélène Benali' });
    await create(c, { name: '100% Femmes', kind: 'OTHER', contactEmail: 'contact@femmes.example' });
    const names = async (filter: Record<string, unknown>) => (await page(c, { filter })).edges.map((e) => e.node.name);
    expect(await names({ kind: 'TRAINING_CENTRE' })).toEqual(['École de formation']);
    expect(await names({ search: 'ecole' })).toEqual(['École de formation']);
    expect(await names({ search: 'HELENE' })).toEqual(['Banque solidaire']);
    expect(await names({ search: 'femmes.example' })).toEqual(['100% Femmes']);
    expect(await names({ search: '%' })).toEqual(['100% Femmes']);
    expect(await names({ search: '_' })).toEqual([]);
    expect(await names({ search: '  ' })).toHaveLength(3);

    const archived = await c.gql<{ archivePartner: Partner }>(ARCHIVE, { id: ecole.id, v: ecole.version });
    expect(archived.data?.archivePartner).toMatchObject({ id: ecole.id, version: 2, archivedAt: expect.any(String) });
    expect(await names({})).toEqual(['100% Femmes', 'Banque solidaire']);
    expect((await page(c, { filter: { includeArchived: true } })).totalCount).toBe(3);
    expect(await names({ kind: 'TRAINING_CENTRE', includeArchived: true })).toEqual(['École de formation']);
    // Still readable by id.
    expect((await c.gql<{ partner: Partner }>(GET, { id: ecole.id })).data?.partner.archivedAt).toEqual(expect.any(String));
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const createCases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: '' }, 'name', 'REQUIRED'],
      [{ name: '   ' }, 'name', 'REQUIRED'],
      [{ name: 'x'.repeat(201) }, 'name', 'TOO_LONG'],
      [{ contactEmail: 'not-an-email' }, 'contactEmail', 'INVALID_EMAIL'],
      [{ website: 'agence.example' }, 'website', 'INVALID_VALUE'],
      [{ website: 'ftp://agence.example' }, 'website', 'INVALID_VALUE'],
      [{ website: 'javascript:alert(1)' }, 'website', 'INVALID_VALUE'],
      [{ contactPhone: 'call me' }, 'contactPhone', 'INVALID_VALUE'],
      [{ countryCode: 'MAR' }, 'countryCode', 'INVALID_VALUE'],
      [{ countryCode: null }, 'countryCode', 'REQUIRED'],
      [{ contactName: 'x'.repeat(201) }, 'contactName', 'TOO_LONG'],
      [{ notes: 'x'.repeat(5001) }, 'notes', 'TOO_LONG'],
    ];
    for (const [fields, field, reason] of createCases) {
      const res = await c.gql(CREATE, { i: { name: 'Fonds', kind: 'FUNDER', ...fields } });
      expect({ fields: Object.keys(fields), ...problem(res) }).toEqual({
        fields: Object.keys(fields),
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    const p = await create(c, { name: 'Fonds', contactName: 'Aicha' });
    const updateCases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: null }, 'name', 'REQUIRED'],
      [{ name: ' ' }, 'name', 'REQUIRED'],
      [{ kind: null }, 'kind', 'REQUIRED'],
      [{ contactEmail: 'a@' }, 'contactEmail', 'INVALID_EMAIL'],
      [{ version: -1 }, 'version', 'INVALID_VALUE'],
    ];
    for (const [fields, field, reason] of updateCases) {
      const res = await c.gql(UPDATE, { i: { id: p.id, version: p.version, ...fields } });
      expect({ fields: Object.keys(fields), ...problem(res) }).toEqual({
        fields: Object.keys(fields),
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    const listCases: Array<[Record<string, unknown>, string, string]> = [
      [{ first: 0 }, 'first', 'INVALID_VALUE'],
      [{ first: 101 }, 'first', 'INVALID_VALUE'],
      [{ after: 'garbage' }, 'after', 'INVALID_VALUE'],
      [{ filter: { search: 'x'.repeat(101) } }, 'filter.search', 'TOO_LONG'],
    ];
    for (const [variables, field, reason] of listCases) {
      const res = await c.gql(LIST, variables);
      expect({ variables: Object.keys(variables), ...problem(res) }).toEqual({
        variables: Object.keys(variables),
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    const rows = await t.dataSource.query(`SELECT name, contact_name, version FROM partner WHERE organization_id = $1`, [org.id]);
    expect(rows).toEqual([{ name: 'Fonds', contact_name: 'Aicha', version: 1 }]);
  });

  it('updates with the version read (null clears a field); a stale version answers CONFLICT and writes nothing', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const c = await signedIn(lead.email);
    const p = await create(c, { name: 'Fonds', contactName: 'Aicha', contactPhone: '0537000000', notes: 'Appel à projets en mars' });
    const updated = await c.gql<{ updatePartner: Partner }>(UPDATE, {
      i: { id: p.id, version: 1, name: 'Fonds régional', contactName: null, kind: 'INCUBATOR' },
    });
    expect(updated.data?.updatePartner).toEqual({ ...p, name: 'Fonds régional', contactName: null, kind: 'INCUBATOR', version: 2 });

    const stale = await c.gql(UPDATE, { i: { id: p.id, version: 1, name: 'Overwritten', notes: null } });
    expect({ code: codeOf(stale), reason: stale.errors?.[0].extensions?.reason, data: stale.data ?? null }).toEqual({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      data: null,
    });
    expect(codeOf(await c.gql(ARCHIVE, { id: p.id, v: 1 }))).toBe('CONFLICT');
    const [row] = await t.dataSource.query(`SELECT name, contact_name, notes, version, archived_at FROM partner WHERE id = $1`, [p.id]);
    expect(row).toEqual({ name: 'Fonds régional', contact_name: null, notes: 'Appel à projets en mars', version: 2, archived_at: null });

    const results = await Promise.all(['A', 'B', 'C'].map((s) => c.gql(UPDATE, { i: { id: p.id, version: 2, name: `Fonds ${s}` } })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
  });
});

describe('the partner loader', () => {
  it("loads the caller's organisation's partners only (another's, unknown or malformed ids: NOT_FOUND)", async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    const mine = await create(await signedIn(a.admin.email), { name: 'Mine' });
    const theirs = await create(await signedIn(b.admin.email), { name: 'Theirs' });
    const actor = { userId: a.coach.id, organizationId: a.org.id, role: Role.COACH, locale: null, sessionId: 'x' };
    const { partners } = createPartnerLoaders(t.dataSource, { actor, expired: false, ip: null, userAgent: null });
    const [found, ...missing] = await partners.loadMany([mine.id, theirs.id, randomUUID(), 'nope']);
    expect(found).toMatchObject({ id: mine.id, name: 'Mine' });
    expect(missing).toHaveLength(3);
    for (const m of missing) {
      expect(m).toBeInstanceOf(Error);
      expect(m).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
  });
});
