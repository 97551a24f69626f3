import { http } from './routes-fields';
import type { HttpRow, OperationRow } from './matrix-kit';

/**
 * A person's own rights (issue 9): her own copy of her data, consent withdrawal, her own national ID
 * (the authorisation matrix: matrix-kit.ts).
 */
export const ROWS_RIGHTS2: Record<string, OperationRow> = {};

/** Her own copy: only entrepreneurs, each gets the person linked to her own account (staff use /api/people/:id). */
export const HTTP_ROUTES_RIGHTS2: Record<string, HttpRow> = {
  'GET /api/me/:file': { path: () => '/api/me/data.json', expect: http(403, 403, 403, 200, 403, 200) },
};
