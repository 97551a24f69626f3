import { Role } from '@rafiq/shared';
import { passwordResetLinkByEmail } from '../../backend/src/modules/auth/user-admin';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { ApiClient, codeOf } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Password reset links (issue 9, item 8; docs/security.md): made by an admin of her organisation
 * or the CLI, single use, expiring, throttled; using one ends every session of the account.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

let ip = 0;
const client = () => t.client().from(`10.88.0.${++ip}`);
const NEW_PASSWORD = 'a new long passphrase 2026';
const LINK = `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url expiresAt } }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

async function signIn(email: string, password = TEST_PASSWORD): Promise<ApiClient> {
  const c = client();
  const res = await c.login(email, password);
  expect(res.errors).toBeUndefined();
  return c;
}

describe('password reset links', () => {
  it('an admin makes one for a colleague; it sets her password once, ends her sessions, and is audited without values', async () => {
    const { admin, coach } = await makeTeam(t.dataSource);
    const coachSession = await signIn(coach.email);
    const made = await (
      await signIn(admin.email)
    ).gql<{ createPasswordResetLink: { url: string; expiresAt: string } }>(LINK, { u: coach.id });
    const { url, expiresAt } = made.data!.createPasswordResetLink;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reset-password#token=[\w-]{43}$/);
    const hours = (new Date(expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const token = tokenOf(url);
    // Only the token's hash is kept.
    const stored = await t.dataSource.query(`SELECT token_hash FROM password_reset_token WHERE user_id = $1`, [coach.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);

    const weak = await client().gql(RESET, { t: token, p: 'short' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].extensions).toMatchObject({ field: 'newPassword', reason: 'TOO_SHORT' });
    // A refused password leaves the link usable.
    expect((await client().gql(RESET, { t: token, p: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
    expect((await coachSession.gql(`{ me { id } }`)).data).toEqual({ me: null });
    expect(codeOf(await client().login(coach.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await client().login(coach.email, NEW_PASSWORD)).data?.login.id).toBe(coach.id);

    const again = await client().gql(RESET, { t: token, p: 'yet another passphrase 2026' });
    expect(again.errors?.[0].extensions).toMatchObject({ field: 'token', reason: 'INVALID_CODE' });
    expect((await client().login(coach.email, NEW_PASSWORD)).data?.login.id).toBe(coach.id);

    const audit = await t.dataSource.query<Array<{ changes: Record<string, unknown> }>>(
      `SELECT changes FROM audit_log WHERE entity = 'app_user' AND entity_id = $1 ORDER BY seq`,
      [coach.id],
    );
    expect(audit.map((a) => a.changes)).toContainEqual({ password: ['***', '***'], via: [null, 'reset link'] });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it('is refused when wrong, expired or replaced by a newer link; guessing is throttled', async () => {
    const { admin, lead } = await makeTeam(t.dataSource);
    const adminClient = await signIn(admin.email);
    const first = tokenOf(
      (await adminClient.gql<{ createPasswordResetLink: { url: string } }>(LINK, { u: lead.id })).data!.createPasswordResetLink.url,
    );
    const second = tokenOf(
      (await adminClient.gql<{ createPasswordResetLink: { url: string } }>(LINK, { u: lead.id })).data!.createPasswordResetLink.url,
    );
    const c = client();
    expect((await c.gql(RESET, { t: first, p: NEW_PASSWORD })).errors?.[0].extensions?.reason).toBe('INVALID_CODE');
    await t.dataSource.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [lead.id]);
    expect((await c.gql(RESET, { t: second, p: NEW_PASSWORD })).errors?.[0].extensions?.reason).toBe('INVALID_CODE');
    expect((await client().login(lead.email, TEST_PASSWORD)).data?.login.id).toBe(lead.id);

    // Five wrong tokens from one address, then that address is held back.
    const guesser = client();
    for (let i = 0; i < 5; i++) expect(codeOf(await guesser.gql(RESET, { t: `guess-${i}`, p: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await guesser.gql(RESET, { t: 'guess-last', p: NEW_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
  });

  it('only an admin of her organisation makes one; the CLI makes one for any active user', async () => {
    const { admin, coach, lead } = await makeTeam(t.dataSource);
    const otherAdmin = await makeUser(t.dataSource, await makeOrganization(t.dataSource, 'Other lab'), Role.ADMIN);
    expect(codeOf(await (await signIn(otherAdmin.email)).gql(LINK, { u: coach.id }))).toBe('NOT_FOUND');
    expect(codeOf(await (await signIn(lead.email)).gql(LINK, { u: coach.id }))).toBe('FORBIDDEN');
    expect(codeOf(await client().gql(LINK, { u: coach.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await (await signIn(admin.email)).gql(LINK, { u: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query(`SELECT 1 FROM password_reset_token WHERE user_id = $1`, [coach.id])).toEqual([]);

    const link = await passwordResetLinkByEmail(t.dataSource, coach.email.toUpperCase());
    expect(link?.path).toMatch(/^\/reset-password#token=/);
    expect(await passwordResetLinkByEmail(t.dataSource, 'nobody@test.example')).toBeNull();
    expect((await client().gql(RESET, { t: link!.path.split('#token=')[1], p: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
    expect((await client().login(coach.email, NEW_PASSWORD)).data?.login.id).toBe(coach.id);
  });
});
