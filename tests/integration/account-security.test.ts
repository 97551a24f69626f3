import { Role } from '@rafiq/shared';
import { codeOf, GqlResponse } from '../utils/api-client';
import { makeOrganization, makeUser, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const EVERYWHERE = `mutation { signOutEverywhere }`;
const ME = `{ me { id } }`;
const problem = (res: GqlResponse) => ({
  code: codeOf(res),
  field: res.errors?.[0]?.extensions?.field,
  reason: res.errors?.[0]?.extensions?.reason,
});

async function twoSessions(role = Role.COACH) {
  const org = await makeOrganization(t.dataSource);
  const user = await makeUser(t.dataSource, org, role);
  const phone = t.client();
  const laptop = t.client();
  await phone.login(user.email, TEST_PASSWORD);
  await laptop.login(user.email, TEST_PASSWORD);
  return { org, user, phone, laptop };
}

describe('changing one’s password', () => {
  it('checks the current password and the policy, ends the other sessions, keeps this one, and is audited without the values', async () => {
    const { org, user, phone, laptop } = await twoSessions();
    const next = 'a much longer passphrase';

    expect(problem(await laptop.gql(CHANGE, { c: 'wrong password', n: next }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      reason: 'INVALID_CREDENTIALS',
    });
    expect(problem(await laptop.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'TOO_SHORT',
    });
    expect(problem(await laptop.gql(CHANGE, { c: TEST_PASSWORD, n: 'Password123' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'WEAK_PASSWORD',
    });
    expect(problem(await laptop.gql(CHANGE, { c: TEST_PASSWORD, n: 'aaaaaaaaaaaaaa' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'WEAK_PASSWORD',
    });
    expect(problem(await laptop.gql(CHANGE, { c: TEST_PASSWORD, n: `my ${user.email.split('@')[0]} secret` }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'WEAK_PASSWORD',
    });
    expect(problem(await laptop.gql(CHANGE, { c: TEST_PASSWORD, n: TEST_PASSWORD }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'WEAK_PASSWORD',
    });
    // Nothing changed so far: both sessions live, the old password works.
    expect((await phone.gql<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);

    const res = await laptop.gql(CHANGE, { c: TEST_PASSWORD, n: next });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ changePassword: true });
    expect((await laptop.gql<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);
    expect((await phone.gql(ME)).data).toEqual({ me: null });
    expect(codeOf(await t.client().login(user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await t.client().login(user.email, next)).data?.login.id).toBe(user.id);

    const audit = await t.dataSource.query<Array<{ changes: unknown }>>(
      `SELECT changes FROM audit_log WHERE organization_id = $1 AND entity = 'app_user' AND action = 'UPDATE' AND entity_id = $2`,
      [org.id, user.id],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(next);
  });

  it('throttles guesses of the current password like sign-in', async () => {
    const { laptop } = await twoSessions();
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) codes.push(codeOf(await laptop.gql(CHANGE, { c: `guess ${i}`, n: 'a much longer passphrase' })));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(codeOf(await t.client().gql(CHANGE, { c: TEST_PASSWORD, n: 'a much longer passphrase' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().gql(EVERYWHERE))).toBe('UNAUTHENTICATED');
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the account, this one included, and no other account’s', async () => {
    const { org, user, phone, laptop } = await twoSessions(Role.ENTREPRENEUR);
    const colleague = t.client();
    const other = await makeUser(t.dataSource, org, Role.ENTREPRENEUR);
    await colleague.login(other.email, TEST_PASSWORD);

    const res = await laptop.gql(EVERYWHERE);
    expect(res.data).toEqual({ signOutEverywhere: 2 });
    expect((await laptop.gql(ME)).data).toEqual({ me: null });
    expect((await phone.gql(ME)).data).toEqual({ me: null });
    expect((await colleague.gql<{ me: { id: string } }>(ME)).data?.me.id).toBe(other.id);
    const [event] = await t.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_log WHERE organization_id = $1 AND entity_id = $2 AND action = 'SIGN_OUT'`,
      [org.id, user.id],
    );
    expect(event).toEqual({ action: 'SIGN_OUT' });
  });
});
