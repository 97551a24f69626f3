import { expect, FB, inDays, NF, nextSlot, none, ok, OperationRow, uploadAs, uploader, v } from './matrix-kit';

/** Mutations of ventures, actions, results, sessions, mentorships, follow-ups and imports (the authorisation matrix: matrix-kit.ts). */
export const ROWS_MUTATIONS_WORK: Record<string, OperationRow> = {
  'Mutation.createVenture': {
    vars: (f) => ({ input: { title: `Projet ${nextSlot()}`, ownerPersonId: f.ids.e1, programId: f.ids.program } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.updateVenture': {
    vars: async (f) => ({ input: { id: f.ids.venture, version: await v(f, 'venture', f.ids.venture), description: `d ${nextSlot()}` } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.moveVentureStage': {
    vars: async (f) => {
      const vt = (
        await f.gql<{ createVenture: { id: string; version: number } }>(
          f.clients.PROGRAM_LEAD,
          `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id version } }`,
          {
            i: { title: `Jetable ${nextSlot()}`, ownerPersonId: f.ids.e1, programId: f.ids.program },
          },
        )
      ).createVenture;
      return { input: { ventureId: vt.id, version: vt.version, toStage: 'VALIDATION', justification: 'Clients trouvés' } };
    },
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.archiveVenture': {
    vars: async (f) => {
      const vt = (
        await f.gql<{ createVenture: { id: string; version: number } }>(
          f.clients.PROGRAM_LEAD,
          `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id version } }`,
          {
            i: { title: `Jetable ${nextSlot()}`, ownerPersonId: f.ids.e1, programId: f.ids.program },
          },
        )
      ).createVenture;
      return { input: { id: vt.id, version: vt.version } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.createActionItem': {
    vars: (f) => ({ input: { ventureId: f.ids.venture, title: `Action ${nextSlot()}`, dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR' } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.updateActionItem': {
    vars: async (f) => ({
      input: { id: f.ids.actionItem, version: await v(f, 'action_item', f.ids.actionItem), details: `d ${nextSlot()}` },
    }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.completeActionItem': {
    vars: async (f) => ({ id: f.ids.actionItem, version: await v(f, 'action_item', f.ids.actionItem), done: nextSlot() % 2 === 0 }),
    expect: expect(ok, ok, ok, ok, NF, NF),
  },
  'Mutation.recordEconomicResult': {
    vars: async (f) => {
      const [row] = await f.t.dataSource.query<Array<{ p: string; version: number }>>(
        `SELECT period_start::text AS p, version FROM economic_result WHERE id = $1`,
        [f.ids.result],
      );
      return { input: { ventureId: f.ids.venture, periodStart: row.p, revenue: 1000 + nextSlot(), version: row.version } };
    },
    expect: expect(ok, ok, ok, ok, NF, NF),
  },
  'Mutation.deleteEconomicResult': {
    vars: async (f) => {
      const n = nextSlot();
      const year = 2000 + (n % 20);
      const r = (
        await f.gql<{ recordEconomicResult: { id: string; version: number } }>(
          f.clients.ADMIN,
          `mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { id version } }`,
          {
            i: { ventureId: f.ids.venture, periodStart: `${year}-0${1 + ((n + 1) % 9)}-01`, revenue: 10 },
          },
        )
      ).recordEconomicResult;
      return { id: r.id, version: r.version };
    },
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.createReferral': {
    vars: (f) => ({ input: { ventureId: f.ids.venture, partnerId: f.ids.partner, kind: 'BUYER', note: `n ${nextSlot()}` } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.updateReferral': {
    vars: async (f) => ({ input: { id: f.ids.referral, version: await v(f, 'referral', f.ids.referral), note: `n ${nextSlot()}` } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.scheduleSession': {
    vars: (f) => {
      const day = nextSlot();
      return {
        input: { kind: 'COACHING', startsAt: inDays(day, 9), endsAt: inDays(day, 10), coachIds: [f.ids.coach], participantIds: [f.ids.e1] },
      };
    },
    expect: expect(ok, ok, ok, FB, 'BAD_USER_INPUT', FB),
  },
  'Mutation.rescheduleSession': {
    vars: async (f) => {
      const s = await f.make.session();
      const day = nextSlot();
      return { input: { id: s.id, version: s.version, startsAt: inDays(day, 11), endsAt: inDays(day, 12) } };
    },
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.setSessionCapacity': {
    vars: async (f) => ({
      input: { id: f.ids.session, version: await v(f, 'coaching_session', f.ids.session), capacity: 5 + (nextSlot() % 5) },
    }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.addSessionParticipants': {
    vars: async (f) => ({ input: { sessionId: (await f.make.session([f.ids.graduate])).id, personIds: [f.ids.e1] } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.removeSessionParticipant': {
    vars: async (f) => ({ input: { sessionId: (await f.make.session()).id, personId: f.ids.e1 } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.logSession': {
    vars: async (f) => {
      const s = await f.make.session();
      return { input: { id: s.id, version: s.version, status: 'CANCELLED', cancelReason: 'Pluie' } };
    },
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.confirmAttendance': { vars: async (f) => ({ sessionId: (await f.make.session()).id }), expect: expect(FB, FB, FB, ok, FB, NF) },
  'Mutation.cancelMyPlace': { vars: async (f) => ({ sessionId: (await f.make.session()).id }), expect: expect(FB, FB, FB, ok, FB, NF) },
  'Mutation.requestMentorship': {
    vars: async (f) => ({ input: { menteeId: (await f.make.person()).id, mentorId: f.ids.coach, goals: `g ${nextSlot()}` } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.respondMentorship': {
    vars: async (f) => {
      const m = (
        await f.gql<{ requestMentorship: { id: string; version: number } }>(
          f.clients.ADMIN,
          `mutation($i: RequestMentorshipInput!) { requestMentorship(input: $i) { id version } }`,
          {
            i: { menteeId: (await f.make.person()).id, mentorId: f.ids.coach },
          },
        )
      ).requestMentorship;
      return { input: { id: m.id, version: m.version, accept: true } };
    },
    expect: expect(ok, FB, ok, FB, NF, FB),
  },
  'Mutation.saveCoachProfile': {
    vars: async (f) => {
      const [row] = await f.t.dataSource.query<
        Array<{
          version: number;
        }>
      >(`SELECT version FROM coach_profile WHERE user_id = $1`, [f.ids.coach]);
      return { input: { userId: f.ids.coach, version: row?.version, bio: `b ${nextSlot()}` } };
    },
    expect: expect(ok, FB, ok, FB, NF, FB),
  },
  'Mutation.recordFollowUp': {
    vars: async (f) => ({
      input: { id: f.ids.followUp, version: await v(f, 'follow_up', f.ids.followUp), stillOperating: true, revenue: nextSlot() },
    }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.refreshImpactSummary': { expect: expect(none, FB, FB, FB, none, FB) },
  'Mutation.previewPeopleImport': {
    vars: async (f, caller) => ({ input: { uploadId: await uploadAs(f, uploader(caller)) } }),
    expect: expect(none, none, FB, FB, NF, FB),
  },
  'Mutation.startPeopleImport': {
    vars: async (f, caller) => ({ input: { uploadId: await uploadAs(f, uploader(caller)), skipInvalid: true } }),
    settle: (f) => f.settle(),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
};
