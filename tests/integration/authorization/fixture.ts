import { Role } from '@rafiq/shared';
import { randomUUID } from 'node:crypto';
import { ApiClient, GqlResponse } from '../../utils/api-client';
import { makeOrganization, makeUser, TEST_PASSWORD } from '../../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../../factories/people';
import type { TestApp } from '../../utils/test-app';
import { buildMoreFixture } from './fixture-more';

/**
 * The callers of the authorisation matrix. Roles are users of organisation A; `otherOrg` is the
 * admin of organisation B (calling with A's ids); `otherEntrepreneur` is a second entrepreneur of A
 * (calling with the first entrepreneur's ids).
 */
export const CALLERS = ['anonymous', 'ADMIN', 'PROGRAM_LEAD', 'COACH', 'ENTREPRENEUR', 'otherOrg', 'otherEntrepreneur'] as const;
export type Caller = (typeof CALLERS)[number];

function ok<T>(res: GqlResponse<T>): T {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const firstOfLastMonth = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
};

/**
 * One organisation's world around one entrepreneur (E1): a programme led by the lead, E1 enrolled
 * with the coach, her cooperative, venture, session, action item, result, referral, mentorship, a
 * graduated person's follow-up, an import run — plus E2 (another entrepreneur of the same
 * organisation, with her own person and venture) and organisation B with its admin.
 */
export async function buildFixture(t: TestApp) {
  const ds = t.dataSource;
  const org = await makeOrganization(ds, 'Matrix A');
  const orgB = await makeOrganization(ds, 'Matrix B');
  const [admin, lead, coach, e1User, e2User, adminB] = await Promise.all([
    makeUser(ds, org, Role.ADMIN),
    makeUser(ds, org, Role.PROGRAM_LEAD),
    makeUser(ds, org, Role.COACH),
    makeUser(ds, org, Role.ENTREPRENEUR),
    makeUser(ds, org, Role.ENTREPRENEUR),
    makeUser(ds, orgB, Role.ADMIN),
  ]);
  const signIn = async (email: string) => {
    const c = t.client();
    const res = await c.login(email, TEST_PASSWORD);
    if (!res.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
    return c;
  };
  const emails: Record<Exclude<Caller, 'anonymous'>, string> = {
    ADMIN: admin.email,
    PROGRAM_LEAD: lead.email,
    COACH: coach.email,
    ENTREPRENEUR: e1User.email,
    otherOrg: adminB.email,
    otherEntrepreneur: e2User.email,
  };
  const clients = {} as Record<Caller, ApiClient>;
  clients.anonymous = t.client();
  for (const [k, email] of Object.entries(emails)) clients[k as Caller] = await signIn(email);
  const a = clients.ADMIN;
  const l = clients.PROGRAM_LEAD;

  const gql = async <T>(c: ApiClient, query: string, variables?: Record<string, unknown>) => ok(await c.gql<T>(query, variables));

  /** Waits for imports running in the background (they write after the call has answered). */
  const settle = async () => {
    for (let i = 0; i < 150; i++) {
      const [row] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM import_run WHERE status = 'RUNNING'`);
      if (!row.n) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('an import is still running');
  };
  const partner = (
    await gql<{ createPartner: { id: string } }>(a, `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`, {
      i: {
        name: `Banque ${randomUUID().slice(0, 4)}`,
        kind: 'FUNDER',
        contactPhone: '+212600000001',
        contactEmail: 'contact@bank.example',
      },
    })
  ).createPartner;
  const valueChain = (
    await gql<{ createValueChain: { id: string } }>(a, `mutation($i: CreateValueChainInput!) { createValueChain(input: $i) { id } }`, {
      i: { nameFr: `Argan ${randomUUID().slice(0, 4)}`, nameAr: 'أركان' },
    })
  ).createValueChain;
  const program = await apiCreateProgram(l);
  const cohort = (
    await gql<{ createCohort: { id: string } }>(l, `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, {
      i: { programId: program.id, name: 'Cohorte 1' },
    })
  ).createCohort;
  const e1 = await apiCreatePerson(l, { firstName: 'Fatima', nationalId: 'AB123456', phone: '+212612345678', birthDate: '1995-04-12' });
  const e2 = await apiCreatePerson(a, { firstName: 'Khadija', nationalId: 'CD654321', phone: '+212698765432' });
  await ds.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [e1User.id, e1.id]);
  await ds.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [e2User.id, e2.id]);
  const enrolment = await apiEnrol(l, e1.id, program.id, [coach.id], 'ACTIVE');
  await ds.query(`UPDATE enrolment SET cohort_id = $1 WHERE id = $2`, [cohort.id, enrolment.id]);

  const cooperative = (
    await gql<{ createCooperative: { id: string; members: Array<{ id: string }> } }>(
      l,
      `mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id members { id } } }`,
      { i: { name: `Coop ${randomUUID().slice(0, 4)}`, regionCode: 'MA-09', valueChainId: valueChain.id, members: [{ personId: e1.id }] } },
    )
  ).createCooperative;
  const venture = (
    await gql<{ createVenture: { id: string } }>(l, `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, {
      i: { title: 'Couscous Fatima', ownerPersonId: e1.id, programId: program.id, valueChainId: valueChain.id },
    })
  ).createVenture;
  const e2Venture = (
    await gql<{ createVenture: { id: string } }>(a, `mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, {
      i: { title: 'Tapis Khadija', ownerPersonId: e2.id },
    })
  ).createVenture;
  const actionItem = (
    await gql<{ createActionItem: { id: string } }>(
      clients.COACH,
      `mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }`,
      { i: { ventureId: venture.id, title: 'Ouvrir un compte', dueOn: '2999-01-01', ownerKind: 'ENTREPRENEUR' } },
    )
  ).createActionItem;
  const result = (
    await gql<{ recordEconomicResult: { id: string } }>(
      clients.COACH,
      `mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { id } }`,
      { i: { ventureId: venture.id, periodStart: firstOfLastMonth(), revenue: 1000 } },
    )
  ).recordEconomicResult;
  const session = (
    await gql<{ scheduleSession: { id: string } }>(
      clients.COACH,
      `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`,
      {
        i: {
          kind: 'COACHING',
          startsAt: inDays(10),
          endsAt: inDays(10, 10),
          coachIds: [coach.id],
          participantIds: [e1.id],
          ventureId: venture.id,
          capacity: 5,
        },
      },
    )
  ).scheduleSession;
  const referral = (
    await gql<{ createReferral: { id: string } }>(l, `mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`, {
      i: { ventureId: venture.id, partnerId: partner.id, kind: 'BUYER' },
    })
  ).createReferral;
  const mentorship = (
    await gql<{ requestMentorship: { id: string } }>(l, `mutation($i: RequestMentorshipInput!) { requestMentorship(input: $i) { id } }`, {
      i: { menteeId: e1.id, mentorId: coach.id, programId: program.id },
    })
  ).requestMentorship;

  // A graduate of the programme (with the coach): her follow-ups.
  const graduate = await apiCreatePerson(l, { firstName: 'Amina' });
  const gEnrolment = await apiEnrol(l, graduate.id, program.id, [coach.id], 'ACTIVE');
  await gql(l, `mutation($i: UpdateEnrolmentInput!) { updateEnrolment(input: $i) { id } }`, {
    i: { id: gEnrolment.id, version: gEnrolment.version, status: 'GRADUATED' },
  });
  const [followUp] = await ds.query<Array<{ id: string }>>(`SELECT id FROM follow_up WHERE enrolment_id = $1 ORDER BY due_on LIMIT 1`, [
    gEnrolment.id,
  ]);

  // An import run by the admin.
  const up = await a.fetch(`/api/imports?fileName=people.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: 'first_name,last_name,gender,region_code\nSara,Imported,F,MA-09\n',
  });
  const { uploadId } = (await up.json()) as { uploadId: string };
  const importRun = (
    await gql<{ startPeopleImport: { id: string } }>(a, `mutation($i: PeopleImportInput!) { startPeopleImport(input: $i) { id } }`, {
      i: { uploadId, skipInvalid: true },
    })
  ).startPeopleImport;

  await settle();
  const [notification] = await ds.query<
    Array<{
      id: string;
    }>
  >(`SELECT id FROM notification WHERE organization_id = $1 LIMIT 1`, [org.id]);

  const ids = {
    org: org.id,
    admin: admin.id,
    lead: lead.id,
    coach: coach.id,
    e1User: e1User.id,
    partner: partner.id,
    valueChain: valueChain.id,
    program: program.id,
    cohort: cohort.id,
    e1: e1.id,
    enrolment: enrolment.id,
    cooperative: cooperative.id,
    member: cooperative.members[0].id,
    venture: venture.id,
    actionItem: actionItem.id,
    result: result.id,
    session: session.id,
    referral: referral.id,
    mentorship: mentorship.id,
    graduate: graduate.id,
    followUp: followUp?.id,
    importRun: importRun.id,
    notification: notification?.id,
    ...(await buildMoreFixture(clients, { coach: coach.id, e1: e1.id, venture: venture.id })),
  };
  const others = { e2: e2.id, e2Venture: e2Venture.id, e2User: e2User.id, orgB: orgB.id, adminB: adminB.id };

  /** The current version of a row (updates check it). */
  const version = async (table: string, id: string): Promise<number> => {
    const [row] = await ds.query<Array<{ version: number }>>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    return row.version;
  };

  let sessionsMade = 0;
  /** Throwaway records for destructive operations (each call makes new ones, visible to the lead and the coach). */
  const make = {
    /** A person enrolled in the lead's programme (with the coach unless `coach: false`; not at all with `enrol: false`). */
    person: async (o: { enrol?: boolean; coach?: boolean; cohort?: boolean } = {}) => {
      const p = await apiCreatePerson(l, { firstName: 'Temp' });
      let enrolmentId: string | undefined;
      if (o.enrol !== false) {
        const e = await apiEnrol(l, p.id, program.id, o.coach === false ? [] : [coach.id], 'ACTIVE');
        enrolmentId = e.id;
        if (o.cohort) await ds.query(`UPDATE enrolment SET cohort_id = $1 WHERE id = $2`, [cohort.id, e.id]);
      }
      return { id: p.id, version: await version('person', p.id), enrolmentId };
    },
    session: async (participants: string[] = [e1.id]) => {
      const day = 20 + sessionsMade++;
      return (
        await gql<{ scheduleSession: { id: string; version: number } }>(
          clients.COACH,
          `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`,
          {
            i: {
              kind: 'TRAINING',
              startsAt: inDays(day, 14),
              endsAt: inDays(day, 15),
              coachIds: [coach.id],
              participantIds: participants,
              ventureId: venture.id,
              capacity: 10,
            },
          },
        )
      ).scheduleSession;
    },
  };

  /** A new user like the caller (same role and organisation), signed in: for calls that end the caller's sessions. */
  const lookalike = async (caller: Caller): Promise<ApiClient> => {
    if (caller === 'anonymous') return t.client();
    const role = {
      ADMIN: Role.ADMIN,
      PROGRAM_LEAD: Role.PROGRAM_LEAD,
      COACH: Role.COACH,
      ENTREPRENEUR: Role.ENTREPRENEUR,
      otherOrg: Role.ADMIN,
      otherEntrepreneur: Role.ENTREPRENEUR,
    }[caller];
    const user = await makeUser(ds, caller === 'otherOrg' ? orgB : org, role);
    return signIn(user.email);
  };

  /** Every id of organisation A's records the calls aim at (a successful answer holding one of them is `ok`). */
  const targetIds = new Set(Object.values(ids).filter((x): x is string => !!x));
  return { t, clients, ids, others, version, make, settle, lookalike, targetIds, gql, signIn, emails, password: TEST_PASSWORD };
}

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;
