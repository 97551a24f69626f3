import { expect, FB, NF, ok } from './matrix-kit';
import type { OperationRow } from './matrix-kit';

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
    vars: async (f) => {
      const coach = await f.lookalike('COACH');
      const me = await coach.gql<{ me: { id: string } }>(`{ me { id } }`);
      return { userId: me.data!.me.id };
    },
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
};
