import { Role } from '@rafiq/shared';
import { Secret, TOTP } from 'otpauth';
import { resetTwoFactorByEmail } from '../../backend/src/modules/auth/user-admin';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { ApiClient, codeOf } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Two-factor sign-in (issue 9, item 7; docs/security.md): TOTP with single-use recovery codes,
 * replays refused, required of staff where the deployment says so (RAFIQ_REQUIRE_2FA).
 */
let t: TestApp;
let strict: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  strict = await startTestApp({ RAFIQ_REQUIRE_2FA: '1' });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await strict?.close();
});

let ip = 0;
/** A fresh address per sign-in, so the throttle of one test never answers another. */
const client = (app: TestApp) => app.client().from(`10.77.0.${++ip}`);
/** The code an authenticator app shows now. */
const generateSync = ({ secret, timestamp = Date.now() }: { secret: string; timestamp?: number }) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });
/** The code of the 30-second step after the current one: accepted (one step of drift), and new. */
const nextCode = (secret: string) => generateSync({ secret, timestamp: Date.now() + 30_000 });

const STATUS = `{ me { twoFactor { enabled required recoveryCodesLeft } } }`;
const BEGIN = `mutation { beginTwoFactorSetup { secret otpauthUri qrSvg } }`;
const CONFIRM = `mutation($c: String!) { confirmTwoFactorSetup(code: $c) }`;
const LOGIN = `mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, code: $c) { id } }`;

async function signIn(app: TestApp, email: string): Promise<ApiClient> {
  const c = client(app);
  const res = await c.login(email, TEST_PASSWORD);
  expect(res.errors).toBeUndefined();
  return c;
}

/** Turns it on for a signed-in client; answers the secret and the recovery codes. */
async function enable(c: ApiClient): Promise<{ secret: string; codes: string[]; first: string }> {
  const begun = await c.gql<{ beginTwoFactorSetup: { secret: string } }>(BEGIN);
  const secret = begun.data!.beginTwoFactorSetup.secret;
  const first = generateSync({ secret });
  const confirmed = await c.gql<{ confirmTwoFactorSetup: string[] }>(CONFIRM, { c: first });
  expect(confirmed.errors).toBeUndefined();
  return { secret, codes: confirmed.data!.confirmTwoFactorSetup, first };
}

describe('two-factor sign-in', () => {
  it('is set up with a QR code and a first code; the secret is stored encrypted; other sessions end', async () => {
    const { coach } = await makeTeam(t.dataSource);
    const c = await signIn(t, coach.email);
    const elsewhere = await signIn(t, coach.email);
    expect((await c.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 } } });

    const begun = await c.gql<{ beginTwoFactorSetup: { secret: string; otpauthUri: string; qrSvg: string } }>(BEGIN);
    const { secret, otpauthUri, qrSvg } = begun.data!.beginTwoFactorSetup;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const uri = new URL(otpauthUri);
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe(`otpauth://totp/Rafiq:${coach.email}`);
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret, issuer: 'Rafiq', digits: '6', period: '30' });
    expect(qrSvg).toMatch(/^<svg/);
    const [stored] = await t.dataSource.query<Array<{ secret_encrypted: string; enabled_at: Date | null }>>(
      `SELECT secret_encrypted, enabled_at FROM user_two_factor WHERE user_id = $1`,
      [coach.id],
    );
    expect(stored.secret_encrypted).not.toContain(secret);
    expect(stored.enabled_at).toBeNull();

    const wrong = await c.gql(CONFIRM, { c: '000000' === generateSync({ secret }) ? '111111' : '000000' });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions).toMatchObject({ field: 'code', reason: 'INVALID_CODE' });
    expect((await c.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 } } });

    const confirmed = await c.gql<{ confirmTwoFactorSetup: string[] }>(CONFIRM, { c: generateSync({ secret }) });
    const codes = confirmed.data!.confirmTwoFactorSetup;
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(new Set(codes).size).toBe(10);
    expect((await c.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: true, required: false, recoveryCodesLeft: 10 } } });
    // The session that set it up goes on; the one opened with the password alone ended.
    expect((await elsewhere.gql(`{ me { id } }`)).data).toEqual({ me: null });
    // Only hashes of the recovery codes are kept.
    const [kept] = await t.dataSource.query<Array<{ h: string }>>(
      `SELECT array_to_string(recovery_code_hashes, ',') AS h FROM user_two_factor WHERE user_id = $1`,
      [coach.id],
    );
    for (const code of codes) expect(kept.h).not.toContain(code);
    // Audited as a change of her account, without the secret.
    const audit = await t.dataSource.query<Array<{ changes: Record<string, unknown> }>>(
      `SELECT changes FROM audit_log WHERE entity = 'app_user' AND entity_id = $1 AND action = 'UPDATE'`,
      [coach.id],
    );
    expect(audit.map((a) => a.changes)).toContainEqual({ twoFactor: [false, true] });
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('then asks for a code at sign-in: none, wrong or replayed codes are refused; a recovery code works once', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const { secret, codes, first } = await enable(await signIn(t, lead.email));
    const c = client(t);

    const none = await c.gql(LOGIN, { e: lead.email, p: TEST_PASSWORD });
    expect(codeOf(none)).toBe('UNAUTHENTICATED');
    expect(none.errors?.[0].extensions?.reason).toBe('TWO_FACTOR_REQUIRED');
    expect(none.headers.getSetCookie().join('')).not.toMatch(/rafiq_session=[^;]/);
    expect((await c.gql(`{ me { id } }`)).data).toEqual({ me: null });

    // A wrong password with a right code is still a wrong password.
    const badPassword = await c.gql(LOGIN, { e: lead.email, p: 'not the password', c: nextCode(secret) });
    expect(badPassword.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');

    // The code used to turn it on cannot be used again.
    const replay = await c.gql(LOGIN, { e: lead.email, p: TEST_PASSWORD, c: first });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_CODE', field: 'code' });
    const failed = await t.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'SIGN_IN_FAILED' AND entity_id = $1`, [lead.id]);
    expect(failed.length).toBeGreaterThanOrEqual(1);

    const code = nextCode(secret);
    const ok = await c.gql<{ login: { id: string } }>(LOGIN, { e: lead.email, p: TEST_PASSWORD, c: code.replace(/(\d{3})/, '$1 ') });
    expect(ok.data?.login.id).toBe(lead.id);
    expect((await c.gql(`{ me { id } }`)).data).toEqual({ me: { id: lead.id } });
    // The same code a second time (another device, a replayed request) is refused.
    const again = await client(t).gql(LOGIN, { e: lead.email, p: TEST_PASSWORD, c: code });
    expect(again.errors?.[0].extensions?.reason).toBe('INVALID_CODE');

    const viaRecovery = client(t);
    expect((await viaRecovery.gql(LOGIN, { e: lead.email, p: TEST_PASSWORD, c: codes[3].toUpperCase() })).data).toEqual({
      login: { id: lead.id },
    });
    expect((await viaRecovery.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: true, required: false, recoveryCodesLeft: 9 } } });
    const usedTwice = await client(t).gql(LOGIN, { e: lead.email, p: TEST_PASSWORD, c: codes[3] });
    expect(usedTwice.errors?.[0].extensions?.reason).toBe('INVALID_CODE');
  });

  it('renews the recovery codes after an app code, and turns off after a code where it is not required', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const entrepreneur = await makeUser(t.dataSource, org, Role.ENTREPRENEUR);
    const c = await signIn(t, entrepreneur.email);
    const { secret, codes } = await enable(c);

    // A recovery code does not renew the recovery codes; an app code does, and the old ones stop working.
    const byRecovery = await c.gql(`mutation($c: String!) { regenerateRecoveryCodes(code: $c) }`, { c: codes[0] });
    expect(byRecovery.errors?.[0].extensions).toMatchObject({ field: 'code', reason: 'INVALID_CODE' });
    const renewed = await c.gql<{ regenerateRecoveryCodes: string[] }>(`mutation($c: String!) { regenerateRecoveryCodes(code: $c) }`, {
      c: nextCode(secret),
    });
    expect(renewed.data!.regenerateRecoveryCodes).toHaveLength(10);
    expect(renewed.data!.regenerateRecoveryCodes).not.toContain(codes[1]);
    expect((await client(t).gql(LOGIN, { e: entrepreneur.email, p: TEST_PASSWORD, c: codes[1] })).errors?.[0].extensions?.reason).toBe(
      'INVALID_CODE',
    );

    const wrongOff = await c.gql(`mutation { disableTwoFactor(code: "12345") }`);
    expect(codeOf(wrongOff)).toBe('BAD_USER_INPUT');
    const off = await c.gql(`mutation($c: String!) { disableTwoFactor(code: $c) }`, { c: renewed.data!.regenerateRecoveryCodes[0] });
    expect(off.data).toEqual({ disableTwoFactor: true });
    expect((await client(t).login(entrepreneur.email, TEST_PASSWORD)).data?.login.id).toBe(entrepreneur.id);
    // Another admin's organisation cannot see it; her admin sees nothing of it (her own only).
    const adminClient = await signIn(t, admin.email);
    const other = await adminClient.gql<{ me: { twoFactor: unknown } }>(STATUS);
    expect(other.data?.me.twoFactor).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    void secret;
  });

  it('is reset by an admin of her organisation only (her sessions end), or from the CLI', async () => {
    const { admin, coach, lead } = await makeTeam(t.dataSource);
    const otherOrg = await makeOrganization(t.dataSource, 'Other lab');
    const otherAdmin = await makeUser(t.dataSource, otherOrg, Role.ADMIN);
    const coachClient = await signIn(t, coach.email);
    await enable(coachClient);
    const RESET = `mutation($u: ID!) { resetTwoFactor(userId: $u) }`;

    expect(codeOf(await (await signIn(t, otherAdmin.email)).gql(RESET, { u: coach.id }))).toBe('NOT_FOUND');
    expect(codeOf(await (await signIn(t, lead.email)).gql(RESET, { u: coach.id }))).toBe('FORBIDDEN');
    expect(codeOf(await client(t).gql(RESET, { u: coach.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await (await signIn(t, admin.email)).gql(RESET, { u: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    const [still] = await t.dataSource.query(`SELECT enabled_at FROM user_two_factor WHERE user_id = $1`, [coach.id]);
    expect(still.enabled_at).not.toBeNull();

    expect((await (await signIn(t, admin.email)).gql(RESET, { u: coach.id })).data).toEqual({ resetTwoFactor: true });
    expect((await coachClient.gql(`{ me { id } }`)).data).toEqual({ me: null });
    expect((await client(t).login(coach.email, TEST_PASSWORD)).data?.login.id).toBe(coach.id);

    await enable(await signIn(t, coach.email));
    expect(await resetTwoFactorByEmail(t.dataSource, coach.email.toUpperCase())).toBe(true);
    expect(await resetTwoFactorByEmail(t.dataSource, 'nobody@test.example')).toBe(false);
    expect((await client(t).login(coach.email, TEST_PASSWORD)).data?.login.id).toBe(coach.id);
  });

  it('where required, staff can do nothing but set it up, then everything; it cannot be turned off; entrepreneurs are free', async () => {
    const { coach, org } = await makeTeam(strict.dataSource);
    const entrepreneur = await makeUser(strict.dataSource, org, Role.ENTREPRENEUR);
    const c = await signIn(strict, coach.email);
    expect((await c.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: false, required: true, recoveryCodesLeft: 0 } } });

    const people = await c.gql(`{ people(first: 5) { totalCount } }`);
    expect(codeOf(people)).toBe('FORBIDDEN');
    expect(people.errors?.[0].extensions?.reason).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect(people.data?.people ?? null).toBeNull();
    const lead = await signIn(strict, (await makeTeam(strict.dataSource)).lead.email);
    const write = await lead.gql(
      `mutation { createPerson(input: { firstName: "Amina", lastName: "Test", gender: F, regionCode: "MA-09" }) { id } }`,
    );
    expect(write.errors?.[0].extensions?.reason).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect((await strict.dataSource.query(`SELECT 1 FROM person WHERE first_name = 'Amina' AND last_name = 'Test'`)).length).toBe(0);
    // Files and exports are shut too.
    expect((await c.fetch('/api/exports/people.csv')).status).toBe(401);
    expect((await c.gql(`mutation { setMyLocale(locale: AR) { locale } }`)).data).toEqual({ setMyLocale: { locale: 'AR' } });

    const { secret, codes } = await enable(c);
    expect((await c.gql(`{ people(first: 5) { totalCount } }`)).data).toEqual({ people: { totalCount: 0 } });
    expect((await c.fetch('/api/exports/people.csv')).status).toBe(200);
    const off = await c.gql(`mutation($c: String!) { disableTwoFactor(code: $c) }`, { c: codes[0] });
    expect(codeOf(off)).toBe('FORBIDDEN');
    expect((await c.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: true, required: true, recoveryCodesLeft: 10 } } });
    // Signing in again needs the code, and then nothing is shut.
    const again = client(strict);
    await again.gql(LOGIN, { e: coach.email, p: TEST_PASSWORD, c: nextCode(secret) });
    expect((await again.gql(`{ people(first: 5) { totalCount } }`)).errors).toBeUndefined();

    const her = await signIn(strict, entrepreneur.email);
    expect((await her.gql(STATUS)).data).toEqual({ me: { twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 } } });
    expect((await her.gql(`{ myJourney { person { id } } }`)).errors?.[0].extensions?.reason).not.toBe('TWO_FACTOR_SETUP_REQUIRED');
  });
});
