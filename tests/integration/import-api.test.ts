import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@rafiq/shared';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { ApiClient, codeOf } from '../utils/api-client';
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

async function upload(c: ApiClient, body: Buffer | string = SAMPLE, fileName = 'people-sample.csv', type = 'application/octet-stream') {
  const res = await c.fetch(`/api/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as { uploadId?: string; error?: { code: string; reason?: string } } };
}

const PREVIEW = `mutation($input: PeopleImportInput!) { previewPeopleImport(input: $input) {
  uploadId fileName mapping { header column } ignoredColumns rows totalRows created updated unchanged rejectedRows problems { row column reason } } }`;
const START = `mutation($input: PeopleImportInput!) { startPeopleImport(input: $input) { id status fileName } }`;
const RUN = `query($id: ID!) { importRun(id: $id) { id status progress totalRows createdCount updatedCount unchangedCount rejectedCount ranBy fileName problems { row column reason } } }`;

interface Run {
  status: string;
  createdCount: number;
  unchangedCount: number;
  rejectedCount: number;
  ranBy: string | null;
  progress: number;
  problems: { row: number; column: string; reason: string }[];
}

async function finished(c: ApiClient, id: string): Promise<Run> {
  for (let i = 0; i < 100; i++) {
    const res = await c.gql<{ importRun: Run }>(RUN, { id });
    if (res.data?.importRun.status !== 'RUNNING') return res.data!.importRun;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('import did not finish');
}

describe('imports over HTTP', () => {
  it('an admin uploads, previews with the detected mapping, confirms, follows progress and finds both runs in the history', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signIn(admin.email);
    const up = await upload(c);
    expect(up.status).toBe(201);
    const preview = await c.gql<{ previewPeopleImport: Record<string, unknown> }>(PREVIEW, { input: { uploadId: up.body.uploadId } });
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.previewPeopleImport as { mapping: { header: string; column: string }[]; rows: string[][] };
    expect(p).toMatchObject({
      fileName: 'people-sample.csv',
      totalRows: 12,
      created: 12,
      updated: 0,
      unchanged: 0,
      rejectedRows: 0,
      problems: [],
      ignoredColumns: [],
    });
    expect(p.mapping.slice(0, 3)).toEqual([
      { header: 'Nom', column: 'lastName' },
      { header: 'Prénom', column: 'firstName' },
      { header: 'Sexe', column: 'gender' },
    ]);
    expect(p.rows[0].slice(0, 2)).toEqual(['Ait Baha', 'Hasna']);
    const [{ count: none }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM person WHERE organization_id = $1`,
      [admin.organizationId],
    );
    expect(none).toBe(0);

    const started = await c.gql<{ startPeopleImport: { id: string; status: string } }>(START, { input: { uploadId: up.body.uploadId } });
    expect(started.errors).toBeUndefined();
    const run = await finished(c, started.data!.startPeopleImport.id);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      createdCount: 12,
      unchangedCount: 0,
      rejectedCount: 0,
      progress: 1,
      ranBy: admin.displayName,
    });
    // The finished run is in the audit trail with its file name and counts, by the importing admin.
    const [event] = await t.dataSource.query(`SELECT actor_user_id, actor_role, changes FROM audit_log WHERE action = 'IMPORT' AND entity_id = $1`, [
      started.data!.startPeopleImport.id,
    ]);
    expect(event).toMatchObject({ actor_user_id: admin.id, actor_role: 'ADMIN', changes: { status: [null, 'SUCCEEDED'], rows: [null, 12], created: [null, 12] } });
    // The upload is consumed.
    expect(codeOf(await c.gql(START, { input: { uploadId: up.body.uploadId } }))).toBe('NOT_FOUND');

    const again = await upload(c);
    const second = await c.gql<{ startPeopleImport: { id: string } }>(START, { input: { uploadId: again.body.uploadId } });
    expect(await finished(c, second.data!.startPeopleImport.id)).toMatchObject({
      status: 'SUCCEEDED',
      createdCount: 0,
      unchangedCount: 12,
    });

    const history = await c.gql<{
      importRuns: {
        totalCount: number;
        edges: { node: { fileName: string; createdCount: number; unchangedCount: number; ranBy: string } }[];
      };
    }>(`{ importRuns(first: 10) { totalCount edges { node { fileName createdCount unchangedCount ranBy startedAt } } } }`);
    expect(history.data!.importRuns.totalCount).toBe(2);
    expect(history.data!.importRuns.edges.map((e) => [e.node.createdCount, e.node.unchangedCount])).toEqual([
      [0, 12],
      [12, 0],
    ]);

    // Another organisation sees none of it.
    const other = await makeOrganization(t.dataSource);
    const stranger = await signIn((await makeUser(t.dataSource, other, Role.ADMIN)).email);
    expect(codeOf(await stranger.gql(RUN, { id: started.data!.startPeopleImport.id }))).toBe('NOT_FOUND');
    expect((await stranger.gql<{ importRuns: { totalCount: number } }>(`{ importRuns { totalCount } }`)).data!.importRuns.totalCount).toBe(
      0,
    );
    const mine = await upload(c);
    expect(codeOf(await stranger.gql(PREVIEW, { input: { uploadId: mine.body.uploadId } }))).toBe('NOT_FOUND');
  });

  it('lets the user fix a mapping the matcher got wrong', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signIn(admin.email);
    const file = SAMPLE.toString('utf8').replace(/^Nom,/, 'Family,');
    const up = await upload(c, file, 'family.csv');
    const before = await c.gql<{ previewPeopleImport: { problems: unknown[]; ignoredColumns: string[] } }>(PREVIEW, {
      input: { uploadId: up.body.uploadId },
    });
    expect(before.data!.previewPeopleImport).toMatchObject({
      ignoredColumns: ['Family'],
      problems: [{ row: 1, column: 'Nom', reason: 'MISSING_COLUMN' }],
    });
    const fixed = await c.gql<{ previewPeopleImport: { problems: unknown[]; created: number } }>(PREVIEW, {
      input: { uploadId: up.body.uploadId, mapping: [{ header: 'Family', column: 'lastName' }] },
    });
    expect(fixed.data!.previewPeopleImport).toMatchObject({ problems: [], created: 12 });
  });

  it('a programme lead imports only into programmes she leads; rows naming another are refused', async () => {
    const { lead, admin } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const l = await signIn(lead.email);
    // The lead runs Al Montija; the admin created the other programmes.
    await l.gql(`mutation { createProgram(input: { name: "Al Montija" }) { id } }`);
    await a.gql(`mutation { createProgram(input: { name: "Inclusion digitale" }) { id } }`);
    const up = await upload(l);
    const preview = await l.gql<{
      previewPeopleImport: { problems: { row: number; column: string; reason: string }[]; rejectedRows: number; created: number };
    }>(PREVIEW, {
      input: { uploadId: up.body.uploadId },
    });
    const { problems, rejectedRows } = preview.data!.previewPeopleImport;
    expect(rejectedRows).toBe(9);
    expect(problems.map((p) => p.row)).toEqual([2, 3, 4, 8, 9, 10, 11, 12, 13]);
    expect(new Set(problems.map((p) => `${p.column} ${p.reason}`))).toEqual(new Set(['Programme PROGRAM_NOT_ALLOWED']));
    const started = await l.gql<{ startPeopleImport: { id: string } }>(START, { input: { uploadId: up.body.uploadId, skipInvalid: true } });
    expect(await finished(l, started.data!.startPeopleImport.id)).toMatchObject({ status: 'SUCCEEDED', createdCount: 3, rejectedCount: 9 });
    const programs = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM program WHERE organization_id = $1 ORDER BY name`, [
      lead.organizationId,
    ]);
    expect(programs.map((p) => p.name)).toEqual(['Al Montija', 'Inclusion digitale']);
    // The admin sees the lead's run; the lead sees only her own.
    expect((await a.gql<{ importRuns: { totalCount: number } }>(`{ importRuns { totalCount } }`)).data!.importRuns.totalCount).toBe(1);
  });

  it('coaches, entrepreneurs and anonymous callers cannot import', async () => {
    const { coach, entrepreneur } = await makeTeam(t.dataSource);
    for (const user of [coach, entrepreneur]) {
      const c = await signIn(user.email);
      expect(await upload(c)).toEqual({ status: 403, body: { error: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' } } });
      expect(codeOf(await c.gql(PREVIEW, { input: { uploadId: '00000000-0000-4000-8000-000000000000' } }))).toBe('FORBIDDEN');
      expect(codeOf(await c.gql(`{ importRuns { totalCount } }`))).toBe('FORBIDDEN');
    }
    expect((await upload(t.client())).status).toBe(401);
  });

  it('refuses a form post (no CORS preflight) and an empty file', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = await signIn(admin.email);
    expect((await upload(c, SAMPLE, 'x.csv', 'text/plain')).status).toBe(415);
    expect(await upload(c, '', 'x.csv')).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', reason: 'REQUIRED' } } });
  });
});
