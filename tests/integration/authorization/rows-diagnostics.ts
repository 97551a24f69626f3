import type { Fixture } from './fixture';
import { ventureGridInput } from './fixture-more';
import { expect, FB, NF, nextSlot, none, ok, OperationRow } from './matrix-kit';

/** A grid of the admin's (for destructive calls). */
async function grid(f: Fixture): Promise<{ id: string; version: number }> {
  return (
    await f.gql<{ createDiagnosticGrid: { id: string; version: number } }>(
      f.clients.ADMIN,
      `mutation($i: DiagnosticGridInput!) { createDiagnosticGrid(input: $i) { id version } }`,
      { i: ventureGridInput(`Grille ${nextSlot()}`) },
    )
  ).createDiagnosticGrid;
}
/** A draft diagnostic of E1's venture, by the coach, answered or not. */
async function draft(f: Fixture, answered = false): Promise<{ id: string; version: number }> {
  const d = (
    await f.gql<{ startDiagnostic: { id: string; version: number } }>(
      f.clients.COACH,
      `mutation($i: StartDiagnosticInput!) { startDiagnostic(input: $i) { id version } }`,
      { i: { gridId: f.ids.grid, ventureId: f.ids.venture, kind: 'FOLLOW_UP' } },
    )
  ).startDiagnostic;
  if (!answered) return d;
  return (
    await f.gql<{ saveDiagnosticAnswer: { id: string; version: number } }>(
      f.clients.COACH,
      `mutation($i: SaveDiagnosticAnswerInput!) { saveDiagnosticAnswer(input: $i) { id version } }`,
      { i: { diagnosticId: d.id, questionKey: 'sales_book', value: 1 } },
    )
  ).saveDiagnosticAnswer;
}

/** A final diagnostic of E1's venture (one correction at a time is open on a diagnostic). */
async function final(f: Fixture): Promise<{ id: string }> {
  const d = await draft(f, true);
  return (
    await f.gql<{ finaliseDiagnostic: { id: string } }>(
      f.clients.COACH,
      `mutation($id: ID!, $v: Int!) { finaliseDiagnostic(id: $id, version: $v) { id } }`,
      {
        id: d.id,
        v: d.version,
      },
    )
  ).finaliseDiagnostic;
}

/** Diagnostic grids and diagnostics (the authorisation matrix: matrix-kit.ts). */
export const ROWS_DIAGNOSTICS: Record<string, OperationRow> = {
  'Query.diagnosticGrids': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.diagnosticGrid': { vars: (f) => ({ id: f.ids.grid }), expect: expect(ok, ok, ok, FB, NF, FB) },
  'Query.diagnostic': { vars: (f) => ({ id: f.ids.diagnostic }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.diagnosticCohort': { expect: expect(none, none, none, FB, none, FB) },
  // The fixture has a baseline only: no gain to drill into.
  'Query.impactDiagnostics': { expect: expect(none, none, none, FB, none, FB) },

  'Mutation.createDiagnosticGrid': {
    vars: () => ({ input: ventureGridInput(`Grille ${nextSlot()}`) }),
    expect: expect(ok, ok, FB, FB, ok, FB),
  },
  'Mutation.updateDiagnosticGrid': {
    vars: async (f) => {
      const g = await grid(f);
      return { input: { id: g.id, version: g.version, ...ventureGridInput(`Grille ${nextSlot()}`) } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.archiveDiagnosticGrid': { vars: async (f) => grid(f), expect: expect(ok, ok, FB, FB, NF, FB) },
  'Mutation.startDiagnostic': {
    vars: (f) => ({ input: { gridId: f.ids.grid, ventureId: f.ids.venture, kind: 'FOLLOW_UP' } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.saveDiagnosticAnswer': {
    vars: async (f) => ({ input: { diagnosticId: (await draft(f)).id, questionKey: 'sales_book', value: 1 } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.finaliseDiagnostic': { vars: async (f) => draft(f, true), expect: expect(ok, ok, ok, FB, NF, FB) },
  'Mutation.discardDiagnostic': { vars: async (f) => draft(f), expect: expect(ok, ok, ok, FB, NF, FB) },
  'Mutation.correctDiagnostic': { vars: async (f) => ({ id: (await final(f)).id }), expect: expect(ok, ok, ok, FB, NF, FB) },
  'Mutation.acceptDiagnosticActions': {
    vars: (f) => ({ input: { diagnosticId: f.ids.diagnostic, items: [{ title: `Cahier ${nextSlot()}`, dueOn: '2999-01-01' }] } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
};
