import type { Fixture } from './fixture';
import { PDF } from './fixture-more';
import { expect, FB, NF, ok, OperationRow, type HttpRow } from './matrix-kit';
import { http } from './routes-fields';

/** A file the coach attached to an answer of a fresh draft of E1's venture (for removals). */
async function evidenceOnDraft(f: Fixture): Promise<{ id: string }> {
  const draft = (
    await f.gql<{ startDiagnostic: { id: string } }>(
      f.clients.COACH,
      `mutation($i: StartDiagnosticInput!) { startDiagnostic(input: $i) { id } }`,
      { i: { gridId: f.ids.grid, ventureId: f.ids.venture, kind: 'FOLLOW_UP' } },
    )
  ).startDiagnostic;
  const res = await f.clients.COACH.fetch(`/api/diagnostics/${draft.id}/evidence/sales_book?fileName=photo.pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf' },
    body: PDF,
  });
  if (res.status !== 201) throw new Error(`evidence upload: ${res.status}`);
  return { id: ((await res.json()) as { id: string }).id };
}

/** Evidence files on diagnostic answers (the authorisation matrix: matrix-kit.ts). */
export const ROWS_GRIDS2: Record<string, OperationRow> = {
  'Mutation.removeDiagnosticEvidence': { vars: async (f) => evidenceOnDraft(f), expect: expect(ok, ok, ok, FB, NF, FB) },
};

export const HTTP_ROUTES_GRIDS2: Record<string, HttpRow> = {
  // Staff who may edit the draft; E1 does not see drafts.
  'POST /api/diagnostics/:id/evidence/:questionKey': {
    path: (f) => `/api/diagnostics/${f.ids.diagnosticForFiles}/evidence/sales_book?fileName=cahier.pdf`,
    method: 'POST',
    contentType: 'application/pdf',
    body: PDF,
    expect: http(201, 201, 201, 404, 404, 404),
  },
  // On E1's final diagnostic: she reads it too.
  'GET /api/diagnostics/evidence/:id': {
    path: (f) => `/api/diagnostics/evidence/${f.ids.evidence}`,
    expect: http(200, 200, 200, 200, 404, 404),
  },
};
