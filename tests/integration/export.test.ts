import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Role } from '@rafiq/shared';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { ApiClient } from '../utils/api-client';
import { ROOT } from '../utils/build';
import { startTestApp, TestApp } from '../utils/test-app';

const SAMPLE = readFileSync(path.join(ROOT, 'tests/fixtures/people-sample.csv'));

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

async function importSample(c: ApiClient) {
  const res = await c.fetch('/api/imports?fileName=s.csv', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(SAMPLE),
  });
  const { uploadId } = (await res.json()) as { uploadId: string };
  const started = await c.gql<{ startPeopleImport: { id: string } }>(
    `mutation($i: PeopleImportInput!) { startPeopleImport(input: $i) { id } }`,
    { i: { uploadId } },
  );
  for (let i = 0; i < 100; i++) {
    const run = await c.gql<{ importRun: { status: string } }>(`query($id: ID!) { importRun(id: $id) { status } }`, {
      id: started.data!.startPeopleImport.id,
    });
    if (run.data!.importRun.status !== 'RUNNING') return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const csvLines = async (c: ApiClient, query = '') => {
  const res = await c.fetch(`/api/exports/people.csv${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  return (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
};

describe('exports', () => {
  it('streams the people list as CSV and XLSX with the filters, masked, respecting who may see whom', async () => {
    const { admin, coach, entrepreneur } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    await importSample(a);

    const all = await csvLines(a);
    expect(all).toHaveLength(13);
    expect(all[0]).toBe("Nom,Prénom,Sexe,Année de naissance,CIN (masquée),Région,Province,Commune,Milieu,Niveau d'étude,NEET");
    expect(all.find((l) => l.startsWith('Ait Baha,Hasna'))).toBe('Ait Baha,Hasna,F,1991,JB****77,MA-09,MA-09-TAR,,RURAL,PRIMARY,non');
    expect(all.join('\n')).not.toContain('JB412877');
    expect(await csvLines(a, '?regionCode=MA-05')).toHaveLength(3);

    const xlsx = await a.fetch('/api/exports/people.xlsx?regionCode=MA-07');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('Nom');
    const names = [2, 3, 4].map((r) => sheet.getRow(r).getCell(2).text).sort();
    expect(names).toEqual(['Houda', 'Samira', 'سعاد'].sort());

    // A coach gets only her portfolio: the one person whose active enrolment she is assigned to.
    await t.dataSource.query(
      `INSERT INTO enrolment_coach (enrolment_id, user_id, organization_id)
       SELECT e.id, $2, e.organization_id FROM enrolment e JOIN person p ON p.id = e.person_id WHERE p.organization_id = $1 AND p.first_name = 'Hasna'`,
      [admin.organizationId, coach.id],
    );
    const mine = await csvLines(await signIn(coach.email));
    expect(mine).toHaveLength(2);
    expect(mine[1]).toMatch(/^Ait Baha,Hasna,/);

    // Another organisation's admin sees none of these rows; an entrepreneur may not export.
    const other = await makeOrganization(t.dataSource);
    const stranger = await signIn((await makeUser(t.dataSource, other, Role.ADMIN)).email);
    expect(await csvLines(stranger)).toHaveLength(1);
    expect((await (await signIn(entrepreneur.email)).fetch('/api/exports/people.csv')).status).toBe(403);
    expect((await t.client().fetch('/api/exports/people.xlsx')).status).toBe(401);
  });
});
