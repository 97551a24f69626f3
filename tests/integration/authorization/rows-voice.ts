import type { Fixture } from './fixture';
import { expect, FB, NF, nextSlot, none, ok, OperationRow } from './matrix-kit';

type Filed = { id: string; version: number };
/** A complaint E1 files (about nothing in particular), decided by the admin when asked. */
async function complaint(f: Fixture, decided = false): Promise<Filed> {
  const c = (
    await f.gql<{ fileComplaint: Filed }>(
      f.clients.ENTREPRENEUR,
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id version } }`,
      {
        i: { category: 'OTHER', description: `Réclamation ${nextSlot()}` },
      },
    )
  ).fileComplaint;
  if (!decided) return c;
  return (
    await f.gql<{ decideComplaint: Filed }>(
      f.clients.ADMIN,
      `mutation($i: DecideComplaintInput!) { decideComplaint(input: $i) { id version } }`,
      {
        i: { id: c.id, version: c.version, status: 'REJECTED', decision: 'Hors du champ du programme' },
      },
    )
  ).decideComplaint;
}

/** Complaints and satisfaction (the authorisation matrix: matrix-kit.ts). */
export const ROWS_VOICE: Record<string, OperationRow> = {
  'Query.complaints': { expect: expect(ok, ok, ok, ok, none, none) },
  'Query.complaint': { vars: (f) => ({ id: f.ids.complaint }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.complaintSettings': { expect: expect(none, none, FB, FB, none, FB) },
  'Query.complaintAssignees': { vars: (f) => ({ id: f.ids.complaint }), expect: expect(ok, ok, FB, FB, NF, FB) },
  'Query.safeguardingCandidates': { expect: expect(ok, FB, FB, FB, none, FB) },
  'Query.impactComplaints': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.myPastSessions': { expect: expect(FB, FB, FB, ok, FB, none) },
  'Query.satisfaction': { expect: expect(none, none, none, FB, none, FB) },

  'Mutation.fileComplaint': {
    vars: (f, caller) => ({
      input: {
        category: 'TRAINING',
        description: `Formation annulée ${nextSlot()}`,
        ...(['ENTREPRENEUR', 'otherEntrepreneur', 'anonymous'].includes(caller) ? {} : { personId: f.ids.e1 }),
      },
    }),
    expect: expect(ok, ok, ok, ok, 'BAD_USER_INPUT', ok),
  },
  'Mutation.assignComplaint': {
    vars: async (f) => {
      const c = await complaint(f);
      return { input: { id: c.id, version: c.version, assigneeId: f.ids.lead } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.decideComplaint': {
    vars: async (f) => {
      const c = await complaint(f);
      return { input: { id: c.id, version: c.version, status: 'RESOLVED', decision: 'Rappel fait, rendez-vous fixé' } };
    },
    // A coach decides only the complaints assigned to her.
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.appealComplaint': {
    vars: async (f) => {
      const c = await complaint(f, true);
      return { input: { id: c.id, version: c.version, reason: 'Je ne suis pas d’accord' } };
    },
    expect: expect(FB, FB, FB, ok, FB, NF),
  },
  'Mutation.updateComplaintSettings': {
    vars: () => ({ input: { deadlines: [{ category: 'OTHER', days: 10 + (nextSlot() % 50) }] } }),
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
  'Mutation.rateSession': {
    vars: (f) => ({ input: { sessionId: f.ids.pastSession, rating: 1 + (nextSlot() % 5), comment: 'Merci' } }),
    expect: expect(FB, FB, FB, ok, FB, 'BAD_USER_INPUT'),
  },
};
