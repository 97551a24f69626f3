import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
import { makeOrganization, makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120000);
afterAll(async () => {
  await t.close();
});

async function signIn(email: string): Promise<ApiClient> {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}

const DUPLICATES = `query($first: Int, $after: String) { personDuplicates(first: $first, after: $after) {
  totalCount edges { cursor node { reason similarity person { id firstName } other { id firstName } } } pageInfo { hasNextPage endCursor } } }`;
type Dups = {
  personDuplicates: {
    totalCount: number;
    edges: { cursor: string; node: { reason: string; similarity: number; person: { id: string }; other: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const pairKey = (a: string, b: string) => [a, b].sort().join('+');

describe('data quality: likely duplicate people', () => {
  it('lists pairs by phone and by similar name + birth date, paginated, within what the caller may see', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signIn(team.admin.email);
    const lead = await signIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const otherProgram = await apiCreateProgram(admin);

    const phoneA = await apiCreatePerson(lead, { firstName: 'Fatima', lastName: 'Zahra', phone: '+212661234501' });
    const phoneB = await apiCreatePerson(lead, { firstName: 'Khadija', lastName: 'Benali', phone: '0661234501' });
    const nameA = await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Ait Baha', birthDate: '1991-04-12' });
    const nameB = await apiCreatePerson(lead, { firstName: 'Hasnaa', lastName: 'Ait Baha', birthDate: '1991-04-12' });
    // Same name, different birth date; similar name in another pair of which one is archived: not listed.
    await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Ait Baha', birthDate: '1993-01-01' });
    const archived = await apiCreatePerson(lead, { firstName: 'Fatima', lastName: 'Zahra', phone: '+212661234501' });
    await t.dataSource.query(`UPDATE person SET archived_at = now() WHERE id = $1`, [archived.id]);
    // A pair in a programme the lead does not lead: only the admin sees it.
    const hiddenA = await apiCreatePerson(admin, { firstName: 'Said', lastName: 'Amrani', phone: '+212700000001' });
    const hiddenB = await apiCreatePerson(admin, { firstName: 'Saïd', lastName: 'Amrani', phone: '+212700000001' });
    await apiEnrol(admin, hiddenA.id, otherProgram.id);
    await apiEnrol(admin, hiddenB.id, otherProgram.id);
    await apiEnrol(lead, phoneA.id, program.id);

    const all = await admin.gql<Dups>(DUPLICATES, { first: 10 });
    expect(all.errors).toBeUndefined();
    const found = new Map(all.data!.personDuplicates.edges.map((e) => [pairKey(e.node.person.id, e.node.other.id), e.node]));
    expect([...found.keys()].sort()).toEqual(
      [pairKey(phoneA.id, phoneB.id), pairKey(nameA.id, nameB.id), pairKey(hiddenA.id, hiddenB.id)].sort(),
    );
    expect(found.get(pairKey(phoneA.id, phoneB.id))).toMatchObject({ reason: 'SAME_PHONE', similarity: 1 });
    expect(found.get(pairKey(nameA.id, nameB.id))?.reason).toBe('SIMILAR_NAME_SAME_BIRTH_DATE');
    expect(found.get(pairKey(nameA.id, nameB.id))?.similarity).toBeGreaterThan(0.6);
    expect(found.get(pairKey(hiddenA.id, hiddenB.id))?.reason).toBe('SAME_PHONE');
    expect(all.data!.personDuplicates.totalCount).toBe(3);

    // Pages of one, in a stable order, cover the same pairs.
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: Dups = (await admin.gql<Dups>(DUPLICATES, { first: 1, after })).data!;
      paged.push(...res.personDuplicates.edges.map((e) => pairKey(e.node.person.id, e.node.other.id)));
      if (!res.personDuplicates.pageInfo.hasNextPage) break;
      after = res.personDuplicates.pageInfo.endCursor;
    }
    expect(paged.sort()).toEqual([...found.keys()].sort());
    expect(codeOf(await admin.gql(DUPLICATES, { first: 1, after: 'nonsense' }))).toBe('BAD_USER_INPUT');

    // The lead sees the pairs among people of her programme or not enrolled yet, not the other programme's.
    const leads = (await lead.gql<Dups>(DUPLICATES, {})).data!.personDuplicates.edges.map((e) =>
      pairKey(e.node.person.id, e.node.other.id),
    );
    expect(leads.sort()).toEqual([pairKey(phoneA.id, phoneB.id), pairKey(nameA.id, nameB.id)].sort());

    // Coaches and entrepreneurs may not; another organisation sees none of these.
    expect(codeOf(await (await signIn(team.coach.email)).gql(DUPLICATES, {}))).toBe('FORBIDDEN');
    expect(codeOf(await (await signIn(team.entrepreneur.email)).gql(DUPLICATES, {}))).toBe('FORBIDDEN');
    const other = await makeOrganization(t.dataSource);
    const stranger = await signIn((await makeUser(t.dataSource, other, Role.ADMIN)).email);
    expect((await stranger.gql<Dups>(DUPLICATES, {})).data!.personDuplicates.edges).toEqual([]);
  });

  it('merges a duplicate in one transaction: nothing is lost, the merged person is archived, audited; dismissals hide a pair', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signIn(team.admin.email);
    const lead = await signIn(team.lead.email);
    const p1 = await apiCreateProgram(lead);
    const p2 = await apiCreateProgram(lead);
    const keep = await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Ait Baha', phone: '+212661234599' });
    const dup = await apiCreatePerson(lead, {
      firstName: 'Hasnaa',
      lastName: 'Ait Baha',
      phone: '+212661234599',
      birthDate: '1991-04-12',
      nationalId: 'JB412899',
    });
    const keptP1 = await apiEnrol(lead, keep.id, p1.id, [team.coach.id]);
    const dupP1 = await apiEnrol(lead, dup.id, p1.id);
    await apiEnrol(lead, dup.id, p2.id);
    await t.dataSource.query(`UPDATE enrolment SET enrolled_on = '2025-01-01' WHERE id = $1`, [dupP1.id]);
    const ok = async <T>(p: Promise<{ data?: T | null; errors?: unknown }>) => {
      const r = await p;
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const schedule = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`;
    await ok(
      admin.gql(schedule, {
        i: {
          kind: 'COACHING',
          startsAt: '2030-03-04T10:00:00Z',
          endsAt: '2030-03-04T11:00:00Z',
          coachIds: [team.coach.id],
          participantIds: [keep.id, dup.id],
        },
      }),
    );
    await ok(
      admin.gql(schedule, {
        i: {
          kind: 'COACHING',
          startsAt: '2030-03-05T10:00:00Z',
          endsAt: '2030-03-05T11:00:00Z',
          coachIds: [team.coach.id],
          participantIds: [dup.id],
        },
      }),
    );
    await ok(
      lead.gql(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, {
        i: { title: 'Argan', ownerPersonId: dup.id, programId: p2.id },
      }),
    );
    await ok(
      lead.gql(`mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id } }`, {
        i: { name: 'Tifawin', regionCode: 'MA-09', members: [{ personId: dup.id }] },
      }),
    );

    const tally = async (id: string): Promise<Record<string, number>> =>
      (
        await t.dataSource.query<Record<string, number>[]>(
          `SELECT (SELECT count(*)::int FROM enrolment WHERE person_id = $1) AS enrolments,
                  (SELECT count(*)::int FROM session_participant WHERE person_id = $1) AS sessions,
                  (SELECT count(*)::int FROM venture WHERE owner_person_id = $1) AS ventures,
                  (SELECT count(*)::int FROM cooperative_member WHERE person_id = $1) AS memberships`,
          [id],
        )
      )[0];
    expect(await tally(keep.id)).toEqual({ enrolments: 1, sessions: 1, ventures: 0, memberships: 0 });
    expect(await tally(dup.id)).toEqual({ enrolments: 2, sessions: 2, ventures: 1, memberships: 1 });

    const MERGE = `mutation($i: MergePeopleInput!) { mergePeople(input: $i) { id version birthDate nationalIdMasked } }`;
    const versions = async () =>
      Object.fromEntries(
        (
          await t.dataSource.query<{ id: string; version: number }[]>(`SELECT id, version FROM person WHERE id = ANY($1)`, [
            [keep.id, dup.id],
          ])
        ).map((r) => [r.id, r.version]),
      );
    const v = await versions();
    const input = { keepId: keep.id, mergeId: dup.id, keepVersion: v[keep.id], mergeVersion: v[dup.id] };
    // Refused: stale version, a coach, another organisation, a lead who cannot see both.
    expect(codeOf(await lead.gql(MERGE, { i: { ...input, mergeVersion: input.mergeVersion - 1 } }))).toBe('CONFLICT');
    expect(codeOf(await (await signIn(team.coach.email)).gql(MERGE, { i: input }))).toBe('FORBIDDEN');
    const otherOrg = await makeOrganization(t.dataSource);
    expect(codeOf(await (await signIn((await makeUser(t.dataSource, otherOrg, Role.ADMIN)).email)).gql(MERGE, { i: input }))).toBe(
      'NOT_FOUND',
    );
    const otherLead = await signIn((await makeUser(t.dataSource, team.org, Role.PROGRAM_LEAD)).email);
    expect(codeOf(await otherLead.gql(MERGE, { i: input }))).toBe('NOT_FOUND');
    expect(await tally(dup.id)).toEqual({ enrolments: 2, sessions: 2, ventures: 1, memberships: 1 });

    const merged = await lead.gql<{ mergePeople: { id: string; birthDate: string; nationalIdMasked: string } }>(MERGE, { i: input });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergePeople).toMatchObject({ id: keep.id, birthDate: '1991-04-12', nationalIdMasked: 'JB****99' });
    // Both programmes (the earlier P1 enrolment, with the kept one's coach), both sessions once, the venture, the membership.
    expect(await tally(keep.id)).toEqual({ enrolments: 2, sessions: 2, ventures: 1, memberships: 1 });
    expect(await tally(dup.id)).toEqual({ enrolments: 0, sessions: 0, ventures: 0, memberships: 0 });
    const [p1Enrolment] = await t.dataSource.query(`SELECT id FROM enrolment WHERE person_id = $1 AND program_id = $2`, [keep.id, p1.id]);
    expect(p1Enrolment.id).toBe(dupP1.id);
    expect(keptP1.id).not.toBe(dupP1.id);
    expect(await t.dataSource.query(`SELECT user_id FROM enrolment_coach WHERE enrolment_id = $1`, [dupP1.id])).toEqual([
      { user_id: team.coach.id },
    ]);
    // The dropped enrolment's status history joined the one that stays: nothing of it is lost.
    const history = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM enrolment_status_change WHERE enrolment_id = $1`,
      [dupP1.id],
    );
    expect(history[0].n).toBe(2);
    const [archived] = await t.dataSource.query(
      `SELECT archived_at IS NOT NULL AS archived, merged_into_id, national_id_hash FROM person WHERE id = $1`,
      [dup.id],
    );
    expect(archived).toEqual({ archived: true, merged_into_id: keep.id, national_id_hash: null });
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE action = 'MERGE' AND entity_id = $1`, [keep.id]);
    expect(event.changes).toMatchObject({
      mergedId: [dup.id, null],
      enrolments: [null, 2],
      duplicateEnrolmentsDropped: [null, 1],
      sessions: [null, 1],
      ventures: [null, 1],
    });
    expect(JSON.stringify(event.changes)).not.toMatch(/Hasna|412899|661234599/);
    // Merging again: the merged person is archived now.
    expect(codeOf(await lead.gql(MERGE, { i: { ...input, mergeVersion: input.mergeVersion + 1 } }))).toBe('CONFLICT');

    // "Not a duplicate": the pair disappears from the list.
    const a = await apiCreatePerson(lead, { firstName: 'Nadia', lastName: 'Ouali', phone: '+212661234588' });
    const b = await apiCreatePerson(lead, { firstName: 'Samir', lastName: 'Ouali', phone: '+212661234588' });
    const listed = async () =>
      (await lead.gql<Dups>(DUPLICATES, {})).data!.personDuplicates.edges.map((e) => pairKey(e.node.person.id, e.node.other.id));
    expect(await listed()).toContain(pairKey(a.id, b.id));
    const DISMISS = `mutation($i: PersonPairInput!) { dismissPersonDuplicate(input: $i) }`;
    expect(codeOf(await (await signIn(team.coach.email)).gql(DISMISS, { i: { personId: b.id, otherPersonId: a.id } }))).toBe('FORBIDDEN');
    expect((await lead.gql(DISMISS, { i: { personId: b.id, otherPersonId: a.id } })).data).toEqual({ dismissPersonDuplicate: true });
    expect(await listed()).not.toContain(pairKey(a.id, b.id));
  });
});
