import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient } from '../utils/api-client';
import { ROOT } from '../utils/build';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Done-when of issue 7: after importing a register through the real import path, the dashboard's
 * headline figures equal the counts computed here, independently, from the file itself.
 * The fixture (tests/fixtures/impact-register.csv) is a semicolon CSV with a BOM, as Excel saves it:
 * 48 rows, three programmes, ten regions written in many ways (codes, French, Arabic, no accents,
 * "Région …"), six cooperatives (two written in several ways) and five people listed twice (in another
 * programme, matched by name and birth date, not created again).
 */
const FILE = 'tests/fixtures/impact-register.csv';
const CSV = readFileSync(path.join(ROOT, FILE));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120000);
afterAll(async () => {
  await t.close();
});

// ---------- The file, read independently of the product's import code ----------

/** Lower case, no accents, Arabic letter variants folded, only letters and digits. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Morocco's 12 regions (domain.md): code, French and Arabic names. */
const REGIONS: Array<[string, string, string]> = [
  ['MA-01', 'Tanger-Tétouan-Al Hoceïma', 'طنجة - تطوان - الحسيمة'],
  ['MA-02', "L'Oriental", 'الشرق'],
  ['MA-03', 'Fès-Meknès', 'فاس - مكناس'],
  ['MA-04', 'Rabat-Salé-Kénitra', 'الرباط - سلا - القنيطرة'],
  ['MA-05', 'Béni Mellal-Khénifra', 'بني ملال - خنيفرة'],
  ['MA-06', 'Casablanca-Settat', 'الدار البيضاء - سطات'],
  ['MA-07', 'Marrakech-Safi', 'مراكش - آسفي'],
  ['MA-08', 'Drâa-Tafilalet', 'درعة - تافيلالت'],
  ['MA-09', 'Souss-Massa', 'سوس - ماسة'],
  ['MA-10', 'Guelmim-Oued Noun', 'كلميم - واد نون'],
  ['MA-11', 'Laâyoune-Sakia El Hamra', 'العيون - الساقية الحمراء'],
  ['MA-12', 'Dakhla-Oued Ed-Dahab', 'الداخلة - وادي الذهب'],
];
function regionCode(value: string): string {
  const v = fold(value.replace(/^r[ée]gion\s+/i, '').replace(/^l'/i, ''));
  const hit = REGIONS.find(([code, fr, ar]) => fold(code) === v || fold(fr.replace(/^l'/i, '')) === v || fold(ar) === v);
  if (!hit) throw new Error(`fixture: unknown region ${value}`);
  return hit[0];
}
const isoDate = (value: string) => (/^\d\d\/\d\d\/\d{4}$/.test(value) ? value.split('/').reverse().join('-') : value);

interface Row {
  key: string;
  gender: 'F' | 'M';
  birth: string;
  region: string;
  province: string;
  rural: boolean;
  neet: boolean;
  cooperative: string | null;
  program: string;
  enrolledOn: string;
}

function readRegister(): Row[] {
  const [header, ...lines] = CSV.toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const cols = header.split(';');
  const at = (cells: string[], name: string) => (cells[cols.indexOf(name)] ?? '').trim();
  const today = new Date().toISOString().slice(0, 10);
  return lines.map((line) => {
    const c = line.split(';');
    const cin = at(c, 'CIN');
    const birth = isoDate(at(c, 'Date de naissance'));
    return {
      // One person per national ID, else per name and birth date (the file lists some people twice).
      key: cin ? `cin:${cin}` : `name:${fold(at(c, 'Nom') + at(c, 'Prénom'))}:${birth}`,
      gender: ['f', 'femme', 'انثي', 'أنثى'].includes(at(c, 'Sexe').toLowerCase()) ? 'F' : 'M',
      birth,
      region: regionCode(at(c, 'Région')),
      province: fold(at(c, 'Province')).replace(/(.)\1/g, '$1'),
      rural: at(c, 'Milieu').toLowerCase() === 'rural',
      neet: at(c, 'NEET').toLowerCase() === 'oui',
      cooperative: at(c, 'Coopérative') ? fold(at(c, 'Coopérative')) : null,
      program: at(c, 'Programme'),
      enrolledOn: isoDate(at(c, "Date d'inscription")) || today,
    };
  });
}

/** Whole years between a birth date and a day. */
function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0);

interface Expected {
  beneficiaries: number;
  women: number;
  womenShare: number;
  neet: number;
  neetShare: number;
  rural: number;
  ruralShare: number;
  youth: number;
  regionsCovered: number;
  provincesCovered: number;
  cooperatives: number;
  cooperativeMembers: number;
}

/**
 * The headline figures from the file for the rows kept by `where` (programme, region) and `period`.
 * Beneficiaries are the people with a kept row enrolled in the period. Cooperatives are a snapshot
 * (docs/indicators.md: no date decides them): those with a member among the people with a kept row,
 * whatever its date (any row of that person names it), and the members those people in any cooperative.
 */
function expected(rows: Row[], where: (r: Row) => boolean = () => true, period: (r: Row) => boolean = () => true): Expected {
  const people = new Map<string, Row>();
  const youth = new Set<string>();
  const matching = new Set(rows.filter(where).map((r) => r.key));
  for (const r of rows.filter((x) => where(x) && period(x))) {
    people.set(r.key, r);
    const age = ageOn(r.birth, r.enrolledOn);
    if (age >= 15 && age <= 34) youth.add(r.key);
  }
  const list = [...people.values()];
  const coops = new Set<string>();
  const members = new Set<string>();
  for (const r of rows)
    if (r.cooperative && matching.has(r.key)) {
      coops.add(r.cooperative);
      members.add(r.key);
    }
  const b = list.length;
  const count = (f: (r: Row) => boolean) => list.filter(f).length;
  return {
    beneficiaries: b,
    women: count((r) => r.gender === 'F'),
    womenShare: share(
      count((r) => r.gender === 'F'),
      b,
    ),
    neet: count((r) => r.neet),
    neetShare: share(
      count((r) => r.neet),
      b,
    ),
    rural: count((r) => r.rural),
    ruralShare: share(
      count((r) => r.rural),
      b,
    ),
    youth: youth.size,
    regionsCovered: new Set(list.map((r) => r.region)).size,
    provincesCovered: new Set(list.map((r) => `${r.region}/${r.province}`)).size,
    cooperatives: coops.size,
    cooperativeMembers: members.size,
  };
}

// ---------- The product ----------

const HEADLINE = `beneficiaries women womenShare neet neetShare rural ruralShare youth regionsCovered provincesCovered cooperatives cooperativeMembers`;

async function signedIn(email: string) {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}
function ok<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

async function importRegister(c: ApiClient) {
  const res = await c.fetch(`/api/imports?fileName=impact-register.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(CSV),
  });
  expect(res.status).toBe(201);
  const { uploadId } = (await res.json()) as { uploadId: string };
  const preview = ok(
    await c.gql<{ previewPeopleImport: { created: number; rejectedRows: number; problems: unknown[] } }>(
      `mutation($i: PeopleImportInput!) { previewPeopleImport(input: $i) { created rejectedRows problems { row column reason } } }`,
      { i: { uploadId } },
    ),
  ).previewPeopleImport;
  expect(preview.problems).toEqual([]);
  const { id } = ok(
    await c.gql<{ startPeopleImport: { id: string } }>(`mutation($i: PeopleImportInput!) { startPeopleImport(input: $i) { id } }`, {
      i: { uploadId },
    }),
  ).startPeopleImport;
  for (let i = 0; i < 150; i++) {
    const run = ok(
      await c.gql<{ importRun: { status: string; createdCount: number; rejectedCount: number } }>(
        `query($id: ID!) { importRun(id: $id) { status createdCount rejectedCount } }`,
        { id },
      ),
    ).importRun;
    if (run.status !== 'RUNNING') return { preview, run };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the import did not finish');
}

type Figures = Expected & {
  source: string;
  byRegion: Array<{ regionCode: string; beneficiaries: number; women: number; neet: number; rural: number }>;
};
async function figures(c: ApiClient, f: Record<string, unknown> = {}): Promise<Figures> {
  return ok(
    await c.gql<{ impact: Figures }>(
      `query($f: ImpactFilter) { impact(filter: $f) { ${HEADLINE} source byRegion { regionCode beneficiaries women neet rural } } }`,
      {
        f,
      },
    ),
  ).impact;
}
const headline = ({ source: _s, byRegion: _r, ...rest }: Figures) => rest;

describe('impact after importing a register', () => {
  it('the headline figures, by region and by programme, equal the counts computed from the file, for the admin and the importing lead', async () => {
    const rows = readRegister();
    const people = new Set(rows.map((r) => r.key)).size;
    expect(rows.length).toBe(48);
    expect(people).toBe(43);

    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    // Before the import, the summary already holds figures (here another organisation's) from a scheduled refresh,
    // so a summary left stale by the import would show.
    const elsewhere = await makeTeam(t.dataSource);
    const otherAdmin = await signedIn(elsewhere.admin.email);
    const otherProgram = await apiCreateProgram(otherAdmin, 'Ailleurs');
    await apiEnrol(otherAdmin, (await apiCreatePerson(otherAdmin)).id, otherProgram.id, []);
    ok(await otherAdmin.gql(`mutation { refreshImpactSummary }`));

    // The programme lead creates her three programmes, then imports her register into them.
    for (const name of new Set(rows.map((r) => r.program))) await apiCreateProgram(lead, name);
    const { preview, run } = await importRegister(lead);
    expect(preview).toMatchObject({ created: people, rejectedRows: 0 });
    expect(run).toEqual({ status: 'SUCCEEDED', createdCount: people, rejectedCount: 0 });

    const all = expected(rows);
    // Sanity of the fixture itself: varied enough to test something.
    expect(all).toMatchObject({ regionsCovered: 10, cooperatives: 6 });
    expect(all.women).toBeGreaterThan(all.beneficiaries / 2);
    expect(all.neet).toBeGreaterThan(10);
    expect(all.rural).toBeLessThan(all.beneficiaries);

    for (const c of [admin, lead]) {
      const fig = await figures(c);
      expect(headline(fig)).toEqual(all);
      // By region: the breakdown, and each region's own dashboard (cooperatives and their members too).
      const regions = [...new Set(rows.map((r) => r.region))].sort();
      expect(fig.byRegion.map((r) => r.regionCode)).toEqual(regions);
      for (const code of regions) {
        const e = expected(rows, (r) => r.region === code);
        expect(fig.byRegion.find((r) => r.regionCode === code)).toEqual({
          regionCode: code,
          beneficiaries: e.beneficiaries,
          women: e.women,
          neet: e.neet,
          rural: e.rural,
        });
        expect({ code, ...headline(await figures(c, { regionCode: code })) }).toEqual({ code, ...e });
      }
    }

    // Each programme's dashboard (answered from the summary for whole months), right after the import.
    const programs = ok(
      await lead.gql<{ programs: { edges: Array<{ node: { id: string; name: string } }> } }>(
        `{ programs(first: 50) { edges { node { id name } } } }`,
      ),
    ).programs.edges.map((e) => e.node);
    expect(programs.map((p) => p.name).sort()).toEqual([...new Set(rows.map((r) => r.program))].sort());
    const half = { from: '2025-01-01', to: '2025-06-30' };
    const inHalf = (r: Row) => r.enrolledOn >= half.from && r.enrolledOn <= half.to;
    for (const p of programs) {
      for (const c of [admin, lead]) {
        const whole = await figures(c, { programId: p.id });
        expect(whole.source).toBe('SUMMARY');
        expect({ program: p.name, ...headline(whole) }).toEqual({ program: p.name, ...expected(rows, (r) => r.program === p.name) });
        const period = await figures(c, { programId: p.id, ...half });
        expect({ program: p.name, ...headline(period) }).toEqual({
          program: p.name,
          ...expected(rows, (r) => r.program === p.name, inHalf),
        });
      }
    }
    // The organisation over a period (live).
    const period = await figures(admin, half);
    expect(period.source).toBe('LIVE');
    expect(headline(period)).toEqual(expected(rows, () => true, inHalf));

    // The people behind the figures: the drill-down lists have as many people.
    const count = async (m: string) =>
      ok(
        await lead.gql<{ impactPeople: { totalCount: number } }>(
          `query($m: ImpactPeopleMeasure!) { impactPeople(measure: $m) { totalCount } }`,
          { m },
        ),
      ).impactPeople.totalCount;
    expect(await count('BENEFICIARIES')).toBe(all.beneficiaries);
    expect(await count('WOMEN')).toBe(all.women);
    expect(await count('NEET')).toBe(all.neet);
    expect(await count('RURAL')).toBe(all.rural);
    expect(await count('COOPERATIVE_MEMBERS')).toBe(all.cooperativeMembers);
    const coops = ok(await lead.gql<{ impactCooperatives: { totalCount: number } }>(`{ impactCooperatives { totalCount } }`));
    expect(coops.impactCooperatives.totalCount).toBe(all.cooperatives);
  }, 120000);
});
