import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
import { makeTeam, makeUser, makeOrganization, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';
import { disableUser } from '../../backend/src/modules/auth/user-admin';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const ME = `{ me { id email role displayName locale organization { id name } } }`;

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie and `me` answers the user with her organisation', async () => {
    const { org, coach } = await makeTeam(t.dataSource);
    const c = t.client();
    const res = await c.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "${coach.email.toUpperCase()}", password: "${TEST_PASSWORD}") { id role organization { name } } }` }),
    });
    const body = (await res.json()) as { data: { login: { id: string; role: string; organization: { name: string } } } };
    expect(body.data.login).toEqual({ id: coach.id, role: 'COACH', organization: { name: org.name } });
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/rafiq_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/__Host-/); // plain HTTP here

    const me = await c.gql<{ me: { id: string; organization: { id: string } } }>(ME);
    expect(me.data?.me.id).toBe(coach.id);
    expect(me.data?.me.organization.id).toBe(org.id);
  });

  it('uses the __Host- prefixed Secure cookie behind HTTPS', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = t.client();
    const res = await c.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: `mutation { login(email: "${admin.email}", password: "${TEST_PASSWORD}") { id } }` }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^__Host-rafiq_session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('answers the same for an unknown account and a wrong password, and nothing for anonymous `me`', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const c = t.client().from('10.9.0.1');
    const wrong = await c.login(lead.email, 'not the password');
    const unknown = await c.login('nobody@test.example', 'not the password');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
    expect((await t.client().gql(ME)).data).toEqual({ me: null });
  });

  it('refuses a malformed e-mail with BAD_USER_INPUT naming the field', async () => {
    const res = await t.client().login('not-an-email', 'x');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('email');
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const { entrepreneur } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(entrepreneur.email, TEST_PASSWORD);
    const stolen = c.cookieHeader;
    expect((await c.gql(`mutation { logout }`)).data).toEqual({ logout: true });
    const replay = t.client();
    const [name, value] = stolen.split('=');
    replay.setCookie(name, value);
    const res = await replay.gql(`{ regions { code } }`);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].extensions?.reason).toBe('SESSION_EXPIRED');
    expect((await replay.gql(ME)).data).toEqual({ me: null });
  });

  it('disabling a user ends her sessions at once and she cannot sign in again', async () => {
    const { coach } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(coach.email, TEST_PASSWORD);
    expect((await c.gql(`{ regions { code } }`)).data).toBeTruthy();
    expect(await disableUser(t.dataSource, coach.email)).toBe(true);
    const [open] = await t.dataSource.query(`SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1 AND ended_at IS NULL`, [coach.id]);
    expect(open.n).toBe(0);
    expect(codeOf(await c.gql(`{ regions { code } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().login(coach.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('an expired session answers UNAUTHENTICATED with reason SESSION_EXPIRED', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(admin.email, TEST_PASSWORD);
    await t.dataSource.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [admin.id]);
    const res = await c.gql(`{ regions { code } }`);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('an idle session expires too', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(admin.email, TEST_PASSWORD);
    await t.dataSource.query(`UPDATE auth_session SET last_seen_at = now() - interval '13 hours' WHERE user_id = $1`, [admin.id]);
    expect(codeOf(await c.gql(`{ regions { code } }`))).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the session token and an argon2id hash of the password', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(lead.email, TEST_PASSWORD);
    const token = c.cookieHeader.split('=')[1];
    const [session] = await t.dataSource.query(`SELECT token_hash FROM auth_session WHERE user_id = $1`, [lead.id]);
    expect(session.token_hash).not.toContain(token);
    expect(session.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const [user] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [lead.id]);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('remembers the language a signed-in user chooses', async () => {
    const { entrepreneur } = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(entrepreneur.email, TEST_PASSWORD);
    expect((await c.gql(`mutation { setMyLocale(locale: AR) { locale } }`)).data).toEqual({ setMyLocale: { locale: 'AR' } });
    expect((await c.gql<{ me: { locale: string } }>(ME)).data?.me.locale).toBe('AR');
    expect(codeOf(await t.client().gql(`mutation { setMyLocale(locale: AR) { locale } }`))).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in throttling', () => {
  it('blocks an account from one address after 5 failures, even with the right password; aliases give no extra tries', async () => {
    const { coach } = await makeTeam(t.dataSource);
    const attacker = t.client().from('10.1.0.1');
    // A failed sign-in aborts the rest of an aliased mutation (login is non-null): one try per request.
    const aliased = Array.from({ length: 6 }, (_, i) => `a${i}: login(email: "${coach.email}", password: "guess-${i}") { id }`).join('\n');
    const res = await attacker.gql(`mutation { ${aliased} }`);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    for (let i = 0; i < 4; i++) expect(codeOf(await attacker.login(coach.email, `again-${i}`))).toBe('UNAUTHENTICATED');
    const right = await attacker.login(coach.email, TEST_PASSWORD);
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // The real user, from her own address, is not locked out.
    expect((await t.client().from('10.1.0.2').login(coach.email, TEST_PASSWORD)).data?.login.role).toBe('COACH');
  });

  it('parallel requests cannot slip past the limit', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const attacker = t.client().from('10.2.0.1');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attacker.login(lead.email, `guess-${i}`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('an account attacked from many addresses stays open from an address that signed in before', async () => {
    const org = await makeOrganization(t.dataSource);
    const victim = await makeUser(t.dataSource, org, Role.ENTREPRENEUR);
    const home = t.client().from('10.3.0.99');
    expect((await home.login(victim.email, TEST_PASSWORD)).data?.login.role).toBe('ENTREPRENEUR');
    for (let i = 0; i < 21; i++) await t.client().from(`10.3.1.${i}`).login(victim.email, 'wrong-guess');
    expect(codeOf(await t.client().from('10.3.2.1').login(victim.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect((await t.client().from('10.3.0.99').login(victim.email, TEST_PASSWORD)).data?.login.role).toBe('ENTREPRENEUR');
  });

  it('unknown accounts are throttled exactly like known ones', async () => {
    const c = t.client().from('10.4.0.1');
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await c.login('ghost@test.example', 'x')));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });
});
