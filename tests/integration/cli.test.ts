import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { codeOf } from '../utils/api-client';
import { buildServer, ROOT } from '../utils/build';
import { startTestApp, TestApp, testDatabaseUrl } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  buildServer();
  t = await startTestApp();
}, 120000);
afterAll(async () => {
  await t.close();
});

function rafiq(args: string[], input = '') {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'backend/dist/cli/main.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), RAFIQ_LOG_LEVEL: 'silent' },
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('administration CLI', () => {
  it('every command has --help', () => {
    for (const cmd of [['migrate'], ['seed-demo'], ['org', 'create'], ['user', 'create'], ['user', 'disable'], ['audit', 'seal'], ['audit', 'verify'], ['schema']]) {
      const res = rafiq([...cmd, '--help']);
      expect(res.code).toBe(0);
      expect(res.out).toContain(`Usage: rafiq ${cmd.join(' ')}`);
    }
  });

  it('seals the audit trail and verifies it', () => {
    expect(rafiq(['audit', 'seal'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Sealed \d+ audit rows/) });
    expect(rafiq(['audit', 'verify'])).toMatchObject({ code: 0, out: expect.stringContaining('Audit trail intact') });
  });

  it('migrate says the database is up to date', () => {
    const res = rafiq(['migrate']);
    expect(res).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });
  });

  it('creates an organisation and a user whose password comes from standard input, and that user can sign in to the running app', async () => {
    const slug = `cli-${randomUUID().slice(0, 8)}`;
    const email = `${slug}@test.example`;
    expect(rafiq(['org', 'create', '--slug', slug, '--name', 'Coopérative CLI'])).toMatchObject({ code: 0 });
    const created = rafiq(['user', 'create', '--org', slug, '--email', email, '--role', 'program-lead', '--name', 'Leila'], 'a long enough password\n');
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining(`PROGRAM_LEAD ${email}`) });
    const c = t.client();
    const login = await c.login(email, 'a long enough password');
    expect(login.data?.login.role).toBe('PROGRAM_LEAD');

    const disabled = rafiq(['user', 'disable', '--email', email]);
    expect(disabled.code).toBe(0);
    expect(codeOf(await c.gql(`{ regions { code } }`))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with a clear message naming the problem and writes nothing', async () => {
    const slug = `cli-${randomUUID().slice(0, 8)}`;
    expect(rafiq(['org', 'create', '--slug', 'Not A Slug', '--name', 'x'])).toMatchObject({ code: 1, err: expect.stringContaining('(slug)') });
    expect(rafiq(['org', 'create', '--slug', slug, '--name', 'Org'])).toMatchObject({ code: 0 });
    expect(rafiq(['org', 'create', '--slug', slug, '--name', 'Again'])).toMatchObject({ code: 1, err: expect.stringContaining('exists already') });
    expect(rafiq(['user', 'create', '--org', slug, '--email', `u@${slug}.example`, '--role', 'king'], 'password123456\n')).toMatchObject({
      code: 1,
      err: expect.stringContaining('Unknown role "king"'),
    });
    expect(rafiq(['user', 'create', '--org', slug, '--email', `u@${slug}.example`, '--role', 'coach'], 'short\n')).toMatchObject({
      code: 1,
      err: expect.stringContaining('(password)'),
    });
    expect(rafiq(['user', 'create', '--org', 'no-such-org', '--email', `u@${slug}.example`, '--role', 'coach'], 'password123456\n')).toMatchObject({
      code: 1,
      err: expect.stringContaining('No organisation'),
    });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE email = $1`, [`u@${slug}.example`]);
    expect(count).toBe(0);
  });

  it('reports a bad configuration variable by name', () => {
    const res = spawnSync(process.execPath, [path.join(ROOT, 'backend/dist/cli/main.js'), 'migrate'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'mysql://nope' },
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('DATABASE_URL="mysql://nope"');
  });
});
