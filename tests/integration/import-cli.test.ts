import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { makeOrganization } from '../factories';
import { buildServer, ROOT } from '../utils/build';
import { startTestApp, TEST_ENCRYPTION_KEY, TestApp, testDatabaseUrl } from '../utils/test-app';

const SAMPLE = path.join(ROOT, 'tests/fixtures/people-sample.csv');
const DEFECTS = path.join(ROOT, 'tests/fixtures/people-defects.csv');

let t: TestApp;
let dir: string;
beforeAll(async () => {
  buildServer();
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'rafiq-import-'));
}, 120000);
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

function rafiq(args: string[]) {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'backend/dist/cli/main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), RAFIQ_LOG_LEVEL: 'silent', RAFIQ_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY },
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

interface Report {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; column: string; message: string }[];
}
const json = (out: string) => JSON.parse(out) as Report;

async function counts(orgId: string) {
  const [row] = await t.dataSource.query<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM person WHERE organization_id = $1)::int AS people,
            (SELECT count(*) FROM enrolment WHERE organization_id = $1)::int AS enrolments,
            (SELECT count(*) FROM program WHERE organization_id = $1)::int AS programs,
            (SELECT count(*) FROM cohort WHERE organization_id = $1)::int AS cohorts,
            (SELECT count(*) FROM cooperative WHERE organization_id = $1)::int AS cooperatives,
            (SELECT count(*) FROM cooperative_member WHERE organization_id = $1)::int AS members`,
    [orgId],
  );
  return row;
}

describe('rafiq import people', () => {
  it('imports the sample file, and a second run creates nothing', async () => {
    const org = await makeOrganization(t.dataSource);
    const first = rafiq(['import', 'people', SAMPLE, '--organisation', org.slug, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(json(first.out)).toEqual({ created: 12, updated: 0, unchanged: 0, rejected: [] });
    expect(await counts(org.id)).toEqual({ people: 12, enrolments: 12, programs: 4, cohorts: 5, cooperatives: 3, members: 6 });

    const people = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT p.last_name, p.first_name, p.gender, p.birth_date::text AS birth, p.phone, p.region_code, p.province_code, p.area, p.education_level, p.neet,
              p.national_id_masked, p.national_id_hash IS NOT NULL AS has_id
         FROM person p WHERE p.organization_id = $1 ORDER BY p.phone NULLS LAST`,
      [org.id],
    );
    expect(people[0]).toMatchObject({
      last_name: 'Ait Baha',
      first_name: 'Hasna',
      gender: 'F',
      birth: '1991-04-12',
      phone: '+212661234501',
      region_code: 'MA-09',
      province_code: 'MA-09-TAR',
      area: 'RURAL',
      education_level: 'PRIMARY',
      neet: false,
      national_id_masked: 'JB****77',
    });
    expect(people.find((p) => p.first_name === 'Zahra')).toMatchObject({
      birth: '1999-06-05',
      phone: '+212661234503',
      neet: true,
      has_id: false,
    });
    expect(people.find((p) => p.first_name === 'سعاد')).toMatchObject({ region_code: 'MA-07', province_code: 'MA-07-SAF', gender: 'F' });
    expect(people.find((p) => p.first_name === 'Sara')).toMatchObject({ region_code: 'MA-05', phone: null });
    expect(people.find((p) => p.first_name === 'Nabil')).toMatchObject({ gender: 'M', region_code: 'MA-01', area: 'URBAN' });
    expect(people.find((p) => p.first_name === 'Ilham')).toMatchObject({ region_code: 'MA-02', province_code: 'MA-02-FIG' });
    const roles = await t.dataSource.query<{ name: string; first_name: string; role: string }[]>(
      `SELECT c.name, p.first_name, m.role FROM cooperative_member m JOIN cooperative c ON c.id = m.cooperative_id JOIN person p ON p.id = m.person_id
        WHERE m.organization_id = $1 ORDER BY p.first_name`,
      [org.id],
    );
    expect(roles.find((r) => r.first_name === 'Hasna')).toEqual({
      name: 'Coopérative Tifawin Argan',
      first_name: 'Hasna',
      role: 'PRESIDENT',
    });
    expect(roles.find((r) => r.first_name === 'Rkia')?.role).toBe('TREASURER');
    const enrolment = await t.dataSource.query<Record<string, string>[]>(
      `SELECT pr.name AS program, c.name AS cohort, e.enrolled_on::text AS "on", e.status FROM enrolment e JOIN program pr ON pr.id = e.program_id
         LEFT JOIN cohort c ON c.id = e.cohort_id JOIN person p ON p.id = e.person_id WHERE p.organization_id = $1 AND p.first_name = 'Samira'`,
      [org.id],
    );
    expect(enrolment).toEqual([{ program: 'Al Montija', cohort: 'Bouizate 2025', on: '2025-02-01', status: 'ACTIVE' }]);
    const [run] = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT file_name, status, created_count, total_rows, user_id FROM import_run WHERE organization_id = $1`,
      [org.id],
    );
    expect(run).toEqual({ file_name: 'people-sample.csv', status: 'SUCCEEDED', created_count: 12, total_rows: 12, user_id: null });

    const second = rafiq(['import', 'people', SAMPLE, '--organisation', org.slug]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('0 created, 0 updated, 12 unchanged, 0 rejected');
    expect(await counts(org.id)).toEqual({ people: 12, enrolments: 12, programs: 4, cohorts: 5, cooperatives: 3, members: 6 });
  });

  it('refuses a file with defects of every kind, one problem per row and column, and writes nothing', async () => {
    const org = await makeOrganization(t.dataSource);
    const res = rafiq(['import', 'people', DEFECTS, '--organisation', org.slug, '--json', '--locale', 'en']);
    expect(res.code).toBe(2);
    const report = json(res.out);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(report.rejected.map((r) => [r.row, r.column, r.message])).toEqual([
      [3, 'NOM', 'This value is required'],
      [4, 'Sexe', 'Gender must be F or M (femme, homme, female, male, أنثى, ذكر)'],
      [5, 'Date_de_naissance', 'Not a real date (YYYY-MM-DD or DD/MM/YYYY)'],
      [6, 'Date_de_naissance', 'The date must be in the past'],
      [7, 'Tel', 'Not a valid phone number'],
      [8, 'Région', 'Unknown region'],
      [9, 'Province', 'This province is not in the region'],
      [10, 'Milieu', 'Must be rural or urban'],
      [11, "Niveau d'étude", 'Unknown education level'],
      [12, 'NEET', 'Must be yes or no'],
      [13, 'Rôle coopérative', 'Unknown cooperative role'],
      [14, 'CIN', 'This national ID is already on an earlier row'],
      [15, 'Programme', 'This value is required'],
      [16, "Date d'inscription", 'Not a real date (YYYY-MM-DD or DD/MM/YYYY)'],
    ]);
    expect(await counts(org.id)).toEqual({ people: 0, enrolments: 0, programs: 0, cohorts: 0, cooperatives: 0, members: 0 });

    const fr = rafiq(['import', 'people', DEFECTS, '--organisation', org.slug, '--dry-run']);
    expect(fr.code).toBe(2);
    expect(fr.out).toContain('row 3, column NOM: Cette valeur est obligatoire');
    expect(fr.out).toContain('Ignored columns: Remarques');
    const ar = json(rafiq(['import', 'people', DEFECTS, '--organisation', org.slug, '--json', '--locale', 'ar']).out);
    expect(ar.rejected[0].message).toBe('هذه القيمة إلزامية');

    const partial = rafiq(['import', 'people', DEFECTS, '--organisation', org.slug, '--json', '--skip-invalid']);
    expect(partial.code).toBe(2);
    expect(json(partial.out)).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(await counts(org.id)).toEqual({ people: 1, enrolments: 1, programs: 1, cohorts: 1, cooperatives: 1, members: 1 });
  });

  it('reads XLSX (first sheet), matches people already there and updates what changed', async () => {
    const org = await makeOrganization(t.dataSource);
    const lines = readFileSync(SAMPLE, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Bénéficiaires');
    lines.forEach((cells, i) => {
      // A real date cell and a changed phone for Hasna, on the first data row.
      if (i === 1) sheet.addRow(cells.map((c, j) => (j === 3 ? new Date(Date.UTC(1991, 3, 12)) : j === 5 ? '0661999999' : c)));
      else sheet.addRow(cells);
    });
    wb.addWorksheet('Notes').addRow(['not', 'read']);
    const xlsx = path.join(dir, 'people.xlsx');
    await wb.xlsx.writeFile(xlsx);

    expect(json(rafiq(['import', 'people', SAMPLE, '--organisation', org.slug, '--json']).out)).toMatchObject({ created: 12 });
    const dry = rafiq(['import', 'people', xlsx, '--organisation', org.slug, '--json', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(json(dry.out)).toEqual({ created: 0, updated: 1, unchanged: 11, rejected: [] });
    const [before] = await t.dataSource.query<{ phone: string }[]>(
      `SELECT phone FROM person WHERE organization_id = $1 AND first_name = 'Hasna'`,
      [org.id],
    );
    expect(before.phone).toBe('+212661234501');
    const res = rafiq(['import', 'people', xlsx, '--organisation', org.slug, '--json']);
    expect(res.code).toBe(0);
    expect(json(res.out)).toEqual({ created: 0, updated: 1, unchanged: 11, rejected: [] });
    const [after] = await t.dataSource.query<{ phone: string; version: number }[]>(
      `SELECT phone, version FROM person WHERE organization_id = $1 AND first_name = 'Hasna'`,
      [org.id],
    );
    expect(after).toEqual({ phone: '+212661999999', version: 2 });
    expect((await counts(org.id)).people).toBe(12);
  });

  it('fails with exit code 1 on an unknown organisation or a missing file', () => {
    expect(rafiq(['import', 'people', SAMPLE, '--organisation', 'no-such-org'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('No organisation'),
    });
    expect(rafiq(['import', 'people', path.join(dir, 'nope.csv'), '--organisation', 'no-such-org'])).toMatchObject({ code: 1 });
  });
});
