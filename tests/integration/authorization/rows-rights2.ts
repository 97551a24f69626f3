import { http } from './routes-fields';
import { expect, FB, NF, ok } from './matrix-kit';
import type { HttpRow, OperationRow } from './matrix-kit';

/**
 * A person's own rights (issue 9): her own copy of her data, consent withdrawal, her own national ID
 * (the authorisation matrix: matrix-kit.ts).
 */
export const ROWS_RIGHTS2: Record<string, OperationRow> = {
  // Staff who may edit her (her programme's lead, her coach, admins) record it; each caller on her own throwaway person.
  'Mutation.withdrawConsent': {
    vars: async (f) => {
      const p = await f.make.person();
      return { input: { id: p.id, version: p.version, withdrawnOn: new Date().toISOString().slice(0, 10), channel: 'PAPER' } };
    },
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
};

/** Her own copy: only entrepreneurs, each gets the person linked to her own account (staff use /api/people/:id). */
export const HTTP_ROUTES_RIGHTS2: Record<string, HttpRow> = {
  'GET /api/me/:file': { path: () => '/api/me/data.json', expect: http(403, 403, 403, 200, 403, 200) },
};
