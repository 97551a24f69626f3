import { Role } from '@rafiq/shared';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson } from '../factories/people';
import { ApiClient, codeOf } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Team and accounts (issue 9; docs/api.md "Users", docs/security.md "Account lifecycle"): an admin
 * lists, invites, edits, disables and enables the users of her own organisation.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

let ip = 0;
const client = () => t.client().from(`10.77.0.${++ip}`);
const NEW_PASSWORD = 'my own long passphrase 2026';

async function signIn(email: string, password = TEST_PASSWORD): Promise<ApiClient> {
  const c = client();
  const res = await c.login(email, password);
  expect(res.errors).toBeUndefined();
  return c;
}

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email role displayName locale version disabledAt person { id displayName } } link { url expiresAt } } }`;
const UPDATE = `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id role displayName locale version } }`;
const DISABLE = `mutation($id: ID!) { disableUser(id: $id) { id disabledAt version } }`;
const ENABLE = `mutation($id: ID!) { enableUser(id: $id) { id disabledAt version } }`;
const USERS = `query($f: UserFilter, $first: Int, $after: String) {
  users(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id email displayName role disabledAt lastSignInAt twoFactorEnabled person { id displayName } } } }
}`;
type UsersData = {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        email: string;
        displayName: string;
        role: string;
        disabledAt: string | null;
        lastSignInAt: string | null;
        twoFactorEnabled: boolean;
        person: { id: string } | null;
      };
    }>;
  };
};
const versionOf = async (id: string) => (await t.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [id]))[0].version as number;
const email = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 8)}@test.example`;

describe('inviting a user', () => {
  it('creates an account without a usable password; the link sets hers; an entrepreneur then sees her own journey', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const person = await apiCreatePerson(a, { firstName: 'Ghizlane' });
    const address = email('ghizlane');
    const res = await a.gql<{
      inviteUser: {
        user: { id: string; email: string; role: string; person: { id: string }; locale: string };
        link: { url: string; expiresAt: string };
      };
    }>(INVITE, {
      i: { email: ` ${address.toUpperCase()} `, displayName: 'Ghizlane Ait Ali', role: 'ENTREPRENEUR', locale: 'AR', personId: person.id },
    });
    expect(res.errors).toBeUndefined();
    const { user, link } = res.data!.inviteUser;
    expect(user).toMatchObject({ email: address, role: 'ENTREPRENEUR', locale: 'AR', person: { id: person.id } });
    expect(link.url).toMatch(/\/reset-password#token=[\w-]{43}&invite=1$/);
    const days = (new Date(link.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [row] = await t.dataSource.query(`SELECT organization_id, password_hash FROM app_user WHERE id = $1`, [user.id]);
    expect(row.organization_id).toBe(org.id);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    // Nobody can sign in before she chooses her password.
    expect(codeOf(await client().login(address, TEST_PASSWORD))).toBe('UNAUTHENTICATED');

    const token = new URLSearchParams(new URL(link.url).hash.slice(1)).get('token')!;
    const set = await client().gql(`mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`, {
      t: token,
      p: NEW_PASSWORD,
    });
    expect(set.data).toEqual({ resetPassword: true });
    const she = await signIn(address, NEW_PASSWORD);
    const journey = await she.gql<{ myJourney: { person: { id: string; firstName: string } } }>(
      `{ myJourney { person { id firstName } } }`,
    );
    expect(journey.data?.myJourney.person).toEqual({ id: person.id, firstName: 'Ghizlane' });
    const audit = await t.dataSource.query<Array<{ action: string; changes: Record<string, unknown> }>>(
      `SELECT action, changes FROM audit_log WHERE entity = 'app_user' AND entity_id = $1 ORDER BY seq`,
      [user.id],
    );
    expect(audit[0]).toMatchObject({ action: 'CREATE', changes: { role: [null, 'ENTREPRENEUR'] } });
    expect(audit.some((e) => 'invitationLink' in e.changes)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses a duplicate e-mail, a person already linked or of another organisation, and a person for staff', async () => {
    const { admin } = await makeTeam(t.dataSource);
    const other = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const person = await apiCreatePerson(a);
    const otherPerson = await apiCreatePerson(await signIn(other.admin.email));
    const dup = await a.gql(INVITE, { i: { email: other.coach.email, displayName: 'X', role: 'COACH' } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'DUPLICATE' });
    const bad = await a.gql(INVITE, { i: { email: 'not-an-address', displayName: 'X', role: 'COACH' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'INVALID_EMAIL' });
    const staff = await a.gql(INVITE, { i: { email: email('c'), displayName: 'X', role: 'COACH', personId: person.id } });
    expect(staff.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(
      codeOf(await a.gql(INVITE, { i: { email: email('e'), displayName: 'X', role: 'ENTREPRENEUR', personId: otherPerson.id } })),
    ).toBe('NOT_FOUND');
    expect(
      (await a.gql(INVITE, { i: { email: email('e'), displayName: 'First', role: 'ENTREPRENEUR', personId: person.id } })).errors,
    ).toBeUndefined();
    const again = await a.gql(INVITE, { i: { email: email('e'), displayName: 'Second', role: 'ENTREPRENEUR', personId: person.id } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId', reason: 'ALREADY_LINKED' });
    // Nothing of the refused invitations was kept (one transaction).
    const [n] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE display_name IN ('X', 'Second')`);
    expect(n.n).toBe(0);
  });
});

describe('editing, disabling and enabling', () => {
  it('updates name, role and language with the version; a stale version is a CONFLICT; a role change ends her sessions', async () => {
    const { admin, coach } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const coachSession = await signIn(coach.email);
    const v = await versionOf(coach.id);
    const renamed = await a.gql<{ updateUser: { displayName: string; version: number } }>(UPDATE, {
      i: { id: coach.id, version: v, displayName: ' Salma B. ', locale: 'FR' },
    });
    expect(renamed.data?.updateUser).toMatchObject({ displayName: 'Salma B.', locale: 'FR', role: 'COACH', version: v + 1 });
    // Her name changed, not her permissions: she stays signed in.
    expect((await coachSession.gql<{ me: { id: string } }>(`{ me { id } }`)).data?.me?.id).toBe(coach.id);
    const stale = await a.gql(UPDATE, { i: { id: coach.id, version: v, role: 'PROGRAM_LEAD' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const promoted = await a.gql<{ updateUser: { role: string } }>(UPDATE, { i: { id: coach.id, version: v + 1, role: 'PROGRAM_LEAD' } });
    expect(promoted.data?.updateUser.role).toBe('PROGRAM_LEAD');
    expect((await coachSession.gql(`{ me { id } }`)).data).toEqual({ me: null });
    expect((await client().login(coach.email, TEST_PASSWORD)).data?.login.role).toBe('PROGRAM_LEAD');
  });

  it('an admin cannot change her own role nor disable herself; the organisation always keeps an active admin', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const own = await a.gql(UPDATE, { i: { id: admin.id, version: await versionOf(admin.id), role: 'COACH' } });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role', reason: 'OWN_ACCOUNT' });
    const self = await a.gql(DISABLE, { id: admin.id });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'OWN_ACCOUNT' });

    // Two admins demote each other at the same moment: one wins, the other is refused (the last admin stays).
    const admin2 = await makeUser(t.dataSource, org, Role.ADMIN);
    const b = await signIn(admin2.email);
    const [va, vb] = [await versionOf(admin.id), await versionOf(admin2.id)];
    const answers = await Promise.all([
      a.gql(UPDATE, { i: { id: admin2.id, version: vb, role: 'COACH' } }),
      b.gql(UPDATE, { i: { id: admin.id, version: va, role: 'COACH' } }),
    ]);
    const refused = answers.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    const why = codeOf(refused[0]) === 'BAD_USER_INPUT' ? refused[0].errors![0].extensions?.reason : codeOf(refused[0]);
    expect(['LAST_ADMIN', 'UNAUTHENTICATED']).toContain(why);
    const admins = async (): Promise<number> => {
      const rows = await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM app_user WHERE organization_id = $1 AND role = 'ADMIN' AND disabled_at IS NULL`,
        [org.id],
      );
      return rows[0].n;
    };
    expect(await admins()).toBe(1);

    // The same for disabling each other.
    const [c1, c2] = [await makeUser(t.dataSource, org, Role.ADMIN), await makeUser(t.dataSource, org, Role.ADMIN)];
    const [s1, s2] = [await signIn(c1.email), await signIn(c2.email)];
    const survivor = answers[0].errors ? admin2 : admin;
    await t.dataSource.query(`UPDATE app_user SET role = 'COACH' WHERE id = $1`, [survivor.id]); // only c1 and c2 are admins now
    const both = await Promise.all([s1.gql(DISABLE, { id: c2.id }), s2.gql(DISABLE, { id: c1.id })]);
    expect(both.filter((r) => r.errors)).toHaveLength(1);
    expect(await admins()).toBe(1);
  });

  it('disabling ends her sessions at once and blocks sign-in and reset links; enabling lets her back', async () => {
    const { admin, lead } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const leadSession = await signIn(lead.email);
    const made = await a.gql<{ createPasswordResetLink: { url: string } }>(
      `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url } }`,
      { u: lead.id },
    );
    const token = new URLSearchParams(new URL(made.data!.createPasswordResetLink.url).hash.slice(1)).get('token')!;
    const off = await a.gql<{ disableUser: { disabledAt: string | null } }>(DISABLE, { id: lead.id });
    expect(off.data?.disableUser.disabledAt).not.toBeNull();
    expect((await leadSession.gql(`{ me { id } }`)).data).toEqual({ me: null });
    const [open] = await t.dataSource.query(`SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1 AND ended_at IS NULL`, [
      lead.id,
    ]);
    expect(open.n).toBe(0);
    expect(codeOf(await client().login(lead.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    const reset = await client().gql(`mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`, {
      t: token,
      p: NEW_PASSWORD,
    });
    expect(reset.errors?.[0].extensions).toMatchObject({ field: 'token' });
    const listed = await a.gql<UsersData>(USERS, { f: { status: 'DISABLED' } });
    expect(listed.data?.users.edges.map((e) => e.node.id)).toEqual([lead.id]);
    expect((await a.gql(ENABLE, { id: lead.id })).errors).toBeUndefined();
    expect((await client().login(lead.email, TEST_PASSWORD)).data?.login.id).toBe(lead.id);
  });

  it('links a person to an entrepreneur account and unlinks it', async () => {
    const { admin, entrepreneur } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const person = await apiCreatePerson(a, { firstName: 'Nadia' });
    const LINK = `mutation($p: ID!, $u: ID) { linkPersonAccount(personId: $p, userId: $u) }`;
    expect((await a.gql(LINK, { p: person.id, u: entrepreneur.id })).data).toEqual({ linkPersonAccount: true });
    const she = await signIn(entrepreneur.email);
    expect((await she.gql<{ myJourney: { person: { id: string } } }>(`{ myJourney { person { id } } }`)).data?.myJourney.person.id).toBe(
      person.id,
    );
    expect((await she.gql<{ me: { person: { id: string } } }>(`{ me { person { id } } }`)).data?.me.person.id).toBe(person.id);
    expect((await a.gql(LINK, { p: person.id, u: null })).data).toEqual({ linkPersonAccount: true });
    const [row] = await t.dataSource.query(`SELECT user_id FROM person WHERE id = $1`, [person.id]);
    expect(row.user_id).toBeNull();
    // Only entrepreneur accounts are linked; an account that stops being one loses its link.
    const coachLink = await a.gql(LINK, { p: person.id, u: admin.id });
    expect(coachLink.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect((await a.gql(LINK, { p: person.id, u: entrepreneur.id })).data).toEqual({ linkPersonAccount: true });
    const changed = await a.gql(UPDATE, { i: { id: entrepreneur.id, version: await versionOf(entrepreneur.id), role: 'COACH' } });
    expect(changed.errors).toBeUndefined();
    const [after] = await t.dataSource.query(`SELECT user_id FROM person WHERE id = $1`, [person.id]);
    expect(after.user_id).toBeNull();
  });
});

describe('the users list', () => {
  it('filters by role, status and a search that ignores case and accents; pages with a total', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    await makeUser(t.dataSource, org, Role.COACH, { displayName: 'Hélène Amrani' });
    await makeUser(t.dataSource, org, Role.COACH, { displayName: 'Karim Idrissi' });
    const a = await signIn(admin.email);
    const search = await a.gql<UsersData>(USERS, { f: { search: 'HELENE' } });
    expect(search.data?.users.edges.map((e) => e.node.displayName)).toEqual(['Hélène Amrani']);
    await makeUser(t.dataSource, org, Role.ENTREPRENEUR, { displayName: 'أمينة الفاسِي' });
    const arabic = await a.gql<UsersData>(USERS, { f: { search: 'امينة الفاسي' } });
    expect(arabic.data?.users.edges.map((e) => e.node.displayName)).toEqual(['أمينة الفاسِي']);
    const byMail = await a.gql<UsersData>(USERS, { f: { search: admin.email.slice(0, 12).toUpperCase() } });
    expect(byMail.data?.users.edges.map((e) => e.node.id)).toEqual([admin.id]);
    const coaches = await a.gql<UsersData>(USERS, { f: { role: 'COACH', status: 'ACTIVE' }, first: 2 });
    expect(coaches.data?.users.totalCount).toBe(3);
    expect(coaches.data?.users.edges).toHaveLength(2);
    const rest = await a.gql<UsersData>(USERS, { f: { role: 'COACH' }, first: 2, after: coaches.data?.users.pageInfo.endCursor });
    expect(rest.data?.users.edges).toHaveLength(1);
    const wildcard = await a.gql<UsersData>(USERS, { f: { search: '%' } });
    expect(wildcard.data?.users.totalCount).toBe(0);
  });

  it('answers lastSignInAt, twoFactorEnabled and person for 20 users in a constant number of statements', async () => {
    const { admin, org } = await makeTeam(t.dataSource);
    const a = await signIn(admin.email);
    const q = `{ users(first: 50) { edges { node { id lastSignInAt twoFactorEnabled person { id displayName } } } } }`;
    const add = async (n: number) => {
      const rows = await t.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO app_user (organization_id, email, role, display_name, password_hash)
         SELECT $1, 'bulk-' || gen_random_uuid() || '@test.example', 'ENTREPRENEUR', 'Bulk ' || g, 'x' FROM generate_series(1, $2) g RETURNING id`,
        [org.id, n],
      );
      for (const { id } of rows) {
        await t.dataSource.query(
          `INSERT INTO auth_session (token_hash, organization_id, user_id, last_seen_at, expires_at) VALUES (gen_random_uuid()::text, $1, $2, now(), now() + interval '1 day')`,
          [org.id, id],
        );
        await t.dataSource.query(
          `INSERT INTO user_two_factor (user_id, organization_id, secret_encrypted, enabled_at) VALUES ($1, $2, 'x', now())`,
          [id, org.id],
        );
        const p = await apiCreatePerson(a);
        await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [id, p.id]);
      }
    };
    await add(2);
    const small = await a.gql<UsersData>(q);
    expect(small.errors).toBeUndefined();
    const smallCount = Number(small.headers.get('x-sql-statements'));
    await add(18);
    const large = await a.gql<UsersData>(q);
    const nodes = large.data!.users.edges.map((e) => e.node);
    expect(nodes.filter((n) => n.person && n.twoFactorEnabled && n.lastSignInAt)).toHaveLength(20);
    expect(Number(large.headers.get('x-sql-statements'))).toBe(smallCount);
  });
});

describe('who may manage users', () => {
  it('lead, coach and entrepreneur get FORBIDDEN and no data; another organisation’s admin gets NOT_FOUND and sees none', async () => {
    const team = await makeTeam(t.dataSource);
    const otherOrg = await makeOrganization(t.dataSource);
    const otherAdmin = await signIn((await makeUser(t.dataSource, otherOrg, Role.ADMIN)).email);
    const target = team.coach;
    const v = await versionOf(target.id);
    for (const u of [team.lead, team.entrepreneur, team.coach]) {
      const c = await signIn(u.email);
      const list = await c.gql(USERS);
      expect(codeOf(list)).toBe('FORBIDDEN');
      expect(list.data?.users ?? null).toBeNull();
      expect(codeOf(await c.gql(INVITE, { i: { email: email('x'), displayName: 'X', role: 'ADMIN' } }))).toBe('FORBIDDEN');
      expect(codeOf(await c.gql(UPDATE, { i: { id: target.id, version: v, role: 'ADMIN' } }))).toBe('FORBIDDEN');
      expect(codeOf(await c.gql(DISABLE, { id: team.lead.id }))).toBe('FORBIDDEN');
      expect(codeOf(await c.gql(ENABLE, { id: team.lead.id }))).toBe('FORBIDDEN');
      // Other users' account details stay hidden from non-admins (their own are theirs).
      const coaches = await c.gql<{ programLeads?: unknown }>(`{ me { id disabledAt lastSignInAt twoFactorEnabled } }`);
      expect(coaches.errors).toBeUndefined();
    }
    const lead = await signIn(team.lead.email);
    const seen = await lead.gql<{
      coaches: Array<{
        id: string;
        lastSignInAt: string | null;
        twoFactorEnabled: boolean | null;
        disabledAt: string | null;
        version: number | null;
      }>;
    }>(`{ coaches { id lastSignInAt twoFactorEnabled disabledAt version } }`);
    expect(seen.data?.coaches).toEqual([{ id: target.id, lastSignInAt: null, twoFactorEnabled: null, disabledAt: null, version: null }]);

    const none = await otherAdmin.gql<UsersData>(USERS, { f: { search: target.email } });
    expect(none.data?.users).toMatchObject({ totalCount: 0, edges: [] });
    expect(codeOf(await otherAdmin.gql(UPDATE, { i: { id: target.id, version: v, displayName: 'Taken' } }))).toBe('NOT_FOUND');
    expect(codeOf(await otherAdmin.gql(DISABLE, { id: target.id }))).toBe('NOT_FOUND');
    expect(codeOf(await otherAdmin.gql(ENABLE, { id: target.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await otherAdmin.gql(`mutation($p: ID!, $u: ID) { linkPersonAccount(personId: $p, userId: $u) }`, {
          p: target.id,
          u: team.entrepreneur.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query(`SELECT display_name, disabled_at, version FROM app_user WHERE id = $1`, [target.id]);
    expect(row).toMatchObject({ disabled_at: null, version: v });
  });
});
