import { Locale } from '@rafiq/shared';
import { NotificationService } from '../../backend/src/modules/notification/notification.service';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestAppWithOwnDatabase, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  // Its own database: the planner and the dispatcher see every organisation's rows.
  t = await startTestAppWithOwnDatabase();
});
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string) {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}

describe('reminders', () => {
  it('plans reminders once, sends each once (re-running the dispatcher sends nothing twice), in the recipient’s language', async () => {
    const team = await makeTeam(t.dataSource);
    await t.dataSource.query(`UPDATE app_user SET locale = $1 WHERE id = $2`, [Locale.AR, team.entrepreneur.id]);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const fatima = await apiCreatePerson(lead);
    await apiEnrol(lead, fatima.id, program.id, [team.coach.id]);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, fatima.id]);
    const coach = await signedIn(team.coach.email);
    const now = new Date('2031-03-03T08:00:00Z');
    const res = await coach.gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
      i: {
        kind: 'COACHING',
        startsAt: '2031-03-04T09:00:00Z',
        endsAt: '2031-03-04T10:00:00Z',
        coachIds: [team.coach.id],
        participantIds: [fatima.id],
        place: 'Douar Tifawin',
      },
    });
    expect(res.errors).toBeUndefined();

    const service = t.app.get(NotificationService);
    const planned = await service.plan(now);
    // 2 recipients (her and the coach) × 2 reminders (the day before, one hour before) × 2 channels (in-app, log in development).
    expect(planned).toBe(8);
    expect(await service.plan(now)).toBe(0);

    // Nothing is due yet; 24 hours before, the day-before reminders are (two dispatchers at once send each once).
    expect(await service.dispatch(now)).toBe(0);
    const dayBefore = new Date('2031-03-03T09:00:00Z');
    const first = await Promise.all([service.dispatch(dayBefore), service.dispatch(dayBefore)]);
    expect(first[0] + first[1]).toBe(4);
    expect(await service.dispatch(dayBefore)).toBe(0);
    expect(await service.dispatch(new Date('2031-03-04T08:05:00Z'))).toBe(4);
    expect(await service.dispatch(new Date('2031-03-04T08:06:00Z'))).toBe(0);
    const [{ sent }] = await t.dataSource.query(
      `SELECT count(*)::int AS sent FROM notification WHERE session_id = $1 AND status = 'SENT'`,
      [(res.data as { scheduleSession: { id: string } }).scheduleSession.id],
    );
    expect(sent).toBe(8);

    const entrepreneur = await signedIn(team.entrepreneur.email);
    const mine = await entrepreneur.gql<{ myNotifications: Array<{ id: string; kind: string; body: string }> }>(
      `{ myNotifications { id kind body } }`,
    );
    expect(mine.data?.myNotifications.map((n) => n.kind).sort()).toEqual(['SESSION_IN_ONE_HOUR', 'SESSION_TOMORROW']);
    expect(mine.data?.myNotifications.find((n) => n.kind === 'SESSION_TOMORROW')?.body).toMatch(/^تذكير/);
    const read = await entrepreneur.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: mine.data!.myNotifications.map((n) => n.id),
    });
    expect(read.data?.markNotificationsRead).toBe(2);
    expect(
      (await entrepreneur.gql<{ myNotifications: unknown[] }>(`{ myNotifications(unreadOnly: true) { id } }`)).data?.myNotifications,
    ).toEqual([]);
    // Nobody else reads or marks them.
    const lead2 = await signedIn(team.lead.email);
    expect((await lead2.gql<{ myNotifications: unknown[] }>(`{ myNotifications { id } }`)).data?.myNotifications).toEqual([]);
    expect(
      (
        await lead2.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
          ids: mine.data!.myNotifications.map((n) => n.id),
        })
      ).data?.markNotificationsRead,
    ).toBe(0);
  });

  it('reminds coaches of sessions left to log', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    await coach.gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
      i: { kind: 'COACHING', startsAt: '2031-05-05T09:00:00Z', endsAt: '2031-05-05T10:00:00Z', coachIds: [team.coach.id] },
    });
    const service = t.app.get(NotificationService);
    const now = new Date('2031-05-05T12:00:00Z');
    expect(await service.plan(now)).toBe(2);
    await service.dispatch(now);
    const mine = await coach.gql<{ myNotifications: Array<{ kind: string }> }>(`{ myNotifications { kind } }`);
    expect(mine.data?.myNotifications.map((n) => n.kind)).toEqual(['SESSION_TO_LOG']);
  });

  it('names the time on the organisation’s clock (Dakar UTC+0, Casablanca UTC+1)', async () => {
    const service = t.app.get(NotificationService);
    const bodies: string[] = [];
    for (const timeZone of ['Africa/Dakar', 'Africa/Casablanca']) {
      const team = await makeTeam(t.dataSource);
      await t.dataSource.query(`UPDATE organization SET time_zone = $1 WHERE id = $2`, [timeZone, team.org.id]);
      await t.dataSource.query(`UPDATE app_user SET locale = 'fr' WHERE id = $1`, [team.coach.id]);
      const coach = await signedIn(team.coach.email);
      const r = await coach.gql<{ scheduleSession: { id: string } }>(
        `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`,
        {
          i: { kind: 'COACHING', startsAt: '2031-07-08T09:00:00Z', endsAt: '2031-07-08T10:00:00Z', coachIds: [team.coach.id] },
        },
      );
      await service.plan(new Date('2031-07-07T12:00:00Z'));
      const [{ body }] = await t.dataSource.query(
        `SELECT body FROM notification WHERE session_id = $1 AND kind = 'SESSION_TOMORROW' LIMIT 1`,
        [r.data!.scheduleSession.id],
      );
      bodies.push(body);
    }
    expect(bodies[0]).toContain('09:00');
    expect(bodies[1]).toContain('10:00');
  });
});
