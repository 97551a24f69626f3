import { NotificationService } from '../../backend/src/modules/notification/notification.service';
import { codeOf } from '../utils/api-client';
import { Locale, Role } from '@rafiq/shared';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
// Send what the tests queued (it is due now), so that no other suite's dispatcher finds it pending.
afterEach(async () => {
  await t.app.get(NotificationService).dispatch(new Date());
});
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string) {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}
type Client = Awaited<ReturnType<typeof signedIn>>;

type Participant = { personId: string; waitlisted: boolean; waitlistRank: number | null; attendance: string | null };
type S = { id: string; version: number; capacity: number | null; participants: Participant[] };
const FIELDS = `id version capacity participants { personId waitlisted waitlistRank attendance }`;

async function training(c: Client, coachId: string, startsAt: string, participantIds: string[], capacity: number | null): Promise<S> {
  const endsAt = new Date(new Date(startsAt).getTime() + 3 * 3_600_000).toISOString();
  const res = await c.gql<{ scheduleSession: S }>(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { ${FIELDS} } }`, {
    i: { kind: 'TRAINING', startsAt, endsAt, coachIds: [coachId], participantIds, capacity },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.scheduleSession;
}
const seatsOf = (s: S) => s.participants.filter((p) => !p.waitlisted).map((p) => p.personId);
const queueOf = (s: S) => s.participants.filter((p) => p.waitlisted).map((p) => [p.personId, p.waitlistRank]);

async function team3() {
  const team = await makeTeam(t.dataSource);
  const lead = await signedIn(team.lead.email);
  const program = await apiCreateProgram(lead);
  const people: string[] = [];
  for (let i = 0; i < 5; i++) {
    const p = await apiCreatePerson(lead);
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);
    people.push(p.id);
  }
  return { team, lead, program, people, coach: await signedIn(team.coach.email) };
}

describe('trainings', () => {
  it('seats up to the capacity, keeps an ordered waiting list, promotes the first waiting person and tells her', async () => {
    const { team, coach, people } = await team3();
    const [a, b, c, d, e] = people;
    const s = await training(coach, team.coach.id, '2031-02-03T09:00:00Z', [a, b, c, d], 2);
    expect(seatsOf(s)).toEqual([a, b]);
    expect(queueOf(s)).toEqual([
      [c, 1],
      [d, 2],
    ]);
    // Someone added later goes behind the waiting list.
    const added = await coach.gql<{ addSessionParticipants: S }>(
      `mutation($i: AddParticipantsInput!) { addSessionParticipants(input: $i) { ${FIELDS} } }`,
      {
        i: { sessionId: s.id, personIds: [e, a] },
      },
    );
    expect(added.errors).toBeUndefined();
    expect(queueOf(added.data!.addSessionParticipants)).toEqual([
      [c, 1],
      [d, 2],
      [e, 3],
    ]);
    // A seated participant leaves: the first waiting takes the seat, the list closes up, she is told (same transaction).
    const removed = await coach.gql<{ removeSessionParticipant: S }>(
      `mutation($i: RemoveParticipantInput!) { removeSessionParticipant(input: $i) { ${FIELDS} } }`,
      {
        i: { sessionId: s.id, personId: a },
      },
    );
    expect(removed.errors).toBeUndefined();
    expect(seatsOf(removed.data!.removeSessionParticipant).sort()).toEqual([b, c].sort());
    expect(queueOf(removed.data!.removeSessionParticipant)).toEqual([
      [d, 1],
      [e, 2],
    ]);
    const told = await t.dataSource.query(
      `SELECT recipient_person_id, channel, body FROM notification WHERE kind = 'WAITLIST_PROMOTED' AND session_id = $1`,
      [s.id],
    );
    expect(told.map((r: { recipient_person_id: string }) => r.recipient_person_id)).toEqual([c]);
    // Someone waiting leaves: nobody is promoted, the list closes up.
    const left = await coach.gql<{ removeSessionParticipant: S }>(
      `mutation($i: RemoveParticipantInput!) { removeSessionParticipant(input: $i) { ${FIELDS} } }`,
      {
        i: { sessionId: s.id, personId: d },
      },
    );
    expect(queueOf(left.data!.removeSessionParticipant)).toEqual([[e, 1]]);
    // A larger capacity seats the people waiting.
    const bigger = await coach.gql<{ setSessionCapacity: S }>(
      `mutation($i: SetCapacityInput!) { setSessionCapacity(input: $i) { ${FIELDS} } }`,
      {
        i: { id: s.id, version: left.data!.removeSessionParticipant.version, capacity: 10 },
      },
    );
    expect(bigger.errors).toBeUndefined();
    expect(queueOf(bigger.data!.setSessionCapacity)).toEqual([]);
    expect(bigger.data!.setSessionCapacity.capacity).toBe(10);
    // A stale version is a conflict.
    const stale = await coach.gql(`mutation($i: SetCapacityInput!) { setSessionCapacity(input: $i) { id } }`, {
      i: { id: s.id, version: 1, capacity: 3 },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('the entrepreneur gives up her place and the first person waiting gets it, notified in-app', async () => {
    const { team, coach, lead, people } = await team3();
    const [a, b] = people;
    const mine = await apiCreatePerson(lead);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, mine.id]);
    // b has an account too: she will be told in the app.
    const waiting = await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR, { locale: Locale.AR });
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [waiting.id, b]);
    const s = await training(lead, team.coach.id, '2031-02-04T09:00:00Z', [a, mine.id, b], 2);
    expect(queueOf(s)).toEqual([[b, 1]]);
    const entrepreneur = await signedIn(team.entrepreneur.email);
    expect(
      codeOf(
        await entrepreneur.gql(`mutation($i: RemoveParticipantInput!) { removeSessionParticipant(input: $i) { id } }`, {
          i: { sessionId: s.id, personId: a },
        }),
      ),
    ).toBe('FORBIDDEN');
    const res = await entrepreneur.gql(`mutation($id: ID!) { cancelMyPlace(sessionId: $id) { id } }`, { id: s.id });
    expect(res.errors).toBeUndefined();
    const after = await coach.gql<{ session: S }>(`query($id: ID!) { session(id: $id) { ${FIELDS} } }`, { id: s.id });
    expect(seatsOf(after.data!.session).sort()).toEqual([a, b].sort());
    const rows = await t.dataSource.query(
      `SELECT channel, locale, body FROM notification WHERE kind = 'WAITLIST_PROMOTED' AND recipient_user_id = $1 ORDER BY channel`,
      [waiting.id],
    );
    expect(rows.map((r: { channel: string }) => r.channel)).toContain('IN_APP');
    expect(rows[0].locale).toBe('ar');
    // Again: she is no longer a participant.
    expect(codeOf(await entrepreneur.gql(`mutation($id: ID!) { cancelMyPlace(sessionId: $id) { id } }`, { id: s.id }))).toBe('NOT_FOUND');
  });

  it('only those who run the session change its participants; other organisations see nothing', async () => {
    const { team, coach, people } = await team3();
    const s = await training(coach, team.coach.id, '2031-02-05T09:00:00Z', people.slice(0, 2), 1);
    const stranger = await makeTeam(t.dataSource);
    const strangerCoach = await signedIn(stranger.coach.email);
    const remove = `mutation($i: RemoveParticipantInput!) { removeSessionParticipant(input: $i) { id } }`;
    expect(codeOf(await strangerCoach.gql(remove, { i: { sessionId: s.id, personId: people[0] } }))).toBe('NOT_FOUND');
    const strangerLead = await signedIn(stranger.lead.email);
    expect(codeOf(await strangerLead.gql(`{ person(id: "${people[0]}") { trainingRecord { trainings } } }`))).toBe('NOT_FOUND');
    // Another coach of the same organisation who does not run it.
    const other = await signedIn((await makeUser(t.dataSource, team.org, Role.COACH)).email);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await other.gql(remove, { i: { sessionId: s.id, personId: people[0] } })));
    const still = await coach.gql<{ session: S }>(`query($id: ID!) { session(id: $id) { ${FIELDS} } }`, { id: s.id });
    expect(still.data!.session.participants.length).toBe(2);
  });

  it('records attendance per person; 3 unexcused absences in a row raise an alert and notify the coach once', async () => {
    const { team, coach, lead, people } = await team3();
    const [a, b] = people;
    const log = async (startsAt: string, absentA: 'ABSENT' | 'PRESENT' | 'EXCUSED') => {
      const s = await training(coach, team.coach.id, startsAt, [a, b], 20);
      const res = await coach.gql(`mutation($i: LogSessionInput!) { logSession(input: $i) { id } }`, {
        i: {
          id: s.id,
          version: s.version,
          status: 'DONE',
          attendance: [
            { personId: a, attendance: absentA },
            { personId: b, attendance: 'PRESENT' },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
    };
    await log('2024-01-08T09:00:00Z', 'PRESENT');
    await log('2024-01-15T09:00:00Z', 'ABSENT');
    await log('2024-01-22T09:00:00Z', 'ABSENT');
    const alerts = async (c: Client) =>
      (
        await c.gql<{ alerts: Array<{ kind: string; personId: string; days: number }> }>(`{ alerts { kind personId days } }`)
      ).data!.alerts.filter((x) => x.kind === 'REPEATED_ABSENCES');
    expect(await alerts(coach)).toEqual([]);
    await log('2024-01-29T09:00:00Z', 'ABSENT');
    expect(await alerts(coach)).toEqual([{ kind: 'REPEATED_ABSENCES', personId: a, days: 3 }]);
    expect((await alerts(lead)).map((x) => x.personId)).toEqual([a]);
    await log('2024-02-05T09:00:00Z', 'ABSENT');
    expect(await alerts(coach)).toEqual([{ kind: 'REPEATED_ABSENCES', personId: a, days: 4 }]);
    // One notification for the streak, in-app to the coach.
    const rows = await t.dataSource.query(
      `SELECT channel, body FROM notification WHERE kind = 'ABSENCES_IN_A_ROW' AND recipient_user_id = $1`,
      [team.coach.id],
    );
    expect(rows.filter((r: { channel: string }) => r.channel === 'IN_APP').length).toBe(1);
    expect(rows[0].body).toMatch(/3/);
    // Training record on the person.
    const rec = await coach.gql<{
      person: { trainingRecord: { trainings: number; attended: number; absent: number; attendanceRate: number; absencesInARow: number } };
    }>(`query($id: ID!) { person(id: $id) { trainingRecord { trainings attended excused absent attendanceRate absencesInARow } } }`, {
      id: a,
    });
    expect(rec.data!.person.trainingRecord).toMatchObject({ trainings: 5, attended: 1, absent: 4, attendanceRate: 0.2, absencesInARow: 4 });
    // Attending again ends the streak and the alert.
    await log('2024-02-12T09:00:00Z', 'PRESENT');
    expect(await alerts(coach)).toEqual([]);
    // Another organisation sees no such alert.
    const stranger = await makeTeam(t.dataSource);
    expect(await alerts(await signedIn(stranger.coach.email))).toEqual([]);
  });

  it('loads training records for a page of people in a constant number of statements', async () => {
    const { lead, program, team } = await team3();
    const count = async (n: number) => {
      const res = await lead.gql(
        `query($n: Int) { people(first: $n) { edges { node { id trainingRecord { trainings attendanceRate absencesInARow } } } } }`,
        { n },
      );
      expect(res.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    const small = await count(2);
    for (let i = 0; i < 6; i++) await apiEnrol(lead, (await apiCreatePerson(lead)).id, program.id, [team.coach.id]);
    expect(await count(11)).toBe(small);
  });
});
