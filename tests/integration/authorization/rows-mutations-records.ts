import { expect, FB, NF, nextSlot, none, ok, OperationRow, v } from './matrix-kit';

/** Mutations of accounts, reference data, programmes, people and cooperatives (the authorisation matrix: matrix-kit.ts). */
export const ROWS_MUTATIONS_RECORDS: Record<string, OperationRow> = {
  'Mutation.login': {
    fresh: true,
    vars: (f) => ({ email: f.emails.ENTREPRENEUR, password: f.password }),
    expect: expect(ok, ok, ok, ok, ok, ok, ok),
  },
  'Mutation.logout': { fresh: true, expect: expect(none, none, none, none, none, none, none) },
  'Mutation.changePassword': {
    // A wrong current password: refused as bad input for every signed-in caller, and nothing changes.
    vars: () => ({ currentPassword: 'not the password', newPassword: 'a new long passphrase' }),
    expect: expect('BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'),
  },
  'Mutation.signOutEverywhere': { lookalike: true, expect: expect(ok, ok, ok, ok, ok, ok) },
  'Mutation.setMyLocale': { vars: () => ({ locale: 'AR' }), expect: expect(ok, ok, ok, ok, ok, ok) },
  'Mutation.rotateCalendarFeed': { expect: expect(FB, FB, ok, FB, FB, FB) },
  'Mutation.markNotificationsRead': {
    vars: (f) => ({ ids: f.ids.notification ? [f.ids.notification] : [] }),
    expect: expect(none, none, ok, none, none, none),
  },
  'Mutation.createRegion': {
    vars: () => ({ input: { code: `ZZ-${nextSlot()}`, countryCode: 'ZZ', nameFr: 'Région test', nameAr: 'جهة' } }),
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
  'Mutation.createProvince': {
    vars: async (f) => {
      const region = `ZY-${nextSlot()}`;
      await f.gql(f.clients.ADMIN, `mutation($i: CreateRegionInput!) { createRegion(input: $i) { code } }`, {
        i: { code: region, countryCode: 'ZY', nameFr: 'Région', nameAr: 'جهة' },
      });
      return { input: { code: `${region}-P1`, kind: 'PROVINCE', regionCode: region, nameFr: 'Province test', nameAr: 'إقليم' } };
    },
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
  'Mutation.createValueChain': {
    vars: () => ({ input: { nameFr: `Filière ${nextSlot()}`, nameAr: 'سلسلة' } }),
    expect: expect(ok, FB, FB, FB, ok, FB),
  },
  'Mutation.updateValueChain': {
    vars: async (f) => ({
      input: { id: f.ids.valueChain, version: await v(f, 'value_chain', f.ids.valueChain), nameFr: `Argan ${nextSlot()}` },
    }),
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.archiveValueChain': {
    vars: async (f) => {
      const vc = (
        await f.gql<{ createValueChain: { id: string; version: number } }>(
          f.clients.ADMIN,
          `mutation($i: CreateValueChainInput!) { createValueChain(input: $i) { id version } }`,
          { i: { nameFr: `Jetable ${nextSlot()}`, nameAr: 'س' } },
        )
      ).createValueChain;
      return { id: vc.id, version: vc.version };
    },
    expect: expect(ok, FB, FB, FB, NF, FB),
  },
  'Mutation.createPartner': {
    vars: () => ({ input: { name: `Partenaire ${nextSlot()}`, kind: 'FUNDER' } }),
    expect: expect(ok, ok, FB, FB, ok, FB),
  },
  'Mutation.updatePartner': {
    vars: async (f) => ({ input: { id: f.ids.partner, version: await v(f, 'partner', f.ids.partner), notes: `n ${nextSlot()}` } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.archivePartner': {
    vars: async (f) => {
      const p = (
        await f.gql<{ createPartner: { id: string; version: number } }>(
          f.clients.ADMIN,
          `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id version } }`,
          { i: { name: `Jetable ${nextSlot()}`, kind: 'FUNDER' } },
        )
      ).createPartner;
      return { id: p.id, version: p.version };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.createProgram': {
    vars: () => ({ input: { name: `Programme ${nextSlot()}`, regionCodes: ['MA-09'] } }),
    expect: expect(ok, ok, FB, FB, ok, FB),
  },
  'Mutation.updateProgram': {
    vars: async (f) => ({ input: { id: f.ids.program, version: await v(f, 'program', f.ids.program), description: `d ${nextSlot()}` } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.archiveProgram': {
    vars: async (f) => {
      const p = (
        await f.gql<{ createProgram: { id: string; version: number } }>(
          f.clients.PROGRAM_LEAD,
          `mutation($i: CreateProgramInput!) { createProgram(input: $i) { id version } }`,
          { i: { name: `Jetable ${nextSlot()}` } },
        )
      ).createProgram;
      return { input: { id: p.id, version: p.version } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.setProgramTargets': {
    vars: (f) => ({ input: { programId: f.ids.program, targets: [{ indicator: 'BENEFICIARIES', value: 100 + nextSlot() }] } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.setStageCriteria': {
    vars: (f) => ({ input: { programId: f.ids.program, stage: 'VALIDATION', criteria: [{ labelFr: `Critère ${nextSlot()}` }] } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.createCohort': {
    vars: (f) => ({ input: { programId: f.ids.program, name: `Cohorte ${nextSlot()}` } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.updateCohort': {
    vars: async (f) => ({ input: { id: f.ids.cohort, version: await v(f, 'cohort', f.ids.cohort), name: `Cohorte ${nextSlot()}` } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.archiveCohort': {
    vars: async (f) => {
      const c = (
        await f.gql<{ createCohort: { id: string; version: number } }>(
          f.clients.PROGRAM_LEAD,
          `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id version } }`,
          { i: { programId: f.ids.program, name: `Jetable ${nextSlot()}` } },
        )
      ).createCohort;
      return { input: { id: c.id, version: c.version } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.assignCohortCoaches': {
    vars: async (f) => ({
      input: {
        cohortId: f.ids.cohort,
        assignments: [{ enrolmentId: (await f.make.person({ coach: false, cohort: true })).enrolmentId, coachId: f.ids.coach }],
      },
    }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.createPerson': {
    vars: () => ({ input: { firstName: 'Nouvelle', lastName: `Personne ${nextSlot()}`, gender: 'F', regionCode: 'MA-09' } }),
    expect: expect(ok, ok, FB, FB, ok, FB),
  },
  'Mutation.updatePerson': {
    vars: async (f) => ({ input: { id: f.ids.e1, version: await v(f, 'person', f.ids.e1), locality: `Douar ${nextSlot()}` } }),
    expect: expect(ok, ok, ok, FB, NF, FB),
  },
  'Mutation.archivePerson': {
    vars: async (f) => f.make.person(),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.mergePeople': {
    vars: async (f) => {
      const [keep, merge] = [await f.make.person(), await f.make.person()];
      return { input: { keepId: keep.id, keepVersion: keep.version, mergeId: merge.id, mergeVersion: merge.version } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.dismissPersonDuplicate': {
    vars: async (f) => ({ input: { personId: f.ids.e1, otherPersonId: (await f.make.person()).id } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.enrolPerson': {
    vars: async (f) => ({
      input: { personId: (await f.make.person({ enrol: false })).id, programId: f.ids.program, cohortId: f.ids.cohort },
    }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.enrolPeople': {
    vars: (f) => ({ input: { personIds: [f.ids.graduate], programId: f.ids.program } }),
    expect: expect(none, none, FB, FB, NF, FB),
  },
  'Mutation.updateEnrolment': {
    vars: async (f) => ({ input: { id: f.ids.enrolment, version: await v(f, 'enrolment', f.ids.enrolment), coachIds: [f.ids.coach] } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.createCooperative': {
    vars: () => ({ input: { name: `Coop ${nextSlot()}`, regionCode: 'MA-09' } }),
    expect: expect(ok, ok, FB, FB, ok, FB),
  },
  'Mutation.updateCooperative': {
    vars: async (f) => ({
      input: { id: f.ids.cooperative, version: await v(f, 'cooperative', f.ids.cooperative), commune: `C ${nextSlot()}` },
    }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.archiveCooperative': {
    vars: async (f) => {
      const c = (
        await f.gql<{ createCooperative: { id: string; version: number } }>(
          f.clients.PROGRAM_LEAD,
          `mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id version } }`,
          {
            i: { name: `Jetable ${nextSlot()}`, regionCode: 'MA-09', members: [{ personId: f.ids.e1 }] },
          },
        )
      ).createCooperative;
      return { input: { id: c.id, version: c.version } };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.addCooperativeMember': {
    vars: async (f) => ({ input: { cooperativeId: f.ids.cooperative, personId: (await f.make.person()).id } }),
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
  'Mutation.endCooperativeMembership': {
    vars: async (f) => {
      const p = await f.make.person();
      const m = (
        await f.gql<{ addCooperativeMember: { id: string } }>(
          f.clients.ADMIN,
          `mutation($i: AddMemberInput!) { addCooperativeMember(input: $i) { id } }`,
          { i: { cooperativeId: f.ids.cooperative, personId: p.id } },
        )
      ).addCooperativeMember;
      return { memberId: m.id };
    },
    expect: expect(ok, ok, FB, FB, NF, FB),
  },
};
