import { randomUUID } from 'node:crypto';
import { codeOf } from '../utils/api-client';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson } from '../factories/people';
import { startTestApp, TestApp } from '../utils/test-app';

/** Targets R7 (lost updates) and R8 (offline replays) of design/targets.md. */
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

/** A small deterministic generator, so that a failure can be replayed exactly. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the tasks `width` at a time. */
async function pool<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

const SCHEDULE = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`;
type Scheduled = { scheduleSession: { id: string; version: number } };
const LOG = `mutation($i: LogSessionInput!) { logSession(input: $i) { id version status notes } }`;

function schedule(c: Client, coachId: string, n: number, key: string | null, extra: Record<string, unknown> = {}) {
  // Session n of a coach: one hour each, back to back, in the past (logged after the fact).
  const startsAt = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();
  const endsAt = new Date(Date.UTC(2025, 0, 1) + (n + 1) * 3_600_000).toISOString();
  return c.gql<Scheduled>(SCHEDULE, { i: { kind: 'COACHING', startsAt, endsAt, coachIds: [coachId], idempotencyKey: key, ...extra } });
}

describe('reliability: no lost and no double write', () => {
  it('R7: 10 concurrent edits of one person from the same version, 200 trials: exactly one wins each time', async () => {
    const { lead } = await makeTeam(t.dataSource);
    const c = await signedIn(lead.email);
    const { id, version: start } = await apiCreatePerson(c);
    let version = start;
    for (let trial = 0; trial < 200; trial++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          c.gql<{ updatePerson: { version: number } }>(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { version } }`, {
            i: { id, version, phone: `0661${String(trial * 10 + i).padStart(6, '0')}` },
          }),
        ),
      );
      const winners = results.filter((r) => r.data?.updatePerson);
      const codes = results.filter((r) => !r.data?.updatePerson).map((r) => codeOf(r));
      expect({ trial, winners: winners.length, codes }).toEqual({ trial, winners: 1, codes: Array(9).fill('CONFLICT') });
      expect(winners[0].data!.updatePerson.version).toBe(version + 1);
      const [row] = await t.dataSource.query(`SELECT version FROM person WHERE id = $1`, [id]);
      expect(row.version).toBe(version + 1);
      version += 1;
    }
    expect(version).toBe(start + 200);
  }, 120000);

  it('R8: 500 queued session logs, each replayed 1–5 times, shuffled, 8 at a time: exactly 500 sessions', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    const random = prng(13);
    const keys = Array.from({ length: 500 }, () => randomUUID());
    const sends: number[] = [];
    keys.forEach((_, n) => {
      for (let r = 1 + Math.floor(random() * 5); r > 0; r--) sends.push(n);
    });
    for (let i = sends.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sends[i], sends[j]] = [sends[j], sends[i]];
    }
    const results = await pool(
      sends.map((n) => () => schedule(coach, team.coach.id, n, keys[n])),
      8,
    );
    const failures = results.filter((r) => r.errors);
    expect(failures.map((r) => r.errors)).toEqual([]);
    // Every replay of one log got the same session back.
    const idOf = new Map<number, string>();
    sends.forEach((n, i) => {
      const id = results[i].data!.scheduleSession.id;
      if (idOf.has(n)) expect(idOf.get(n)).toBe(id);
      else idOf.set(n, id);
    });
    expect(new Set(idOf.values()).size).toBe(500);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM coaching_session WHERE organization_id = $1`, [
      team.org.id,
    ]);
    expect(count).toBe(500);
    expect(sends.length).toBeGreaterThan(1000);

    // Same key, other payload (another time): refused, nothing written.
    const reused = await schedule(coach, team.coach.id, 900, keys[0]);
    expect({ code: codeOf(reused), field: reused.errors?.[0].extensions?.field, reason: reused.errors?.[0].extensions?.reason }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM coaching_session WHERE organization_id = $1`, [
      team.org.id,
    ]);
    expect(after).toBe(500);
  }, 120000);

  it('a replayed logSession answers the first result instead of CONFLICT; the key also works as an Idempotency-Key header', async () => {
    const team = await makeTeam(t.dataSource);
    const coach = await signedIn(team.coach.email);
    const s = (await schedule(coach, team.coach.id, 3, null)).data!.scheduleSession;
    const key = randomUUID();
    const input = { id: s.id, version: s.version, status: 'DONE', notes: 'Plan de trésorerie revu', idempotencyKey: key };
    const first = await coach.gql<{ logSession: { version: number } }>(LOG, { i: input });
    const again = await coach.gql<{ logSession: { version: number } }>(LOG, { i: input });
    expect(first.errors).toBeUndefined();
    expect(again).toMatchObject({ data: first.data });
    expect(first.data!.logSession.version).toBe(s.version + 1);
    // Without a key, the same replay is a stale version.
    expect(codeOf(await coach.gql(LOG, { i: { ...input, idempotencyKey: undefined } }))).toBe('CONFLICT');
    // The same key for another operation is refused.
    const other = await schedule(coach, team.coach.id, 20, key);
    expect(other.errors?.[0].extensions?.reason).toBe('IDEMPOTENCY_KEY_REUSED');

    // Header form: a POST with Idempotency-Key, twice → one session.
    const headerKey = randomUUID();
    const post = () =>
      coach
        .fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': headerKey },
          body: JSON.stringify({
            query: SCHEDULE,
            variables: {
              i: { kind: 'COACHING', startsAt: '2025-03-01T09:00:00Z', endsAt: '2025-03-01T10:00:00Z', coachIds: [team.coach.id] },
            },
          }),
        })
        .then((r) => r.json() as Promise<{ data: Scheduled }>);
    const [a, b] = await Promise.all([post(), post()]);
    expect(a.data.scheduleSession.id).toBe(b.data.scheduleSession.id);
    // A key too long is bad input naming the field.
    const long = await schedule(coach, team.coach.id, 40, 'k'.repeat(201));
    expect({ code: codeOf(long), field: long.errors?.[0].extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it("keys belong to one user of one organisation: another user's identical key writes her own record and sees nothing of the first", async () => {
    const a = await makeTeam(t.dataSource);
    const b = await makeTeam(t.dataSource);
    const coachA = await signedIn(a.coach.email);
    const coachB = await signedIn(b.coach.email);
    const leadA = await signedIn(a.lead.email);
    const key = randomUUID();
    const first = await schedule(coachA, a.coach.id, 60, key);
    // Another organisation, same key: its own new session, not the first one.
    const other = await schedule(coachB, b.coach.id, 60, key);
    expect(other.errors).toBeUndefined();
    expect(other.data!.scheduleSession.id).not.toBe(first.data!.scheduleSession.id);
    // Another user of the same organisation, same key and same payload: her own write (here a clash, not the coach's answer).
    const lead = await schedule(leadA, a.coach.id, 60, key);
    expect(codeOf(lead)).toBe('CONFLICT');
    const rows = await t.dataSource.query(`SELECT organization_id, user_id FROM idempotency_key WHERE key = $1 ORDER BY created_at`, [key]);
    expect(rows).toEqual([
      { organization_id: a.org.id, user_id: a.coach.id },
      { organization_id: b.org.id, user_id: b.coach.id },
    ]);
  });
});
