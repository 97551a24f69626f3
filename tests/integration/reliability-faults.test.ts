import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson } from '../factories/people';
import { startTestAppWithOwnDatabase, TestApp } from '../utils/test-app';

/** Target R9 (injected failure mid-transaction) and the /metrics endpoint, on a database of its own (the trigger is global). */
const TOKEN = 'metrics-token-for-tests';
let t: TestApp;
beforeAll(async () => {
  t = await startTestAppWithOwnDatabase({ RAFIQ_METRICS: '1', RAFIQ_METRICS_TOKEN: TOKEN });
}, 60000);
afterAll(async () => {
  await t.close();
});

describe('faults and observability', () => {
  it('a failure injected in the last step of a multi-step mutation leaves no partial rows and a generic error', async () => {
    const team = await makeTeam(t.dataSource);
    const c = t.client();
    await c.login(team.lead.email, TEST_PASSWORD);
    const person = await apiCreatePerson(c);
    // Test-only trigger: the participant insert (after the session and its coach rows) fails.
    await t.dataSource.query(`
      CREATE FUNCTION test_injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER test_injected_failure BEFORE INSERT ON session_participant FOR EACH ROW EXECUTE FUNCTION test_injected_failure()`,
    );
    try {
      const res = await c.gql(`mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
        i: {
          kind: 'COACHING',
          startsAt: '2030-05-02T09:00:00Z',
          endsAt: '2030-05-02T10:00:00Z',
          coachIds: [team.lead.id],
          participantIds: [person.id],
          idempotencyKey: 'fault-1',
        },
      });
      expect(res.errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(JSON.stringify(res)).not.toMatch(/injected|session_participant|SELECT|INSERT/);
      const counts = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM coaching_session WHERE organization_id = $1) AS sessions,
                (SELECT count(*)::int FROM session_coach WHERE organization_id = $1) AS coaches,
                (SELECT count(*)::int FROM idempotency_key WHERE organization_id = $1) AS keys`,
        [team.org.id],
      );
      expect(counts).toEqual([{ sessions: 0, coaches: 0, keys: 0 }]);
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_injected_failure ON session_participant`);
      await t.dataSource.query(`DROP FUNCTION test_injected_failure()`);
    }
  });

  it('serves Prometheus metrics only with the configured token', async () => {
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^rafiq_http_requests_total\{route="\/health",method="GET",status="2xx",operation=""\} \d+$/m);
    expect(text).toMatch(/^rafiq_http_request_duration_seconds_bucket\{route="\/graphql",operation="",le="\+Inf"\} \d+$/m);
    expect(text).toMatch(/^rafiq_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} 1$/m);
    expect(text).toMatch(/^rafiq_db_pool_max_connections 10$/m);
  });
});
