import { expect, FB, none, ok, OperationRow } from './matrix-kit';

/** Impact drill-downs added with survival (the authorisation matrix: matrix-kit.ts). */
export const ROWS_IMPACT2: Record<string, OperationRow> = {
  // The fixture's graduate has follow-ups due (with the coach, in the lead's programme).
  'Query.impactFollowUps': { vars: () => ({ status: 'DUE' }), expect: expect(ok, ok, ok, FB, none, FB) },
};
