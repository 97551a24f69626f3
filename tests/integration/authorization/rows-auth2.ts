import { expect, FB, NF, ok } from './matrix-kit';
import type { OperationRow } from './matrix-kit';
import type { Fixture } from './fixture';

/** A code no authenticator shows for a user who has not set two-factor sign-in up (refused, naming `code`). */
const NO_SETUP = { code: '000000' };
const BAD = 'BAD_USER_INPUT' as const;

/**
 * Two-factor sign-in (issue 9, item 7; tests/integration/two-factor.test.ts covers the codes):
 * each signed-in user sets up her own, on a user like the caller so the fixture's sign-ins stay
 * password-only; only an admin resets a colleague's, in her own organisation.
 */
export const ROWS_AUTH2: Record<string, OperationRow> = {
  'Mutation.beginTwoFactorSetup': { select: 'secret', lookalike: true, expect: expect(ok, ok, ok, ok, ok, ok) },
  'Mutation.confirmTwoFactorSetup': { vars: () => NO_SETUP, lookalike: true, expect: expect(BAD, BAD, BAD, BAD, BAD, BAD) },
  'Mutation.regenerateRecoveryCodes': { vars: () => NO_SETUP, lookalike: true, expect: expect(BAD, BAD, BAD, BAD, BAD, BAD) },
  'Mutation.disableTwoFactor': { vars: () => NO_SETUP, lookalike: true, expect: expect(BAD, BAD, BAD, BAD, BAD, BAD) },
  // On a throwaway coach of organisation A (a reset ends her sessions).
  'Mutation.resetTwoFactor': {
    vars: async (f) => ({ userId: await throwawayCoach(f) }),
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.createPasswordResetLink': {
    select: 'expiresAt',
    vars: async (f) => ({ userId: await throwawayCoach(f) }),
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  // Public: whoever holds a link (each caller a fresh one, for a throwaway coach) sets the password.
  'Mutation.resetPassword': {
    vars: async (f) => {
      const made = await f.clients.ADMIN.gql<{ createPasswordResetLink: { url: string } }>(
        `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url } }`,
        { u: await throwawayCoach(f) },
      );
      return {
        token: new URL(made.data!.createPasswordResetLink.url).hash.replace('#token=', ''),
        newPassword: 'a long new passphrase 2026',
      };
    },
    expect: expect(ok, ok, ok, ok, ok, ok, ok),
  },
};

async function throwawayCoach(f: Fixture): Promise<string> {
  const coach = await f.lookalike('COACH');
  return (await coach.gql<{ me: { id: string } }>(`{ me { id } }`)).data!.me.id;
}
