import { randomUUID } from 'node:crypto';
import { IdempotencyPurge } from '../../backend/src/modules/idempotency/idempotency-purge';
import { JobsService } from '../../backend/src/modules/notification/jobs.service';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { startTestApp, TestApp } from '../utils/test-app';

/** Expired idempotency keys are purged by a nightly job; the retention comes from configuration (30 days by default). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const SCHEDULE = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`;

async function coachWithKeys(hours: number[]) {
  const team = await makeTeam(t.dataSource);
  const c = t.client();
  await c.login(team.coach.email, TEST_PASSWORD);
  const sent: Array<{ key: string; input: Record<string, unknown>; id: string }> = [];
  for (const h of hours) {
    const input = {
      kind: 'COACHING',
      startsAt: new Date(Date.UTC(2025, 5, 2, h)).toISOString(),
      endsAt: new Date(Date.UTC(2025, 5, 2, h + 1)).toISOString(),
      coachIds: [team.coach.id],
      idempotencyKey: randomUUID(),
    };
    const r = await c.gql<{ scheduleSession: { id: string } }>(SCHEDULE, { i: input });
    expect(r.errors).toBeUndefined();
    sent.push({ key: input.idempotencyKey, input, id: r.data!.scheduleSession.id });
  }
  return { team, c, sent };
}

const age = (key: string, days: number) =>
  t.dataSource.query(`UPDATE idempotency_key SET created_at = now() - $2 * interval '1 day' WHERE key = $1`, [key, days]);
const kept = async (keys: string[]) =>
  (await t.dataSource.query<Array<{ key: string }>>(`SELECT key FROM idempotency_key WHERE key = ANY($1)`, [keys]))
    .map((r) => r.key)
    .sort();

describe('purge of expired idempotency keys', () => {
  it('is a nightly job on the queue', () => {
    const jobs = t.app.get(JobsService)['extra'];
    expect(jobs.find((j) => j.name === IdempotencyPurge.JOB)?.cron).toBe('23 3 * * *');
  });

  it('deletes keys older than the retention in every organisation, keeps the others, and replays of kept keys still answer', async () => {
    const a = await coachWithKeys([8, 9, 10]);
    const b = await coachWithKeys([8]);
    const [old, recent, young] = a.sent;
    await age(old.key, 31);
    await age(recent.key, 29);
    await age(b.sent[0].key, 45);
    const all = [...a.sent, ...b.sent].map((s) => s.key);

    const purge = t.app.get(IdempotencyPurge);
    expect(await purge.run()).toBeGreaterThanOrEqual(2);
    expect(await kept(all)).toEqual([recent.key, young.key].sort());

    // A kept key still answers its first write without writing again.
    const replay = await a.c.gql<{ scheduleSession: { id: string } }>(SCHEDULE, { i: recent.input });
    expect(replay.errors).toBeUndefined();
    expect(replay.data!.scheduleSession.id).toBe(recent.id);
    const [{ n }] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM coaching_session WHERE organization_id = $1`,
      [a.team.org.id],
    );
    expect(n).toBe(3);

    // Two days later the 29-day key has expired too; the sessions themselves are untouched.
    await purge.run(new Date(Date.now() + 2 * 86_400_000));
    expect(await kept(all)).toEqual([young.key]);
    const [{ m }] = await t.dataSource.query<Array<{ m: number }>>(
      `SELECT count(*)::int AS m FROM coaching_session WHERE organization_id = $1`,
      [a.team.org.id],
    );
    expect(m).toBe(3);
  });
});
