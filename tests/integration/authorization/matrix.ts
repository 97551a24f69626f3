/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Caller, Fixture } from './fixture';
import type { Outcome } from './harness';

/**
 * The authorisation matrix: one row per query, mutation, exported file and personal-data field of
 * the API (rules: /work/shared/design/permissions.md, summarised in docs/security.md).
 * tests/integration/authorization-matrix.test.ts discovers the operations from the schema (and the
 * HTTP routes from the server) and fails when one has no row here, or a row names one that no
 * longer exists.
 *
 * A row says what each caller gets, with `expect(admin, lead, coach, entrepreneur, otherOrg, otherEntrepreneur[, anonymous])`:
 * - callers: the roles of organisation A; `otherOrg` = organisation B's admin using A's ids;
 *   `otherEntrepreneur` = a second entrepreneur of A using the first one's ids; anonymous (default UNAUTHENTICATED).
 * - outcomes: `ok` (a query's answer holds the fixture's records; a mutation changed the database),
 *   `none` (answered, but no record of the fixture / nothing changed), or the refusal
 *   `UNAUTHENTICATED` | `FORBIDDEN` | `NOT_FOUND` (then the database must be unchanged).
 * `vars(f, caller)` gives the call's variables from the fixture (fixture.ts); it may create
 * throwaway records (f.make) for destructive operations, so each caller works on its own.
 */
export type Vars = Record<string, unknown>;
export type Expectation = Record<Caller, Outcome>;

export interface OperationRow {
  vars?: (f: Fixture, caller: Caller) => Vars | Promise<Vars>;
  /** Selection set (default: the ids the answer holds). */
  select?: string;
  expect: Expectation;
  /** Call with a fresh client signed in as the caller (sign-in and sign-out change the client's session). */
  fresh?: boolean;
  /** Call as a new user like the caller (for calls that end all of the caller's sessions). */
  lookalike?: boolean;
  /** Wait for background work the call started (e.g. an import) before the next call. */
  settle?: (f: Fixture) => Promise<void>;
}

export interface HttpRow {
  /** Path with query string, from the fixture. */
  path: (f: Fixture) => string;
  method?: 'GET' | 'POST';
  body?: string;
  contentType?: string;
  /** HTTP status per caller. */
  expect: Record<Caller, number>;
}

export interface FieldRow {
  /** A read of the field on one of the fixture's records, and its value in clear. */
  read: (f: Fixture) => { query: string; vars?: Vars; pick: (data: any) => unknown; clear: string };
  /** How each caller sees it: `clear`, `masked` (partly hidden), `hidden` (null or absent), or the refusal of the read. */
  expect: Record<Caller, 'clear' | 'masked' | 'hidden' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED'>;
}

export function expect(
  admin: Outcome,
  lead: Outcome,
  coach: Outcome,
  entrepreneur: Outcome,
  otherOrg: Outcome,
  otherEntrepreneur: Outcome,
  anonymous: Outcome = 'UNAUTHENTICATED',
): Expectation {
  return { anonymous, ADMIN: admin, PROGRAM_LEAD: lead, COACH: coach, ENTREPRENEUR: entrepreneur, otherOrg, otherEntrepreneur };
}

const ok = 'ok',
  none = 'none',
  NF = 'NOT_FOUND',
  FB = 'FORBIDDEN',
  UN = 'UNAUTHENTICATED';
void UN;

/** Versions are read when the call is made (earlier allowed calls may have changed the record). */
const v = (f: Fixture, table: string, id: string) => f.version(table, id);
const inDays = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
/** A caller's upload (admins and leads may upload; others get a placeholder id). */
async function uploadAs(f: Fixture, caller: Caller): Promise<string> {
  const res = await f.clients[caller].fetch(`/api/imports?fileName=people.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: 'first_name,last_name,gender,region_code\nSara,Matrix,F,MA-09\n',
  });
  const body = (await res.json()) as { uploadId?: string };
  return body.uploadId ?? '00000000-0000-4000-8000-000000000000';
}
/** Callers of organisation A's roles use their own upload; the others try the admin's. */
const uploader = (caller: Caller): Caller => (['anonymous', 'otherOrg', 'otherEntrepreneur'].includes(caller) ? 'ADMIN' : caller);
let slot = 0;
const nextSlot = () => 200 + slot++;

export const OPERATIONS: Record<string, OperationRow> = {
  // ---- Queries ----
  'Query.me': { expect: expect(ok, ok, ok, ok, none, none, none) },
  'Query.regions': { expect: expect(none, none, none, none, none, none) },
  'Query.provinces': { vars: () => ({ regionCode: 'MA-09' }), expect: expect(none, none, none, none, none, none) },
  'Query.valueChains': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.partners': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.partner': { vars: (f) => ({ id: f.ids.partner }), expect: expect(ok, ok, ok, FB, NF, FB) },
  'Query.coaches': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.programLeads': { expect: expect(ok, ok, FB, FB, none, FB) },
  'Query.programs': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.program': { vars: (f) => ({ id: f.ids.program }), expect: expect(ok, ok, ok, FB, NF, FB) },
  'Query.stageCriteria': { vars: (f) => ({ programId: f.ids.program }), expect: expect(none, none, none, FB, NF, FB) },
  'Query.people': { expect: expect(ok, ok, ok, ok, none, none) },
  'Query.person': { vars: (f) => ({ id: f.ids.e1 }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.likelyDuplicates': {
    vars: () => ({ input: { firstName: 'Fatima', lastName: 'X', gender: 'F', regionCode: 'MA-09', nationalId: 'AB123456' } }),
    expect: expect(ok, ok, FB, FB, none, FB),
  },
  'Query.personDuplicates': { expect: expect(none, none, FB, FB, none, FB) },
  'Query.revealNationalId': { vars: (f) => ({ personId: f.ids.e1 }), expect: expect(none, none, none, FB, NF, FB) },
  'Query.cooperatives': { expect: expect(ok, ok, ok, ok, none, none) },
  'Query.cooperative': { vars: (f) => ({ id: f.ids.cooperative }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.ventures': { expect: expect(ok, ok, ok, ok, none, none) },
  'Query.venture': { vars: (f) => ({ id: f.ids.venture }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.ventureFunnel': { expect: expect(none, none, none, FB, none, FB) },
  'Query.actionItem': { vars: (f) => ({ id: f.ids.actionItem }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.myActionItems': { expect: expect(none, none, none, FB, none, FB) },
  'Query.myJourney': { expect: expect(FB, FB, FB, ok, FB, none) },
  'Query.sessions': { expect: expect(ok, ok, ok, ok, none, none) },
  'Query.session': { vars: (f) => ({ id: f.ids.session }), expect: expect(ok, ok, ok, ok, NF, NF) },
  'Query.checkSessionSlot': {
    vars: (f) => ({ input: { coachIds: [f.ids.coach], participantIds: [f.ids.e1], startsAt: inDays(10, 9), endsAt: inDays(10, 10) } }),
    expect: expect(none, none, none, FB, 'BAD_USER_INPUT', FB),
  },
  'Query.mentorships': { expect: expect(ok, ok, ok, ok, none, none) },
  'Query.mentorSuggestions': { vars: (f) => ({ menteeId: f.ids.e1 }), expect: expect(none, none, FB, FB, NF, FB) },
  'Query.followUps': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.followUpRates': { expect: expect(none, none, none, FB, none, FB) },
  'Query.cohortAssignmentPreview': { vars: (f) => ({ cohortId: f.ids.cohort }), expect: expect(ok, ok, FB, FB, NF, FB) },
  'Query.impact': { expect: expect(none, none, none, FB, none, FB) },
  'Query.impactPeople': { vars: () => ({ measure: 'BENEFICIARIES' }), expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.impactCooperatives': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.impactVentures': { expect: expect(ok, ok, ok, FB, none, FB) },
  'Query.impactSessions': { expect: expect(none, none, none, FB, none, FB) },
  'Query.alerts': { expect: expect(none, none, none, FB, none, FB) },
  'Query.myNotifications': { expect: expect(none, none, none, none, none, none) },
  'Query.importRun': { vars: (f) => ({ id: f.ids.importRun }), expect: expect(ok, NF, FB, FB, NF, FB) },
  'Query.importRuns': { expect: expect(ok, none, FB, FB, none, FB) },
  'Query.auditLog': { expect: expect(ok, ok, FB, FB, none, FB) },
  'Query.auditVerification': { expect: expect(none, FB, FB, FB, none, FB) },
  'Query.recordHistory': { vars: (f) => ({ id: f.ids.e1, subjectType: 'PERSON' }), expect: expect(ok, ok, FB, FB, NF, FB) },

  // ---- Mutations ----
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
    vars: async (f) => ({ id: f.ids.actionItem, version: await v(f, 'action_item', f.ids.actionItem), done: slot++ % 2 === 0 }),
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
      const year = 2000 + (slot++ % 20);
      const r = (
        await f.gql<{ recordEconomicResult: { id: string; version: number } }>(
          f.clients.ADMIN,
          `mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { id version } }`,
          {
            i: { ventureId: f.ids.venture, periodStart: `${year}-0${1 + (slot % 9)}-01`, revenue: 10 },
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
      input: { id: f.ids.session, version: await v(f, 'coaching_session', f.ids.session), capacity: 5 + (slot++ % 5) },
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

/** Exported files and other plain HTTP routes (GET unless said). */
export const HTTP_ROUTES: Record<string, HttpRow> = {
  'GET /api/exports/people.:format': { path: () => '/api/exports/people.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/exports/cooperatives.:format': { path: () => '/api/exports/cooperatives.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/exports/ventures.:format': { path: () => '/api/exports/ventures.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/exports/sessions.:format': { path: () => '/api/exports/sessions.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/reports/:file': {
    path: (f) => `/api/reports/impact.xlsx?programId=${f.ids.program}`,
    expect: http(200, 200, 200, 403, 200, 403),
  },
  'POST /api/imports': {
    path: () => '/api/imports?fileName=people.csv',
    method: 'POST',
    contentType: 'application/octet-stream',
    body: 'first_name,last_name,gender,region_code\nSara,Matrix,F,MA-09\n',
    expect: http(201, 201, 403, 403, 201, 403),
  },
  'ALL {/*splat}': { path: () => '/api/no-such-file', expect: http(404, 404, 404, 404, 404, 404, 404) },
  'GET /calendar/:file': { path: () => '/calendar/not-a-token.ics', expect: http(404, 404, 404, 404, 404, 404, 404) },
  'GET /health': { path: () => '/health', expect: http(200, 200, 200, 200, 200, 200, 200) },
};

export function http(
  admin: number,
  lead: number,
  coach: number,
  entrepreneur: number,
  otherOrg: number,
  otherEntrepreneur: number,
  anonymous = 401,
): Record<Caller, number> {
  return { anonymous, ADMIN: admin, PROGRAM_LEAD: lead, COACH: coach, ENTREPRENEUR: entrepreneur, otherOrg, otherEntrepreneur };
}

/**
 * Personal-data fields (output fields named like nationalId, phone, birthDate, email), read on the
 * fixture's records by each caller. A key `Type.field@list` reads the same field in a list.
 */
type Seen = FieldRow['expect'][Caller];
const personRead = (field: string, clear: string) => (f: Fixture) => ({
  query: `query($id: ID!) { person(id: $id) { ${field} } }`,
  vars: { id: f.ids.e1 },
  pick: (d: any): unknown => d?.person?.[field],
  clear,
});
const peopleRead = (field: string, clear: string) => (f: Fixture) => ({
  query: `query($s: String) { people(filter: { search: $s }) { edges { node { id ${field} } } } }`,
  vars: { s: 'Fatima' },
  pick: (d: any): unknown => d?.people?.edges?.find((e: any) => e.node.id === f.ids.e1)?.node?.[field] ?? null,
  clear,
});
const partnerRead = (field: string, clear: string) => (f: Fixture) => ({
  query: `query($id: ID!) { partner(id: $id) { ${field} } }`,
  vars: { id: f.ids.partner },
  pick: (d: any): unknown => d?.partner?.[field],
  clear,
});

export const PERSONAL_FIELDS: Record<string, FieldRow> = {
  'Person.nationalIdMasked': {
    read: personRead('nationalIdMasked', 'AB123456'),
    expect: fields('masked', 'masked', 'masked', 'masked', 'NOT_FOUND', 'NOT_FOUND'),
  },
  'Person.nationalIdMasked@list': {
    read: peopleRead('nationalIdMasked', 'AB123456'),
    expect: fields('masked', 'masked', 'masked', 'masked', 'hidden', 'hidden'),
  },
  'Person.phone': {
    read: personRead('phone', '+212612345678'),
    expect: fields('clear', 'clear', 'clear', 'clear', 'NOT_FOUND', 'NOT_FOUND'),
  },
  'Person.phone@list': {
    read: peopleRead('phone', '+212612345678'),
    expect: fields('masked', 'masked', 'clear', 'clear', 'hidden', 'hidden'),
  },
  'Person.birthDate': {
    read: personRead('birthDate', '1995-04-12'),
    expect: fields('clear', 'clear', 'clear', 'clear', 'NOT_FOUND', 'NOT_FOUND'),
  },
  'Person.birthDate@list': {
    read: peopleRead('birthDate', '1995-04-12'),
    expect: fields('masked', 'masked', 'clear', 'clear', 'hidden', 'hidden'),
  },
  'Partner.contactPhone': {
    read: partnerRead('contactPhone', '+212600000001'),
    expect: fields('clear', 'clear', 'clear', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  'Partner.contactEmail': {
    read: partnerRead('contactEmail', 'contact@bank.example'),
    expect: fields('clear', 'clear', 'clear', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  'User.email': {
    read: (f) => ({
      query: `{ coaches { id email } }`,
      pick: (d: any): unknown => d?.coaches?.find((c: any) => c.id === f.ids.coach)?.email ?? null,
      clear: f.emails.COACH,
    }),
    expect: fields('clear', 'clear', 'clear', 'FORBIDDEN', 'hidden', 'FORBIDDEN'),
  },
};

function fields(
  admin: Seen,
  lead: Seen,
  coach: Seen,
  entrepreneur: Seen,
  otherOrg: Seen,
  otherEntrepreneur: Seen,
  anonymous: Seen = 'UNAUTHENTICATED',
): FieldRow['expect'] {
  return { anonymous, ADMIN: admin, PROGRAM_LEAD: lead, COACH: coach, ENTREPRENEUR: entrepreneur, otherOrg, otherEntrepreneur };
}
export { ok, none, NF, FB };
