import { randomUUID } from 'node:crypto';
import { ApiClient, codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Field mode, second slice (issue 10): a coach creates a person met at her session and records a
 * venture's results offline; the outbox replays them (and the session log that names the new person)
 * and each is written once.
 */
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

const SCHEDULE = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`;
const CREATE = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id firstName } }`;
const LOG = `mutation($i: LogSessionInput!) { logSession(input: $i) { id participants { personId attendance } } }`;
const RECORD = `mutation($i: RecordEconomicResultInput!) { recordEconomicResult(input: $i) { id version revenue } }`;

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function schedule(coach: ApiClient, coachId: string): Promise<{ id: string; version: number }> {
  const res = await coach.gql<{ scheduleSession: { id: string; version: number } }>(SCHEDULE, {
    i: { kind: 'TRAINING', startsAt: `${yesterday}T09:00:00Z`, endsAt: `${yesterday}T10:00:00Z`, coachIds: [coachId] },
  });
  if (!res.data?.scheduleSession) throw new Error(JSON.stringify(res.errors));
  return res.data.scheduleSession;
}

function met(c: ApiClient, sessionId: string | null, lastName: string, key: string) {
  return c.gql<{ createPerson: { id: string } | null }>(CREATE, {
    i: { firstName: 'Ijja', lastName, gender: 'F', regionCode: 'MA-09', sessionId, idempotencyKey: key },
  });
}

async function countNamed(orgId: string, lastName: string): Promise<number> {
  const [{ count }]: Array<{ count: number }> = await t.dataSource.query(`SELECT count(*)::int AS count FROM person WHERE organization_id = $1 AND last_name = $2`, [
    orgId,
    lastName,
  ]);
  return count;
}

describe('a person met at a session, created offline by the coach', () => {
  it('replayed: created once, joins the session, and the log that names her (replayed too) marks her present once', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    const session = await schedule(coach, team.coach.id);
    const key = randomUUID();
    const lastName = `Ouzzine ${key.slice(0, 6)}`;
    const answers = [await met(coach, session.id, lastName, key), await met(coach, session.id, lastName, key)];
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    const personId = answers[0].data!.createPerson!.id;
    expect(answers[1].data!.createPerson!.id).toBe(personId);
    expect(await countNamed(team.org.id, lastName)).toBe(1);

    // She sees her now (through the session), and the log replayed twice with its key applies once.
    const seen = await coach.gql<{ person: { id: string } | null }>(`query($id: ID!) { person(id: $id) { id } }`, { id: personId });
    expect(seen.data?.person?.id).toBe(personId);
    const logKey = randomUUID();
    const log = { id: session.id, version: session.version, status: 'DONE', attendance: [{ personId, attendance: 'PRESENT' }], idempotencyKey: logKey };
    const logs = [await coach.gql<{ logSession: { participants: unknown[] } }>(LOG, { i: log }), await coach.gql<{ logSession: { participants: unknown[] } }>(LOG, { i: log })];
    expect(logs.map((l) => l.errors)).toEqual([undefined, undefined]);
    expect(logs[1].data!.logSession.participants).toEqual([{ personId, attendance: 'PRESENT' }]);
  });

  it("a coach without a session, or at another coach's session, creates nobody; another organisation's session is not found", async () => {
    const [team, other] = await Promise.all([makeTeam(t.dataSource), makeTeam(t.dataSource)]);
    const coach = await signedIn(team.coach.email);
    const lead = await signedIn(team.lead.email);
    const otherCoach = await signedIn(other.coach.email);
    const leadsSession = (
      await lead.gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
        i: { kind: 'TRAINING', startsAt: `${yesterday}T11:00:00Z`, endsAt: `${yesterday}T12:00:00Z`, coachIds: [team.lead.id] },
      })
    ).data!.scheduleSession.id;
    const foreign = await schedule(otherCoach, other.coach.id);
    const lastName = `Refused ${randomUUID().slice(0, 6)}`;
    expect(codeOf(await met(coach, null, lastName, randomUUID()))).toBe('FORBIDDEN');
    expect(codeOf(await met(coach, leadsSession, lastName, randomUUID()))).toBe('NOT_FOUND');
    expect(codeOf(await met(coach, foreign.id, lastName, randomUUID()))).toBe('NOT_FOUND');
    expect(await countNamed(team.org.id, lastName)).toBe(0);
    expect(await countNamed(other.org.id, lastName)).toBe(0);
    const participants = await t.dataSource.query(`SELECT 1 FROM session_participant WHERE session_id = ANY($1)`, [[leadsSession, foreign.id]]);
    expect(participants).toEqual([]);
  });
});

describe('economic results recorded offline', () => {
  it('replayed three times (two at once): one result, the same id; same key with other figures is refused', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const coach = await signedIn(team.coach.email);
    const program = await apiCreateProgram(lead);
    const owner = await apiCreatePerson(lead);
    await apiEnrol(lead, owner.id, program.id, [team.coach.id]);
    const venture = (
      await lead.gql<{ createVenture: { id: string } }>(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, {
        i: { ownerPersonId: owner.id, programId: program.id, title: 'Couscous bio' },
      })
    ).data!.createVenture.id;
    const month = `${yesterday.slice(0, 7)}-01`;
    const key = randomUUID();
    const input = { ventureId: venture, periodStart: month, revenue: 1200, jobsWomen: 1, jobsYouth: 0, jobsTotal: 1, idempotencyKey: key };
    type Recorded = { recordEconomicResult: { id: string; version: number; revenue: number } | null };
    const answers = [...(await Promise.all([coach.gql<Recorded>(RECORD, { i: input }), coach.gql<Recorded>(RECORD, { i: input })])), await coach.gql<Recorded>(RECORD, { i: input })];
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.data!.recordEconomicResult!.id)).size).toBe(1);
    expect(answers.map((a) => a.data!.recordEconomicResult!.version)).toEqual([1, 1, 1]);
    const rows: unknown[] = await t.dataSource.query(`SELECT 1 FROM economic_result WHERE venture_id = $1`, [venture]);
    expect(rows).toHaveLength(1);

    const reused = await coach.gql<Recorded>(RECORD, { i: { ...input, revenue: 999 } });
    expect({ code: codeOf(reused), field: reused.errors?.[0].extensions?.field, reason: reused.errors?.[0].extensions?.reason }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });

    // Another organisation's coach with the same key and a venture she does not see: NOT_FOUND, nothing stored.
    const other = await makeTeam(t.dataSource);
    const stranger = await signedIn(other.coach.email);
    const peek = await stranger.gql<Recorded>(RECORD, { i: input });
    expect(codeOf(peek)).toBe('NOT_FOUND');
    expect(peek.data?.recordEconomicResult ?? null).toBeNull();
  });
});

describe('a venture edited offline while the lead edited it online', () => {
  it('the replay is a CONFLICT (nothing overwritten); re-sent with the current version it applies once, and its replay changes nothing', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const coach = await signedIn(team.coach.email);
    const program = await apiCreateProgram(lead);
    const owner = await apiCreatePerson(lead);
    await apiEnrol(lead, owner.id, program.id, [team.coach.id]);
    const UPDATE = `mutation($i: UpdateVentureInput!) { updateVenture(input: $i) { id version title description } }`;
    type Updated = { updateVenture: { id: string; version: number; title: string; description: string | null } | null };
    const created = (
      await lead.gql<{ createVenture: { id: string; version: number } }>(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id version } }`, {
        i: { ownerPersonId: owner.id, programId: program.id, title: 'Argan' },
      })
    ).data!.createVenture;
    // The coach's edit (offline) read version 1; meanwhile the lead changes the title online.
    const mine = { id: created.id, version: created.version, title: 'Argan bio', description: 'Coopérative de femmes', idempotencyKey: randomUUID() };
    const theirs = await lead.gql<Updated>(UPDATE, { i: { id: created.id, version: created.version, title: 'Huile d’argan' } });
    expect(theirs.errors).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const replay = await coach.gql<Updated>(UPDATE, { i: mine });
      expect(codeOf(replay)).toBe('CONFLICT');
    }
    const server = (await coach.gql<{ venture: { version: number; title: string } }>(`query($id: ID!) { venture(id: $id) { version title } }`, { id: created.id })).data!.venture;
    expect(server.title).toBe('Huile d’argan');

    // She merges: the lead's title, her description; a new key, the current version.
    const merged = { id: created.id, version: server.version, title: server.title, description: mine.description, idempotencyKey: randomUUID() };
    const answers = [await coach.gql<Updated>(UPDATE, { i: merged }), await coach.gql<Updated>(UPDATE, { i: merged })];
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    expect(answers.map((a) => a.data!.updateVenture!.version)).toEqual([server.version + 1, server.version + 1]);
    expect(answers[1].data!.updateVenture).toMatchObject({ title: 'Huile d’argan', description: 'Coopérative de femmes' });
  });
});

