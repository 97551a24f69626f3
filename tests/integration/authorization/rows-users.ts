import { expect, FB, NF, none, ok } from './matrix-kit';
import type { OperationRow } from './matrix-kit';
import type { Fixture } from './fixture';

/**
 * Team and accounts (issue 9; tests/integration/users.test.ts covers the rules): only an admin
 * manages the users of her own organisation. Each call works on throwaway users and people of
 * organisation A; organisation B's admin gets NOT_FOUND on them and sees none of A's users.
 */
export const ROWS_USERS: Record<string, OperationRow> = {
  'Query.users': { select: 'totalCount edges { node { id } }', expect: expect(ok, FB, FB, FB, none, FB) },
  // With a person of organisation A (an entrepreneur's invitation): B's admin cannot link it.
  'Mutation.inviteUser': {
    select: 'user { id } link { expiresAt }',
    vars: async (f, caller) => ({
      input: {
        email: `invited-${caller.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@matrix.example`,
        displayName: 'Matrix Invitee',
        role: 'ENTREPRENEUR',
        personId: (await f.make.person({ enrol: false })).id,
      },
    }),
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.updateUser': {
    select: 'id',
    vars: async (f) => {
      const id = await throwaway(f, 'COACH');
      return { input: { id, version: await f.version('app_user', id), displayName: 'Renamed by the matrix' } };
    },
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.disableUser': {
    select: 'id',
    vars: async (f) => ({ id: await throwaway(f, 'COACH') }),
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.enableUser': {
    select: 'id',
    vars: async (f) => {
      const id = await throwaway(f, 'COACH');
      await f.t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [id]);
      return { id };
    },
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.linkPersonAccount': {
    vars: async (f) => ({ personId: (await f.make.person({ enrol: false })).id, userId: await throwaway(f, 'ENTREPRENEUR') }),
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
};

/**
 * A throwaway user of organisation A, written straight to the database (no password hashing, no
 * sign-in: the matrix runs each row for every caller, and these rows need none of that).
 */
async function throwaway(f: Fixture, role: 'COACH' | 'ENTREPRENEUR'): Promise<string> {
  const rows = await f.t.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO app_user (organization_id, email, role, display_name, password_hash)
     VALUES ($1, 'throwaway-' || gen_random_uuid() || '@matrix.example', $2, 'Matrix throwaway', 'not a hash') RETURNING id`,
    [f.ids.org, role],
  );
  return rows[0].id;
}
