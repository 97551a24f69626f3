import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../backend/src/database/data-source';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmptyDatabase, seedDemo } from '../../backend/src/demo/seed-demo';
import { startTestApp, testDatabaseUrl } from '../utils/test-app';
import { FieldCrypto } from '../../backend/src/common/crypto';

describe('demo data', () => {
  it('loads the contract’s organisations and accounts once; each account signs in with its role and organisation', async () => {
    // Its own database: the demo organisation's slug and e-mails are fixed.
    const name = `demo_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    const ds = createDataSource(url.toString(), undefined, 2);
    await ds.initialize();
    try {
      await ds.runMigrations();
      expect(await isEmptyDatabase(ds)).toBe(true);
      const crypto = new FieldCrypto(Buffer.alloc(32, 7));
      expect(await seedDemo(ds, crypto)).toEqual({ created: true });
      expect(await seedDemo(ds, crypto)).toEqual({ created: false });
      const [people] = await ds.query(
        `SELECT count(*)::int AS n, count(DISTINCT region_code)::int AS regions, avg((gender = 'F')::int) AS women FROM person`,
      );
      expect(people.n).toBeGreaterThanOrEqual(200);
      expect(people.regions).toBe(12);
      expect(Number(people.women)).toBeGreaterThan(0.4);
      const stages: Array<{ stage: string }> = await ds.query(`SELECT DISTINCT stage FROM venture`);
      expect(stages.map((s) => s.stage).sort()).toEqual(['GROWING', 'IDEA', 'LAUNCH', 'OPERATING', 'STRUCTURING', 'VALIDATION']);
      const [orphans] = await ds.query(
        `SELECT count(*)::int AS n FROM venture v WHERE NOT EXISTS (SELECT 1 FROM venture_stage_change c WHERE c.venture_id = v.id AND c.to_stage = v.stage)`,
      );
      expect(orphans.n).toBe(0);
      const grids: Array<{ subject_kind: string; name_fr: string; name_ar: string }> = await ds.query(`SELECT subject_kind, name_fr, name_ar FROM diagnostic_grid ORDER BY subject_kind`);
      expect(grids.map((g) => g.subject_kind)).toEqual(['COOPERATIVE', 'VENTURE']);
      expect(grids.every((g) => g.name_fr && g.name_ar)).toBe(true);
      const [progress] = await ds.query(
        `SELECT count(*)::int AS n, min(f.overall_score - b.overall_score) AS min_gain FROM diagnostic b JOIN diagnostic f ON f.cooperative_id = b.cooperative_id
          WHERE b.kind = 'BASELINE' AND f.kind = 'FOLLOW_UP' AND b.status = 'FINAL' AND f.status = 'FINAL'`,
      );
      expect(progress.n).toBeGreaterThanOrEqual(5);
      expect(Number(progress.min_gain)).toBeGreaterThan(0);
      // Beneficiary voice: complaints in every status (one appealed, one sensitive) and satisfaction ratings.
      const statuses: Array<{ status: string }> = await ds.query(`SELECT DISTINCT status FROM complaint ORDER BY status`);
      expect(statuses.map((x) => x.status)).toEqual(['IN_REVIEW', 'RECEIVED', 'REFERRED', 'REJECTED', 'RESOLVED']);
      const [voice] = await ds.query(
        `SELECT (SELECT count(*) FROM complaint WHERE appealed_at IS NOT NULL)::int AS appealed,
                (SELECT count(*) FROM complaint WHERE category = 'DISCRIMINATION_OR_ABUSE')::int AS sensitive,
                (SELECT count(*) FROM satisfaction_rating)::int AS ratings`,
      );
      expect(voice.appealed).toBe(1);
      expect(voice.sensitive).toBe(1);
      expect(voice.ratings).toBeGreaterThan(20);
      const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM app_user`);
      expect(count).toBe(DEMO_ACCOUNTS.length);

      process.env.RAFIQ_TEST_DATABASE_URL_SAVED = process.env.RAFIQ_TEST_DATABASE_URL;
      process.env.RAFIQ_TEST_DATABASE_URL = url.toString();
      const t = await startTestApp();
      process.env.RAFIQ_TEST_DATABASE_URL = process.env.RAFIQ_TEST_DATABASE_URL_SAVED;
      try {
        for (const account of DEMO_ACCOUNTS) {
          const c = t.client();
          await c.login(account.email, DEMO_PASSWORD);
          const me = await c.gql<{ me: { role: string; organization: { name: string } } }>(`{ me { role organization { name } } }`);
          expect({ email: account.email, ...me.data?.me }).toEqual({
            email: account.email,
            role: account.role,
            organization: { name: account.org === 'sil-demo' ? 'Social Innovation Lab (demo)' : 'Partner Incubator (demo)' },
          });
        }
        const fatima = t.client();
        await fatima.login('fatima@rafiq.example', DEMO_PASSWORD);
        const journey = await fatima.gql<{
          myJourney: { person: { firstName: string }; ventures: Array<{ stage: string; stageHistory: unknown[] }> };
        }>(`{ myJourney { person { firstName } ventures { stage stageHistory { toStage changedOn } } } }`);
        expect(journey.data?.myJourney.person.firstName).toBe('Fatima Zahra');
        expect(journey.data?.myJourney.ventures[0]).toMatchObject({ stage: 'LAUNCH' });
        expect(journey.data?.myJourney.ventures[0].stageHistory.length).toBeGreaterThanOrEqual(4);
        const sessions = await fatima.gql<{ myJourney: { upcomingSessions: unknown[]; pastSessions: unknown[] } }>(
          `{ myJourney { upcomingSessions { id } pastSessions { id } } }`,
        );
        expect(sessions.data?.myJourney.upcomingSessions.length).toBeGreaterThan(0);
        expect(sessions.data?.myJourney.pastSessions.length).toBeGreaterThan(5);
        const coach = t.client();
        await coach.login('coach@rafiq.example', DEMO_PASSWORD);
        const agenda = await coach.gql<{ sessions: { totalCount: number } }>(`{ sessions(filter: { status: DONE }) { totalCount } }`);
        expect(agenda.data?.sessions.totalCount).toBeGreaterThan(20);
        // Her journey is rich enough to show: actions done and to do, months of sales.
        const plan = await fatima.gql<{
          myJourney: { ventures: Array<{ actionItems: Array<{ status: string }>; results: Array<{ revenue: number }> }> };
        }>(`{ myJourney { ventures { actionItems(includeClosed: true) { status } results { revenue } } } }`);
        const own = plan.data!.myJourney.ventures[0];
        expect(own.actionItems.some((a) => a.status === 'OPEN')).toBe(true);
        expect(own.actionItems.some((a) => a.status === 'DONE')).toBe(true);
        expect(own.results.length).toBeGreaterThanOrEqual(2);
        // The coach has follow-ups after graduation, some recorded, and a survival rate to show.
        const rates = await coach.gql<{ followUpRates: Array<{ months: number; recorded: number; survivalRate: number | null }> }>(
          `{ followUpRates { months recorded survivalRate } }`,
        );
        expect(rates.data?.followUpRates[0].recorded).toBeGreaterThan(0);
        expect(rates.data?.followUpRates[0].survivalRate).toBeGreaterThan(0);
        const lead = t.client();
        await lead.login('lead@rafiq.example', DEMO_PASSWORD);
        const referrals = await lead.gql<{ ventures: { edges: Array<{ node: { referrals: unknown[] } }> } }>(
          `{ ventures(first: 100, filter: { stage: OPERATING }) { edges { node { referrals { id } } } } }`,
        );
        expect(referrals.errors).toBeUndefined();
        expect(referrals.data!.ventures.edges.filter((e) => e.node.referrals.length).length).toBeGreaterThan(0);
      } finally {
        await t.close();
      }
    } finally {
      await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
