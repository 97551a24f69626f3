import { randomUUID } from 'node:crypto';
import { ApiClient, codeOf, GqlResponse } from '../utils/api-client';
import { makeOrganization, makeTeam, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';
import { Role } from '@rafiq/shared';
import { DEFAULT_VALUE_CHAINS, seedDefaultValueChains } from '../../backend/src/modules/value-chain/default-value-chains';
import { createValueChainLoaders } from '../../backend/src/modules/value-chain/value-chain.loaders';

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

type ValueChain = { id: string; nameFr: string; nameAr: string; version: number; archivedAt: string | null };
const FIELDS = 'id nameFr nameAr version archivedAt';
const LIST = `query($a: Boolean) { valueChains(includeArchived: $a) { ${FIELDS} } }`;
const CREATE = `mutation($i: CreateValueChainInput!) { createValueChain(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateValueChainInput!) { updateValueChain(input: $i) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveValueChain(id: $id, version: $v) { ${FIELDS} } }`;

async function create(c: ApiClient, nameFr: string, nameAr = 'سلسلة'): Promise<ValueChain> {
  const res = await c.gql<{ createValueChain: ValueChain }>(CREATE, { i: { nameFr, nameAr } });
  if (!res.data?.createValueChain) throw new Error(JSON.stringify(res.errors));
  return res.data.createValueChain;
}

async function list(c: ApiClient, includeArchived?: boolean): Promise<ValueChain[]> {
  const res = await c.gql<{ valueChains: ValueChain[] }>(LIST, { a: includeArchived });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.valueChains;
}

describe('value chains', () => {
  it('an admin creates them; admins, leads and coaches read them sorted by French name', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const safran = await create(admin, '  Safran ', 'الزعفران');
    expect(safran).toEqual({ id: expect.any(String), nameFr: 'Safran', nameAr: 'الزعفران', version: 1, archivedAt: null });
    await create(admin, 'Argan', 'الأركان');
    await create(admin, 'Élevage caprin', 'تربية الماعز');
    await create(admin, 'miel', 'العسل');
    for (const user of [team.admin, team.lead, team.coach]) {
      const names = (await list(await signedIn(user.email))).map((v) => v.nameFr);
      expect(names).toEqual(['Argan', 'Élevage caprin', 'miel', 'Safran']);
    }
  });

  it('are refused to anonymous callers and entrepreneurs; only admins change them', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const argan = await create(admin, 'Argan');
    const calls: Array<[string, Record<string, unknown>]> = [
      [LIST, {}],
      [CREATE, { i: { nameFr: 'Câpres', nameAr: 'الكبار' } }],
      [UPDATE, { i: { id: argan.id, version: argan.version, nameFr: 'Huile d’argan' } }],
      [ARCHIVE, { id: argan.id, v: argan.version }],
    ];
    for (const [query, variables] of calls) {
      const anonymous = await t.client().gql(query, variables);
      expect({ code: codeOf(anonymous), data: anonymous.data ?? null }).toEqual({ code: 'UNAUTHENTICATED', data: null });
      const entrepreneur = await (await signedIn(team.entrepreneur.email)).gql(query, variables);
      expect({ code: codeOf(entrepreneur), data: entrepreneur.data ?? null }).toEqual({ code: 'FORBIDDEN', data: null });
    }
    for (const user of [team.lead, team.coach]) {
      const c = await signedIn(user.email);
      for (const [query, variables] of calls.slice(1)) {
        const res = await c.gql(query, variables);
        expect({ role: user.role, code: codeOf(res), data: res.data ?? null }).toEqual({ role: user.role, code: 'FORBIDDEN', data: null });
      }
    }
    const rows = await t.dataSource.query(`SELECT name_fr, version, archived_at FROM value_chain WHERE organization_id = $1`, [
      team.org.id,
    ]);
    expect(rows).toEqual([{ name_fr: 'Argan', version: 1, archived_at: null }]);
  });

  it("another organisation's value chains are never listed, changed or archived (NOT_FOUND)", async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    const adminA = await signedIn(a.admin.email);
    const adminB = await signedIn(b.admin.email);
    const mine = await create(adminA, 'Safran');
    await create(adminB, 'Miel');
    // The same name is free in another organisation.
    await create(adminB, 'Safran');
    expect((await list(adminA)).map((v) => v.nameFr)).toEqual(['Safran']);
    expect((await list(adminB, true)).map((v) => v.id)).not.toContain(mine.id);
    for (const user of [b.coach, b.lead]) expect((await list(await signedIn(user.email))).map((v) => v.id)).not.toContain(mine.id);

    const update = await adminB.gql(UPDATE, { i: { id: mine.id, version: 1, nameFr: 'Volé' } });
    expect({ code: codeOf(update), data: update.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
    const archive = await adminB.gql(ARCHIVE, { id: mine.id, v: 1 });
    expect({ code: codeOf(archive), data: archive.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
    for (const id of [randomUUID(), 'not-a-uuid']) {
      expect(codeOf(await adminA.gql(UPDATE, { i: { id, version: 1, nameFr: 'X' } }))).toBe('NOT_FOUND');
      expect(codeOf(await adminA.gql(ARCHIVE, { id, v: 1 }))).toBe('NOT_FOUND');
    }
    const [row] = await t.dataSource.query(`SELECT name_fr, version, archived_at FROM value_chain WHERE id = $1`, [mine.id]);
    expect(row).toEqual({ name_fr: 'Safran', version: 1, archived_at: null });
  });

  it('refuse bad input naming the field, and write nothing', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const miel = await create(c, 'Miel', 'العسل');
    const createCases: Array<[Record<string, unknown>, string, string]> = [
      [{ nameFr: '' }, 'nameFr', 'REQUIRED'],
      [{ nameFr: '   ' }, 'nameFr', 'REQUIRED'],
      [{ nameAr: '' }, 'nameAr', 'REQUIRED'],
      [{ nameFr: 'x'.repeat(121) }, 'nameFr', 'TOO_LONG'],
      [{ nameFr: ' MIEL ' }, 'nameFr', 'DUPLICATE'],
    ];
    for (const [fields, field, reason] of createCases) {
      const res = await c.gql(CREATE, { i: { nameFr: 'Safran', nameAr: 'الزعفران', ...fields } });
      expect({ fields, ...problem(res) }).toEqual({ fields, code: 'BAD_USER_INPUT', field, reason });
    }
    const other = await create(c, 'Dattes', 'التمور');
    const updateCases: Array<[Record<string, unknown>, string, string]> = [
      [{ nameFr: null }, 'nameFr', 'REQUIRED'],
      [{ nameAr: '  ' }, 'nameAr', 'REQUIRED'],
      [{ nameFr: 'miel' }, 'nameFr', 'DUPLICATE'],
      [{ version: 0 }, 'version', 'INVALID_VALUE'],
    ];
    for (const [fields, field, reason] of updateCases) {
      const res = await c.gql(UPDATE, { i: { id: other.id, version: other.version, ...fields } });
      expect({ fields, ...problem(res) }).toEqual({ fields, code: 'BAD_USER_INPUT', field, reason });
    }
    const rows = await t.dataSource.query(`SELECT name_fr, name_ar, version FROM value_chain WHERE organization_id = $1 ORDER BY name_fr`, [
      org.id,
    ]);
    expect(rows).toEqual([
      { name_fr: 'Dattes', name_ar: 'التمور', version: 1 },
      { name_fr: 'Miel', name_ar: 'العسل', version: 1 },
    ]);
    expect(miel.version).toBe(1);
  });

  it('updates with the version read; a stale version answers CONFLICT and writes nothing', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const v = await create(c, 'Olive', 'الزيتون');
    const first = await c.gql<{ updateValueChain: ValueChain }>(UPDATE, { i: { id: v.id, version: 1, nameFr: 'Olivier' } });
    expect(first.data?.updateValueChain).toEqual({ ...v, nameFr: 'Olivier', version: 2 });
    const stale = await c.gql(UPDATE, { i: { id: v.id, version: 1, nameFr: 'Huile d’olive', nameAr: 'زيت الزيتون' } });
    expect({ code: codeOf(stale), reason: stale.errors?.[0].extensions?.reason, data: stale.data ?? null }).toEqual({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      data: null,
    });
    const staleArchive = await c.gql(ARCHIVE, { id: v.id, v: 1 });
    expect(codeOf(staleArchive)).toBe('CONFLICT');
    const [row] = await t.dataSource.query(`SELECT name_fr, name_ar, version, archived_at FROM value_chain WHERE id = $1`, [v.id]);
    expect(row).toEqual({ name_fr: 'Olivier', name_ar: 'الزيتون', version: 2, archived_at: null });

    // Two admins saving from the same version: exactly one wins.
    const results = await Promise.all(['A', 'B', 'C'].map((s) => c.gql(UPDATE, { i: { id: v.id, version: 2, nameFr: `Olivier ${s}` } })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
  });

  it('archived ones leave the list (unless asked for) and free their name', async () => {
    const { admin, coach } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const tapis = await create(c, 'Tapis', 'الزرابي');
    const poterie = await create(c, 'Poterie', 'الفخار');
    const archived = await c.gql<{ archiveValueChain: ValueChain }>(ARCHIVE, { id: tapis.id, v: tapis.version });
    expect(archived.data?.archiveValueChain).toEqual({ ...tapis, version: 2, archivedAt: expect.any(String) });
    const reader = await signedIn(coach.email);
    expect((await list(reader)).map((v) => v.nameFr)).toEqual(['Poterie']);
    expect((await list(reader, true)).map((v) => [v.nameFr, v.archivedAt !== null])).toEqual([
      ['Poterie', false],
      ['Tapis', true],
    ]);
    const again = await create(c, 'tapis', 'الزرابي');
    expect(again.id).not.toBe(tapis.id);
    expect((await list(reader)).map((v) => [v.id, v.nameFr])).toEqual([
      [poterie.id, 'Poterie'],
      [again.id, 'tapis'],
    ]);
  });
});

describe('the value chain loader', () => {
  it("loads the caller's organisation's value chains only (another's, unknown or malformed ids: NOT_FOUND)", async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    const [mine] = await seedDefaultValueChains(t.dataSource.manager, a.org.id);
    const [theirs] = await seedDefaultValueChains(t.dataSource.manager, b.org.id);
    const actor = { userId: a.coach.id, organizationId: a.org.id, role: Role.COACH, locale: null, sessionId: 'x' };
    const { valueChains } = createValueChainLoaders(t.dataSource, { actor, expired: false, ip: null, userAgent: null });
    await expect(valueChains.load(mine.id)).resolves.toMatchObject({ id: mine.id, nameFr: mine.nameFr });
    for (const id of [theirs.id, randomUUID(), 'nope'])
      await expect(valueChains.load(id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const anonymous = createValueChainLoaders(t.dataSource, { actor: null, expired: false, ip: null, userAgent: null });
    await expect(anonymous.valueChains.load(mine.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});

describe('seedDefaultValueChains', () => {
  it('gives an organisation the usual Moroccan list in French and Arabic, once', async () => {
    const org = await makeOrganization(t.dataSource);
    const first = await seedDefaultValueChains(t.dataSource.manager, org.id);
    expect(first).toHaveLength(DEFAULT_VALUE_CHAINS.length);
    expect(DEFAULT_VALUE_CHAINS.length).toBeGreaterThanOrEqual(16);
    expect(first.map((v) => v.nameFr)).toEqual(
      expect.arrayContaining(['Argan', 'Safran', 'Miel', 'Dattes', 'Couscous', 'Cactus', 'Tapis', 'Poterie']),
    );
    for (const v of first) expect(v.nameAr).toMatch(/^[\u0600-\u06FF ]+$/);
    const again = await t.dataSource.transaction((m) => seedDefaultValueChains(m, org.id));
    expect(again.map((v) => v.id).sort()).toEqual(first.map((v) => v.id).sort());
    // Only that organisation.
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM value_chain WHERE organization_id = $1`, [org.id]);
    expect(count).toBe(DEFAULT_VALUE_CHAINS.length);
  });
});
