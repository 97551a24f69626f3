import { Role } from '@rafiq/shared';
import { MentorshipService } from '../../backend/src/modules/mentorship/mentorship.service';
import { NotificationService } from '../../backend/src/modules/notification/notification.service';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson } from '../factories/people';
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

type Ms = { id: string; version: number; status: string; mentorUserId: string; previousRequestId: string | null };
const FIELDS = 'id version status mentorUserId previousRequestId';

describe('mentor requests move on by themselves', () => {
  it('a declined request goes to the next-ranked mentor not yet asked; an unanswered one expires and moves on; it is all recorded', async () => {
    const team = await makeTeam(t.dataSource);
    const [b, c] = [
      await makeUser(t.dataSource, team.org, Role.COACH, { displayName: 'B coach' }),
      await makeUser(t.dataSource, team.org, Role.COACH, { displayName: 'C coach' }),
    ];
    // A speaks her language and serves her region; B serves her region; C only has room.
    await t.dataSource.query(
      `INSERT INTO coach_profile (user_id, organization_id, languages, region_codes, weekly_capacity_hours)
       VALUES ($1, $4, '{ar}', '{MA-09}', 10), ($2, $4, '{}', '{MA-09}', 10), ($3, $4, '{}', '{}', 10)`,
      [team.coach.id, b.id, c.id, team.org.id],
    );
    const lead = await signedIn(team.lead.email);
    const mentee = await apiCreatePerson(lead, { preferredLocale: 'ar', regionCode: 'MA-09' });
    const requested = await lead.gql<{ requestMentorship: Ms }>(
      `mutation($i: RequestMentorshipInput!) { requestMentorship(input: $i) { ${FIELDS} } }`,
      {
        i: { mentorId: team.coach.id, menteeId: mentee.id, goals: 'Commercialiser en ligne' },
      },
    );
    expect(requested.errors).toBeUndefined();
    const first = requested.data!.requestMentorship;

    // A declines: B is asked at once, the new request records the declined one and B is told.
    const a = await signedIn(team.coach.email);
    const declined = await a.gql<{ respondMentorship: Ms }>(
      `mutation($i: RespondMentorshipInput!) { respondMentorship(input: $i) { ${FIELDS} } }`,
      {
        i: { id: first.id, version: first.version, accept: false },
      },
    );
    expect(declined.data?.respondMentorship.status).toBe('DECLINED');
    const list = async () =>
      (await lead.gql<{ mentorships: Ms[] }>(`query($m: ID!) { mentorships(menteeId: $m) { ${FIELDS} } }`, { m: mentee.id })).data!
        .mentorships;
    let all = await list();
    const second = all.find((x) => x.status === 'REQUESTED')!;
    expect(second).toMatchObject({ mentorUserId: b.id, previousRequestId: first.id });
    const told = await t.dataSource.query(`SELECT channel FROM notification WHERE kind = 'MENTOR_REQUEST' AND recipient_user_id = $1`, [
      b.id,
    ]);
    expect(told.map((r: { channel: string }) => r.channel)).toContain('IN_APP');

    // Nobody answers for 8 days: the job expires B's request and asks C (the job handler, run with a later clock).
    const service = t.app.get(MentorshipService);
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await service.expireUnanswered(new Date(Date.now() + 86_400_000))).toBe(0);
    expect(await service.expireUnanswered(later)).toBeGreaterThanOrEqual(1);
    all = await list();
    expect(all.find((x) => x.id === second.id)?.status).toBe('EXPIRED');
    const third = all.find((x) => x.status === 'REQUESTED')!;
    expect(third).toMatchObject({ mentorUserId: c.id, previousRequestId: second.id });

    // C does not answer either; two job runs at once expire it once; no mentor is left, so no new request.
    const runs = await Promise.all([service.expireUnanswered(later), service.expireUnanswered(later)]);
    all = await list();
    expect(all.find((x) => x.id === third.id)?.status).toBe('EXPIRED');
    expect(all.filter((x) => x.status === 'REQUESTED')).toEqual([]);
    expect(all).toHaveLength(3);
    expect(runs.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(1);
    // Other organisations' requests are untouched by another team's run: nothing of theirs appears here.
    const stranger = await makeTeam(t.dataSource);
    const strangerLead = await signedIn(stranger.lead.email);
    expect(
      (await strangerLead.gql<{ mentorships: Ms[] }>(`query($m: ID!) { mentorships(menteeId: $m) { id } }`, { m: mentee.id })).data
        ?.mentorships ?? [],
    ).toEqual([]);
  });
});
