import * as ical from 'node-ical';
import { codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
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

const SCHEDULE = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version status startsAt endsAt coaches { id } participants { person { id } waitlisted } } }`;
type Scheduled = { scheduleSession: { id: string; version: number; status: string } };

function schedule(c: Client, coachId: string, startsAt: string, endsAt: string, participantIds: string[] = [], extra: Record<string, unknown> = {}) {
  return c.gql<Scheduled>(SCHEDULE, { i: { kind: 'COACHING', startsAt, endsAt, coachIds: [coachId], participantIds, ...extra } });
}

describe('sessions', () => {
  it('refuses to double-book a coach, naming the clashing session and proposing free slots', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    const first = await schedule(coach, team.coach.id, '2030-03-04T10:00:00+01:00', '2030-03-04T11:00:00+01:00');
    expect(first.errors).toBeUndefined();
    const clash = await schedule(coach, team.coach.id, '2030-03-04T10:30:00+01:00', '2030-03-04T11:30:00+01:00');
    expect(codeOf(clash)).toBe('CONFLICT');
    const ext = clash.errors?.[0].extensions as { clashingSessionId: string; freeSlots: Array<{ startsAt: string }> };
    expect(ext.clashingSessionId).toBe(first.data?.scheduleSession.id);
    expect(ext.freeSlots.length).toBe(3);
    expect(new Date(ext.freeSlots[0].startsAt) >= new Date('2030-03-04T11:00:00+01:00')).toBe(true);
    // Back to back is fine; a cancelled session frees its time.
    expect((await schedule(coach, team.coach.id, '2030-03-04T11:00:00+01:00', '2030-03-04T12:00:00+01:00')).errors).toBeUndefined();
    const later = await schedule(coach, team.coach.id, '2030-03-05T10:00:00+01:00', '2030-03-05T11:00:00+01:00');
    const cancelled = await coach.gql(`mutation($i: LogSessionInput!) { logSession(input: $i) { status } }`, {
      i: { id: later.data!.scheduleSession.id, version: later.data!.scheduleSession.version, status: 'CANCELLED', cancelReason: 'Pluie' },
    });
    expect(cancelled.data).toEqual({ logSession: { status: 'CANCELLED' } });
    expect((await schedule(coach, team.coach.id, '2030-03-05T10:00:00+01:00', '2030-03-05T11:00:00+01:00')).errors).toBeUndefined();
  });

  it('two concurrent bookings of overlapping slots: exactly one succeeds', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    const lead = await signedIn(team.lead.email);
    for (let trial = 0; trial < 5; trial++) {
      const day = `2030-04-${String(10 + trial).padStart(2, '0')}`;
      const results = await Promise.all([
        schedule(coach, team.coach.id, `${day}T09:00:00Z`, `${day}T10:00:00Z`),
        schedule(lead, team.coach.id, `${day}T09:30:00Z`, `${day}T10:30:00Z`),
        schedule(coach, team.coach.id, `${day}T09:15:00Z`, `${day}T09:45:00Z`),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM session_coach WHERE user_id = $1`, [team.coach.id]);
    expect(n).toBe(5);
  });

  it('logs a session in one call: done, attendance, notes; planned-and-over shows as to log', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const [a, b] = [await apiCreatePerson(lead), await apiCreatePerson(lead)];
    await apiEnrol(lead, a.id, program.id, [team.coach.id]);
    await apiEnrol(lead, b.id, program.id, [team.coach.id]);
    const coach = await signedIn(team.coach.email);
    const s = await schedule(coach, team.coach.id, '2024-05-06T09:00:00Z', '2024-05-06T11:00:00Z', [a.id, b.id], { kind: 'TRAINING' });
    const listed = await coach.gql<{ sessions: { edges: Array<{ node: { id: string; toLog: boolean } }> } }>(`{ sessions(filter: { status: PLANNED }) { edges { node { id toLog } } } }`);
    expect(listed.data?.sessions.edges.find((e) => e.node.id === s.data?.scheduleSession.id)?.node.toLog).toBe(true);
    const logged = await coach.gql<{ logSession: { status: string; notes: string; participants: Array<{ person: { id: string }; attendance: string }> } }>(
      `mutation($i: LogSessionInput!) { logSession(input: $i) { status notes participants { person { id } attendance } } }`,
      { i: { id: s.data!.scheduleSession.id, version: s.data!.scheduleSession.version, attendance: [{ personId: a.id, attendance: 'PRESENT' }, { personId: b.id, attendance: 'EXCUSED' }], notes: 'Comptabilité simple', nextSteps: 'Tenir le cahier de caisse' } },
    );
    expect(logged.data?.logSession.status).toBe('DONE');
    expect(logged.data?.logSession.participants.map((p) => [p.person.id, p.attendance]).sort()).toEqual([[a.id, 'PRESENT'], [b.id, 'EXCUSED']].sort());
    // Next steps of a session about a venture become her action items.
    const venture = (await lead.gql<{ createVenture: { id: string } }>(`mutation { createVenture(input: { ownerPersonId: "${a.id}", title: "Miel" }) { id } }`)).data!.createVenture.id;
    const withVenture = await schedule(coach, team.coach.id, '2024-05-07T09:00:00Z', '2024-05-07T10:00:00Z', [a.id], { ventureId: venture });
    await coach.gql(`mutation($i: LogSessionInput!) { logSession(input: $i) { id } }`, {
      i: { id: withVenture.data!.scheduleSession.id, version: withVenture.data!.scheduleSession.version, nextSteps: '- Peser les pots\n- Faire les étiquettes\n' },
    });
    const items = await coach.gql<{ venture: { actionItems: Array<{ title: string; ownerKind: string }> } }>(`query($id: ID!) { venture(id: $id) { actionItems { title ownerKind } } }`, { id: venture });
    expect(items.data?.venture.actionItems.map((i) => i.title).sort()).toEqual(['Faire les étiquettes', 'Peser les pots']);
    const future = await schedule(coach, team.coach.id, '2031-01-01T09:00:00Z', '2031-01-01T10:00:00Z');
    const tooEarly = await coach.gql(`mutation($i: LogSessionInput!) { logSession(input: $i) { id } }`, { i: { id: future.data!.scheduleSession.id, version: 1 } });
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('a coach sees and changes only her own sessions and her assignees’; an entrepreneur only those she takes part in', async () => {
    const team = await makeTeam(t.dataSource);
    const other = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const fatima = await apiCreatePerson(lead);
    const stranger = await apiCreatePerson(lead);
    await apiEnrol(lead, fatima.id, program.id, [team.coach.id]);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, fatima.id]);
    const coach = await signedIn(team.coach.email);
    const mine = await schedule(coach, team.coach.id, '2030-06-01T09:00:00Z', '2030-06-01T10:00:00Z', [fatima.id]);
    // The lead books the stranger with the coach of another team? No: with an admin as coach, not the coach.
    const notMine = await lead.gql<Scheduled>(SCHEDULE, { i: { kind: 'COACHING', startsAt: '2030-06-02T09:00:00Z', endsAt: '2030-06-02T10:00:00Z', coachIds: [team.admin.id], participantIds: [stranger.id] } });
    expect(notMine.errors).toBeUndefined();
    const coachSees = await coach.gql<{ sessions: { totalCount: number } }>(`{ sessions { totalCount } }`);
    expect(coachSees.data?.sessions.totalCount).toBe(1);
    expect(codeOf(await coach.gql(`query($id: ID!) { session(id: $id) { id } }`, { id: notMine.data!.scheduleSession.id }))).toBe('NOT_FOUND');
    expect(codeOf(await coach.gql(`mutation($i: RescheduleSessionInput!) { rescheduleSession(input: $i) { id } }`, { i: { id: notMine.data!.scheduleSession.id, version: 1, startsAt: '2030-06-03T09:00:00Z', endsAt: '2030-06-03T10:00:00Z' } }))).toBe('NOT_FOUND');
    // A coach cannot book another coach, nor someone outside her portfolio.
    expect(codeOf(await schedule(coach, team.admin.id, '2030-06-05T09:00:00Z', '2030-06-05T10:00:00Z'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule(coach, team.coach.id, '2030-06-05T09:00:00Z', '2030-06-05T10:00:00Z', [stranger.id]))).toBe('NOT_FOUND');

    const entrepreneur = await signedIn(team.entrepreneur.email);
    const hers = await entrepreneur.gql<{ sessions: { edges: Array<{ node: { id: string } }> } }>(`{ sessions { edges { node { id } } } }`);
    expect(hers.data?.sessions.edges.map((e) => e.node.id)).toEqual([mine.data!.scheduleSession.id]);
    expect((await entrepreneur.gql(`mutation($id: ID!) { confirmAttendance(sessionId: $id) { id } }`, { id: mine.data!.scheduleSession.id })).errors).toBeUndefined();
    const journey = await entrepreneur.gql<{ myJourney: { upcomingSessions: Array<{ id: string; participants: Array<{ confirmedAt: string | null }> }> } }>(
      `{ myJourney { upcomingSessions { id participants { confirmedAt } } pastSessions { id } } }`,
    );
    expect(journey.data?.myJourney.upcomingSessions.map((x) => x.id)).toEqual([mine.data!.scheduleSession.id]);
    expect(journey.data?.myJourney.upcomingSessions[0].participants[0].confirmedAt).toBeTruthy();
    expect(codeOf(await entrepreneur.gql(`mutation($id: ID!) { confirmAttendance(sessionId: $id) { id } }`, { id: notMine.data!.scheduleSession.id }))).toBe('NOT_FOUND');
    expect(codeOf(await entrepreneur.gql(SCHEDULE, { i: { kind: 'COACHING', startsAt: '2030-07-01T09:00:00Z', endsAt: '2030-07-01T10:00:00Z', coachIds: [team.coach.id] } }))).toBe('FORBIDDEN');

    const outsider = await signedIn(other.admin.email);
    expect((await outsider.gql<{ sessions: { totalCount: number } }>(`{ sessions { totalCount } }`)).data?.sessions.totalCount).toBe(0);
    expect(codeOf(await outsider.gql(`query($id: ID!) { session(id: $id) { id } }`, { id: mine.data!.scheduleSession.id }))).toBe('NOT_FOUND');
  });

  it('each coach has a private iCalendar feed that parses, carries no names, and can be revoked', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    const lead = await signedIn(team.lead.email);
    const person = await apiCreatePerson(lead, { firstName: 'Zineb' });
    const program = await apiCreateProgram(lead);
    await apiEnrol(lead, person.id, program.id, [team.coach.id]);
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const s = await schedule(coach, team.coach.id, `${day}T09:00:00Z`, `${day}T10:30:00Z`, [person.id], { place: 'Douar Tifawin' });
    const me = await coach.gql<{ me: { calendarFeedUrl: string } }>(`{ me { calendarFeedUrl } }`);
    const url = me.data!.me.calendarFeedUrl;
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    expect((await coach.gql<{ me: { calendarFeedUrl: string } }>(`{ me { calendarFeedUrl } }`)).data?.me.calendarFeedUrl).toBe(url);
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await res.text();
    expect(text).not.toContain('Zineb');
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as Array<{ uid: string; start: Date; location: string }>;
    expect(events).toHaveLength(1);
    expect(events[0].uid).toBe(`${s.data!.scheduleSession.id}@rafiq`);
    expect(events[0].start.toISOString()).toBe(`${day}T09:00:00.000Z`);
    expect(events[0].location).toBe('Douar Tifawin');
    expect((await lead.gql<{ me: { calendarFeedUrl: string | null } }>(`{ me { calendarFeedUrl } }`)).data?.me.calendarFeedUrl).toBeNull();

    const rotated = await coach.gql<{ rotateCalendarFeed: string }>(`mutation { rotateCalendarFeed }`);
    expect(rotated.data?.rotateCalendarFeed).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(rotated.data!.rotateCalendarFeed)).status).toBe(200);
  });
});

describe('availability and series', () => {
  it('creates a weekly series in one go (all or nothing), moves one or all following, and warns outside working hours', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    await coach.gql(`mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { version } }`, {
      i: { userId: team.coach.id, workingHours: [{ day: 1, start: '09:00', end: '13:00' }, { day: 3, start: '09:00', end: '17:00' }], daysOff: ['2030-10-14'] },
    });
    const badHours = await coach.gql(`mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { version } }`, { i: { userId: team.coach.id, version: 1, workingHours: [{ day: 1, start: '13:00', end: '09:00' }] } });
    expect(badHours.errors?.[0].extensions?.field).toBe('workingHours.0.end');

    // Mondays 2030-10-07 … 8 weeks, 10:00–11:00 local (09:00 UTC).
    const series = await coach.gql<{ scheduleSession: { id: string; version: number; seriesId: string } }>(
      `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version seriesId } }`,
      { i: { kind: 'COACHING', startsAt: '2030-10-07T09:00:00Z', endsAt: '2030-10-07T10:00:00Z', coachIds: [team.coach.id], repeat: { every: 'WEEK', count: 8 } } },
    );
    expect(series.errors).toBeUndefined();
    const count = async (): Promise<number> => {
      const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM coaching_session WHERE series_id = $1`, [series.data!.scheduleSession.seriesId]);
      return rows[0].n;
    };
    expect(await count()).toBe(8);
    // A second series clashing on its 3rd week is refused whole.
    const clash = await coach.gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
      i: { kind: 'COACHING', startsAt: '2030-09-23T09:30:00Z', endsAt: '2030-09-23T10:30:00Z', coachIds: [team.coach.id], repeat: { every: 'WEEK', count: 4 } },
    });
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(clash.errors?.[0].extensions?.clashStartsAt).toBe('2030-10-07T09:00:00.000Z');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM session_coach WHERE user_id = $1`, [team.coach.id]);
    expect(n).toBe(8);

    // Move the 2nd and all following by one hour later.
    const second = (await t.dataSource.query(`SELECT id, version FROM coaching_session WHERE series_id = $1 ORDER BY starts_at OFFSET 1 LIMIT 1`, [series.data!.scheduleSession.seriesId]))[0];
    const moved = await coach.gql(`mutation($i: RescheduleSessionInput!) { rescheduleSession(input: $i) { startsAt } }`, {
      i: { id: second.id, version: second.version, startsAt: '2030-10-14T10:00:00Z', endsAt: '2030-10-14T11:00:00Z', scope: 'FOLLOWING' },
    });
    expect(moved.errors).toBeUndefined();
    const starts: Array<{ starts_at: Date }> = await t.dataSource.query(`SELECT starts_at FROM coaching_session WHERE series_id = $1 ORDER BY starts_at`, [series.data!.scheduleSession.seriesId]);
    expect(starts.map((r) => new Date(r.starts_at).toISOString().slice(11, 16))).toEqual(['09:00', '10:00', '10:00', '10:00', '10:00', '10:00', '10:00', '10:00']);

    const check = await coach.gql<{ checkSessionSlot: { coachClashes: unknown[]; outsideWorkingHours: string[]; freeSlots: Array<{ startsAt: string }> } }>(
      `query($i: SlotCheckInput!) { checkSessionSlot(input: $i) { coachClashes { coachId } outsideWorkingHours freeSlots { startsAt } } }`,
      { i: { startsAt: '2030-10-07T09:30:00Z', endsAt: '2030-10-07T10:30:00Z', coachIds: [team.coach.id] } },
    );
    expect(check.data?.checkSessionSlot.coachClashes).toHaveLength(1);
    expect(check.data?.checkSessionSlot.freeSlots[0].startsAt).toBe('2030-10-07T10:00:00.000Z');
    const evening = await coach.gql<{ checkSessionSlot: { outsideWorkingHours: string[] } }>(
      `query($i: SlotCheckInput!) { checkSessionSlot(input: $i) { outsideWorkingHours } }`,
      { i: { startsAt: '2030-10-08T17:00:00Z', endsAt: '2030-10-08T18:00:00Z', coachIds: [team.coach.id] } },
    );
    expect(evening.data?.checkSessionSlot.outsideWorkingHours).toEqual([team.coach.id]);
  });
});

describe('organisation time zone', () => {
  const SETTINGS = `mutation($i: OrganizationSettingsInput!) { updateOrganizationSettings(input: $i) { timeZone version } }`;
  type Settings = { updateOrganizationSettings: { timeZone: string; version: number } };

  it('an admin sets it (validated IANA zone, versioned); nobody else may', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const me = await admin.gql<{ me: { organization: { timeZone: string; version: number } } }>(`{ me { organization { timeZone version } } }`);
    expect(me.data?.me.organization).toEqual({ timeZone: 'Africa/Casablanca', version: 1 });
    const bad = await admin.gql(SETTINGS, { i: { timeZone: 'Africa/Atlantis', version: 1 } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('timeZone');
    expect((await admin.gql(SETTINGS, { i: { timeZone: '+01:00', version: 1 } })).errors?.[0].extensions?.field).toBe('timeZone');
    for (const email of [team.lead.email, team.coach.email, team.entrepreneur.email]) {
      const c = await signedIn(email);
      const denied = await c.gql(SETTINGS, { i: { timeZone: 'Africa/Dakar', version: 1 } });
      expect(codeOf(denied)).toBe('FORBIDDEN');
    }
    const saved = await admin.gql<Settings>(SETTINGS, { i: { timeZone: 'Africa/Dakar', version: 1 } });
    expect(saved.data?.updateOrganizationSettings).toEqual({ timeZone: 'Africa/Dakar', version: 2 });
    expect(codeOf(await admin.gql(SETTINGS, { i: { timeZone: 'Africa/Casablanca', version: 1 } }))).toBe('CONFLICT');
    // Another organisation keeps its own.
    const other = await makeTeam(t.dataSource);
    const otherAdmin = await signedIn(other.admin.email);
    expect((await otherAdmin.gql<{ me: { organization: { timeZone: string } } }>(`{ me { organization { timeZone } } }`)).data?.me.organization.timeZone).toBe('Africa/Casablanca');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'organization' AND entity_id = $1 AND action = 'UPDATE'`, [team.org.id]);
    expect(n).toBe(1);
  });

  it('series, working hours and the calendar feed follow the zone: Casablanca (UTC+1, UTC+0 in Ramadan) vs Dakar (UTC+0)', async () => {
    const casa = await makeTeam(t.dataSource);
    const dakar = await makeTeam(t.dataSource);
    const dakarAdmin = await signedIn(dakar.admin.email);
    expect((await dakarAdmin.gql(SETTINGS, { i: { timeZone: 'Africa/Dakar', version: 1 } })).errors).toBeUndefined();

    // Mondays at 10:00 local from 2027-02-01, 3 weeks: Morocco moves to UTC+0 for Ramadan on 2027-02-07.
    const startsUtc = async (team: typeof casa, startsAt: string) => {
      const coach = await signedIn(team.coach.email);
      const endsAt = new Date(new Date(startsAt).getTime() + 3_600_000).toISOString();
      const r = await coach.gql<{ scheduleSession: { seriesId: string } }>(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { seriesId } }`, {
        i: { kind: 'COACHING', startsAt, endsAt, coachIds: [team.coach.id], repeat: { every: 'WEEK', count: 3 } },
      });
      expect(r.errors).toBeUndefined();
      const rows: Array<{ starts_at: Date; ends_at: Date }> = await t.dataSource.query(`SELECT starts_at, ends_at FROM coaching_session WHERE series_id = $1 ORDER BY starts_at`, [
        r.data!.scheduleSession.seriesId,
      ]);
      return rows.map((x) => `${new Date(x.starts_at).toISOString().slice(0, 16)}/${new Date(x.ends_at).toISOString().slice(11, 16)}`);
    };
    expect(await startsUtc(casa, '2027-02-01T09:00:00Z')).toEqual(['2027-02-01T09:00/10:00', '2027-02-08T10:00/11:00', '2027-02-15T10:00/11:00']);
    expect(await startsUtc(dakar, '2027-02-01T10:00:00Z')).toEqual(['2027-02-01T10:00/11:00', '2027-02-08T10:00/11:00', '2027-02-15T10:00/11:00']);

    // Default working hours end at 18:00 local: 17:15–17:45 UTC is 18:15 in Casablanca, 17:15 in Dakar.
    const outside = async (team: typeof casa) => {
      const coach = await signedIn(team.coach.email);
      const r = await coach.gql<{ checkSessionSlot: { outsideWorkingHours: string[] } }>(`query($i: SlotCheckInput!) { checkSessionSlot(input: $i) { outsideWorkingHours } }`, {
        i: { startsAt: '2030-12-03T17:15:00Z', endsAt: '2030-12-03T17:45:00Z', coachIds: [team.coach.id] },
      });
      return r.data?.checkSessionSlot.outsideWorkingHours;
    };
    expect(await outside(casa)).toEqual([casa.coach.id]);
    expect(await outside(dakar)).toEqual([]);

    // The feed names the zone and writes times in UTC, so phones show them right in either zone.
    const dakarCoach = await signedIn(dakar.coach.email);
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await schedule(dakarCoach, dakar.coach.id, `${day}T09:00:00Z`, `${day}T10:00:00Z`);
    const url = (await dakarCoach.gql<{ me: { calendarFeedUrl: string } }>(`{ me { calendarFeedUrl } }`)).data!.me.calendarFeedUrl;
    const text = await (await fetch(url)).text();
    expect(text).toContain('X-WR-TIMEZONE:Africa/Dakar');
    expect(text).toContain(`DTSTART:${day.replace(/-/g, '')}T090000Z`);
  });
});
