import { randomInt } from 'node:crypto';
import { codeOf, GqlResponse } from '../utils/api-client';
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

/**
 * Other countries' data is shared by every test and outlives them, so each test uses its own
 * made-up country (ISO's user-assigned `X?` range) and a random region code, and looks only at its own rows.
 */
function newRegionCode(country: string): string {
  return `${country}-${randomInt(36 ** 3)
    .toString(36)
    .toUpperCase()
    .padStart(3, '0')}`;
}

type Province = { code: string; regionCode: string; nameFr: string; nameAr: string; kind: 'PROVINCE' | 'PREFECTURE' };

const PROVINCES = `query($r: String, $c: String) { provinces(regionCode: $r, countryCode: $c) { code regionCode nameFr nameAr kind } }`;
const CREATE_REGION = `mutation($i: CreateRegionInput!) { createRegion(input: $i) { code countryCode nameFr nameAr } }`;
const CREATE_PROVINCE = `mutation($i: CreateProvinceInput!) { createProvince(input: $i) { code regionCode nameFr nameAr kind } }`;

describe("Morocco's provinces and prefectures", () => {
  it('are the 75 of the 2015 division, with the right number in each region, official names in French and Arabic', async () => {
    const { coach } = await makeTeam(t.dataSource);
    const c = await signedIn(coach.email);
    const res = await c.gql<{ provinces: Province[] }>(PROVINCES, { c: 'MA' });
    expect(res.errors).toBeUndefined();
    const list = res.data!.provinces;
    expect(list).toHaveLength(75);
    const perRegion: Record<string, number> = {};
    for (const p of list) perRegion[p.regionCode] = (perRegion[p.regionCode] ?? 0) + 1;
    expect(perRegion).toEqual({
      'MA-01': 8,
      'MA-02': 8,
      'MA-03': 9,
      'MA-04': 7,
      'MA-05': 5,
      'MA-06': 9,
      'MA-07': 8,
      'MA-08': 5,
      'MA-09': 6,
      'MA-10': 4,
      'MA-11': 4,
      'MA-12': 2,
    });
    expect(
      list
        .filter((p) => p.kind === 'PREFECTURE')
        .map((p) => p.code)
        .sort(),
    ).toEqual(
      [
        'MA-01-TNG',
        'MA-01-MDF',
        'MA-02-OUJ',
        'MA-03-FES',
        'MA-03-MEK',
        'MA-04-RAB',
        'MA-04-SAL',
        'MA-04-SKH',
        'MA-06-CAS',
        'MA-06-MOH',
        'MA-07-MAR',
        'MA-09-AGD',
        'MA-09-INE',
      ].sort(),
    );
    for (const p of list) {
      expect(p.code).toMatch(new RegExp(`^${p.regionCode}-[A-Z]{3}$`));
      expect(p.nameFr.trim()).toBe(p.nameFr);
      expect(p.nameAr).toMatch(/^[\u0600-\u06FF -]+$/);
    }
    expect(new Set(list.map((p) => p.code)).size).toBe(75);
    expect(new Set(list.map((p) => p.nameFr)).size).toBe(75);
    // Sorted by French name.
    const names = list.map((p) => p.nameFr);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare));
    expect(list.find((p) => p.code === 'MA-09-TAR')).toEqual({
      code: 'MA-09-TAR',
      regionCode: 'MA-09',
      nameFr: 'Taroudannt',
      nameAr: 'تارودانت',
      kind: 'PROVINCE',
    });
  });

  it("filter by region, and each region's `provinces` field, for every signed-in role", async () => {
    const team = await makeTeam(t.dataSource);
    for (const user of [team.admin, team.lead, team.coach, team.entrepreneur]) {
      const c = await signedIn(user.email);
      const one = await c.gql<{ provinces: Province[] }>(PROVINCES, { r: 'MA-09' });
      expect(one.data?.provinces.map((p) => p.nameFr)).toEqual([
        'Agadir Ida-Outanane',
        'Chtouka-Aït Baha',
        'Inezgane-Aït Melloul',
        'Taroudannt',
        'Tata',
        'Tiznit',
      ]);
      const regions = await c.gql<{ regions: Array<{ code: string; countryCode: string; provinces: Array<{ code: string }> }> }>(
        `{ regions { code countryCode provinces { code } } }`,
      );
      expect(regions.errors).toBeUndefined();
      expect(regions.data?.regions).toHaveLength(12);
      expect(regions.data?.regions.every((r) => r.countryCode === 'MA')).toBe(true);
      expect(regions.data?.regions.find((r) => r.code === 'MA-12')?.provinces.map((p) => p.code)).toEqual(['MA-12-AOU', 'MA-12-OUD']);
      expect(regions.data?.regions.reduce((n, r) => n + r.provinces.length, 0)).toBe(75);
      const explicitNull = await c.gql<{ regions: unknown[] }>(`{ regions(countryCode: null) { code } }`);
      expect(explicitNull.data?.regions).toHaveLength(12);
    }
  });

  it('`regions { provinces }` costs a constant number of SQL statements (one batched load)', async () => {
    const { coach } = await makeTeam(t.dataSource);
    const c = await signedIn(coach.email);
    const bare = await c.gql(`{ regions { code } }`);
    const nested = await c.gql(`{ regions { code provinces { code nameFr } } }`);
    expect(nested.errors).toBeUndefined();
    const statements = (r: GqlResponse) => Number(r.headers.get('x-sql-statements'));
    // 12 regions: one statement for all their provinces, not 12.
    expect(statements(nested)).toBe(statements(bare) + 1);
    expect(statements(nested)).toBeLessThanOrEqual(4);
  });

  it('are refused to anonymous callers', async () => {
    const c = t.client();
    for (const query of [`{ provinces { code } }`, `{ regions { code provinces { code } } }`]) {
      const res = await c.gql(query);
      expect({ code: codeOf(res), data: res.data ?? null }).toEqual({ code: 'UNAUTHENTICATED', data: null });
    }
  });

  it('are fixed: nobody adds a Moroccan region or province', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const region = await c.gql(CREATE_REGION, { i: { code: 'MA-13', countryCode: 'MA', nameFr: 'Nouvelle', nameAr: 'جديدة' } });
    expect(problem(region)).toEqual({ code: 'BAD_USER_INPUT', field: 'countryCode', reason: 'NOT_ALLOWED' });
    const province = await c.gql(CREATE_PROVINCE, {
      i: { code: 'MA-09-NEW', regionCode: 'MA-09', nameFr: 'Nouvelle', nameAr: 'جديدة', kind: 'PROVINCE' },
    });
    expect(problem(province)).toEqual({ code: 'BAD_USER_INPUT', field: 'regionCode', reason: 'NOT_ALLOWED' });
    const [{ regions, provinces }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM region WHERE country_code = 'MA') AS regions, (SELECT count(*)::int FROM province WHERE region_code LIKE 'MA-%') AS provinces`,
    );
    expect({ regions, provinces }).toEqual({ regions: 12, provinces: 75 });
  });
});

describe("other countries' regions and provinces", () => {
  it('an admin adds them; everyone signed in reads them; Morocco stays the default', async () => {
    const { admin, entrepreneur } = await makeTeam(t.dataSource);
    const other = await makeTeam(t.dataSource);
    const country = 'XA';
    const code = newRegionCode(country);
    const c = await signedIn(admin.email);
    const region = await c.gql(CREATE_REGION, {
      i: { code: code.toLowerCase(), countryCode: country.toLowerCase(), nameFr: '  Dakar ', nameAr: 'داكار' },
    });
    expect(region.data).toEqual({ createRegion: { code, countryCode: country, nameFr: 'Dakar', nameAr: 'داكار' } });
    const province = await c.gql(CREATE_PROVINCE, {
      i: { code: `${code}-PIK`, regionCode: code, nameFr: 'Pikine', nameAr: 'بيكين', kind: 'PREFECTURE' },
    });
    expect(province.data).toEqual({
      createProvince: { code: `${code}-PIK`, regionCode: code, nameFr: 'Pikine', nameAr: 'بيكين', kind: 'PREFECTURE' },
    });
    await c.gql(CREATE_PROVINCE, { i: { code: `${code}-DAK`, regionCode: code, nameFr: 'Dakar', nameAr: 'داكار', kind: 'PREFECTURE' } });

    // Shared reference data: another organisation's entrepreneur sees it too.
    for (const reader of [entrepreneur, other.coach]) {
      const r = await signedIn(reader.email);
      const regions = await r.gql<{ regions: Array<{ code: string; provinces: Array<{ code: string }> }> }>(
        `query($c: String) { regions(countryCode: $c) { code provinces { code } } }`,
        { c: country },
      );
      expect(regions.data?.regions.filter((x) => x.code === code)).toEqual([
        { code, provinces: [{ code: `${code}-DAK` }, { code: `${code}-PIK` }] },
      ]);
      const provinces = await r.gql<{ provinces: Province[] }>(PROVINCES, { r: code });
      expect(provinces.data?.provinces.map((p) => p.code)).toEqual([`${code}-DAK`, `${code}-PIK`]);
    }
    const morocco = await c.gql<{ regions: Array<{ code: string }> }>(`{ regions { code } }`);
    expect(morocco.data?.regions).toHaveLength(12);
    const moroccanProvinces = await c.gql<{ provinces: Province[] }>(PROVINCES, { c: 'MA' });
    expect(moroccanProvinces.data?.provinces).toHaveLength(75);
  });

  it('only admins add them', async () => {
    const team = await makeTeam(t.dataSource);
    const country = 'XB';
    const code = newRegionCode(country);
    const anonymous = await t.client().gql(CREATE_REGION, { i: { code, countryCode: country, nameFr: 'Thiès', nameAr: 'تييس' } });
    expect({ code: codeOf(anonymous), data: anonymous.data ?? null }).toEqual({ code: 'UNAUTHENTICATED', data: null });
    const anonymousProvince = await t
      .client()
      .gql(CREATE_PROVINCE, { i: { code: `${code}-THI`, regionCode: code, nameFr: 'Thiès', nameAr: 'تييس', kind: 'PROVINCE' } });
    expect(codeOf(anonymousProvince)).toBe('UNAUTHENTICATED');
    for (const user of [team.lead, team.coach, team.entrepreneur]) {
      const c = await signedIn(user.email);
      const res = await c.gql(CREATE_REGION, { i: { code, countryCode: country, nameFr: 'Thiès', nameAr: 'تييس' } });
      expect({ role: user.role, code: codeOf(res), data: res.data ?? null }).toEqual({ role: user.role, code: 'FORBIDDEN', data: null });
      const p = await c.gql(CREATE_PROVINCE, { i: { code: 'MA-09-XYZ', regionCode: 'MA-09', nameFr: 'X', nameAr: 'س', kind: 'PROVINCE' } });
      expect(codeOf(p)).toBe('FORBIDDEN');
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM region WHERE code = $1`, [code]);
    expect(count).toBe(0);
  });

  it('refuse bad input naming the field, and write nothing', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signedIn(admin.email);
    const country = 'XC';
    const code = newRegionCode(country);
    expect(
      (await c.gql(CREATE_REGION, { i: { code, countryCode: country, nameFr: 'Saint-Louis', nameAr: 'سان لويس' } })).errors,
    ).toBeUndefined();

    const regionCases: Array<[Record<string, unknown>, string, string]> = [
      [{ code: 'X_1' }, 'code', 'INVALID_VALUE'],
      [{ code: `${country}-TOOLONG` }, 'code', 'INVALID_VALUE'],
      [{ code: 'QQ-1' }, 'code', 'INVALID_VALUE'], // not of the given country
      [{ countryCode: 'SEN' }, 'countryCode', 'INVALID_VALUE'],
      [{ nameFr: '   ' }, 'nameFr', 'REQUIRED'],
      [{ nameAr: 'ع'.repeat(201) }, 'nameAr', 'TOO_LONG'],
      [{ code }, 'code', 'DUPLICATE'],
    ];
    for (const [fields, field, reason] of regionCases) {
      const res = await c.gql(CREATE_REGION, {
        i: { code: newRegionCode(country), countryCode: country, nameFr: 'Louga', nameAr: 'لوغا', ...fields },
      });
      expect({ fields, ...problem(res) }).toEqual({ fields, code: 'BAD_USER_INPUT', field, reason });
    }

    await c.gql(CREATE_PROVINCE, { i: { code: `${code}-POD`, regionCode: code, nameFr: 'Podor', nameAr: 'بودور', kind: 'PROVINCE' } });
    const provinceCases: Array<[Record<string, unknown>, string, string]> = [
      [{ regionCode: `${country}-ZZZ`, code: `${country}-ZZZ-A` }, 'regionCode', 'NOT_FOUND'],
      [{ regionCode: 'nope' }, 'regionCode', 'INVALID_VALUE'],
      [{ code: 'MA-09-DAG' }, 'code', 'INVALID_VALUE'], // not under the given region
      [{ code: `${code}-TOOLONG7` }, 'code', 'INVALID_VALUE'],
      [{ nameFr: '' }, 'nameFr', 'REQUIRED'],
      [{ code: `${code}-POD` }, 'code', 'DUPLICATE'],
    ];
    for (const [fields, field, reason] of provinceCases) {
      const res = await c.gql(CREATE_PROVINCE, {
        i: { code: `${code}-DAG`, regionCode: code, nameFr: 'Dagana', nameAr: 'داغانا', kind: 'PROVINCE', ...fields },
      });
      expect({ fields, ...problem(res) }).toEqual({ fields, code: 'BAD_USER_INPUT', field, reason });
    }
    const rows: Array<{ code: string; name_fr: string }> = await t.dataSource.query(
      `SELECT code, name_fr FROM province WHERE region_code = $1 ORDER BY code`,
      [code],
    );
    expect(rows).toEqual([{ code: `${code}-POD`, name_fr: 'Podor' }]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM region WHERE name_fr = 'Louga'`);
    expect(count).toBe(0);
  });
});
