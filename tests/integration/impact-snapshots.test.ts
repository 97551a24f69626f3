import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { rollUp } from '../../backend/src/modules/impact/impact-snapshot.service';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Dashboards of large organisations come from snapshots computed by the live code every 5 minutes
 * (docs/indicators.md, "Scale and freshness"). Here "large" is 3 people or more.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE: '3' });
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

const DASHBOARD = `query($f: ImpactFilter) { impact(filter: $f) {
  asOf liveAsOf source beneficiaries women womenShare neet rural youth regionsCovered provincesCovered droppedOut dropoutRate
  sessionsDelivered sessionHours peopleTrained cooperatives cooperativeMembers ventures venturesOperating jobsCreated revenue
  byRegion { regionCode beneficiaries women neet rural } byProvince { provinceCode beneficiaries } byGender { gender beneficiaries }
  byProgram { programId beneficiaries women droppedOut } byKind { kind sessions hours } byCoach { coachId sessions hours }
  byStage { stage ventures reached } month: byPeriod(granularity: MONTH) { period beneficiaries sessionsDelivered }
  quarter: byPeriod(granularity: QUARTER) { period beneficiaries sessionsDelivered } year: byPeriod(granularity: YEAR) { period beneficiaries sessionsDelivered } targets { indicator target actual } survival { months due recorded } } }`;

type Dashboard = Record<string, unknown> & { asOf: string; liveAsOf: string; source: string; beneficiaries: number };

async function dashboard(c: Client, f: Record<string, unknown> = {}): Promise<Dashboard> {
  const res = await c.gql<{ impact: Dashboard }>(DASHBOARD, { f });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.impact;
}
const figuresOf = ({ asOf: _a, liveAsOf: _l, source: _s, ...rest }: Dashboard) => rest;

async function refresh(c: Client): Promise<void> {
  const res = await c.gql(`mutation { refreshImpactSummary }`);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

describe('impact snapshots (large organisations)', () => {
  let admin: Client;
  let lead: Client;
  let coach: Client;
  let orgId: string;
  let progA: string;
  let progB: string;

  beforeAll(async () => {
    const team = await makeTeam(t.dataSource);
    orgId = team.org.id;
    [admin, lead, coach] = await Promise.all([signedIn(team.admin.email), signedIn(team.lead.email), signedIn(team.coach.email)]);
    progA = (await apiCreateProgram(lead, 'Programme A')).id;
    progB = (await apiCreateProgram(admin, 'Programme B')).id;
    const people = [
      await apiCreatePerson(admin, { gender: 'F', regionCode: 'MA-09' }),
      await apiCreatePerson(admin, { gender: 'M', regionCode: 'MA-09', area: 'URBAN' }),
      await apiCreatePerson(admin, { gender: 'F', regionCode: 'MA-01', neet: true }),
    ];
    await apiEnrol(admin, people[0].id, progA, [team.coach.id]);
    await apiEnrol(admin, people[1].id, progA, []);
    await apiEnrol(admin, people[2].id, progB, [team.coach.id]);
  });

  it("answers an admin's organisation dashboard from the snapshot, with the figures the live code gives", async () => {
    const live = await dashboard(admin);
    expect(live.source).toBe('LIVE');
    expect(live.beneficiaries).toBe(3);

    const before = Date.now();
    await refresh(admin);
    const fromSnapshot = await dashboard(admin);
    expect(fromSnapshot.source).toBe('SUMMARY');
    expect(figuresOf(fromSnapshot)).toEqual(figuresOf(live));
    expect(Date.parse(fromSnapshot.asOf)).toBeGreaterThanOrEqual(before - 1000);
    const keys = await t.dataSource.query<Array<{ key: string }>>(`SELECT key FROM impact_snapshot WHERE organization_id = $1`, [orgId]);
    expect(keys.map((k) => k.key)).toEqual(['organization']);
    // A region's dashboard is live (as are a programme's, other than from the enrolment summary: impact.test.ts).
    expect(await dashboard(admin, { regionCode: 'MA-09' })).toMatchObject({ source: 'LIVE', beneficiaries: 2 });
  });

  it('quarters and years of a snapshot add up its months', () => {
    const months = [
      { period: '2025-01-01', beneficiaries: 2, sessionsDelivered: 1 },
      { period: '2025-03-01', beneficiaries: 1, sessionsDelivered: 0 },
      { period: '2025-04-01', beneficiaries: 4, sessionsDelivered: 2 },
      { period: '2026-12-01', beneficiaries: 1, sessionsDelivered: 5 },
    ];
    expect(rollUp(months, 'quarter')).toEqual([
      { period: '2025-01-01', beneficiaries: 3, sessionsDelivered: 1 },
      { period: '2025-04-01', beneficiaries: 4, sessionsDelivered: 2 },
      { period: '2026-10-01', beneficiaries: 1, sessionsDelivered: 5 },
    ]);
    expect(rollUp(months, 'year')).toEqual([
      { period: '2025-01-01', beneficiaries: 7, sessionsDelivered: 3 },
      { period: '2026-01-01', beneficiaries: 1, sessionsDelivered: 5 },
    ]);
  });

  it('says how old a snapshot figure is; other filters, coaches and stale snapshots are live', async () => {
    await refresh(admin);
    const snap = await dashboard(admin);
    // A change after the refresh: the snapshot keeps its figure and its time until the next refresh...
    const fourth = await apiCreatePerson(admin, { gender: 'F', regionCode: 'MA-09' });
    await apiEnrol(admin, fourth.id, progB);
    const stale = await dashboard(admin);
    expect(stale).toMatchObject({ source: 'SUMMARY', beneficiaries: 3, asOf: snap.asOf });
    // ...while filters a snapshot does not hold are answered live, exactly.
    expect(await dashboard(admin, { gender: 'F' })).toMatchObject({ source: 'LIVE', beneficiaries: 3 });
    expect(await dashboard(admin, { regionCode: 'MA-09', gender: 'F' })).toMatchObject({ source: 'LIVE', beneficiaries: 2 });
    expect(await dashboard(coach)).toMatchObject({ source: 'LIVE' });
    await refresh(admin);
    expect(await dashboard(admin)).toMatchObject({ source: 'SUMMARY', beneficiaries: 4 });
    // A snapshot the job stopped refreshing (over 15 minutes old) is not used.
    await t.dataSource.query(`UPDATE impact_snapshot SET computed_at = now() - interval '16 minutes' WHERE organization_id = $1`, [orgId]);
    expect(await dashboard(admin)).toMatchObject({ source: 'LIVE', beneficiaries: 4 });
  });

  it("a programme lead never reads the organisation's snapshot: her figures count only her programmes", async () => {
    await refresh(admin);
    expect(await dashboard(admin)).toMatchObject({ source: 'SUMMARY', beneficiaries: 4 });
    expect(await dashboard(lead)).toMatchObject({ source: 'LIVE', beneficiaries: 2 });
    expect(await dashboard(lead, { programId: progB })).toMatchObject({ beneficiaries: 0, byProgram: [] });
  });

  it('another organisation never reads these snapshots; a small organisation stays live', async () => {
    await refresh(admin);
    const other = await makeTeam(t.dataSource);
    const otherAdmin = await signedIn(other.admin.email);
    await apiEnrol(otherAdmin, (await apiCreatePerson(otherAdmin)).id, (await apiCreateProgram(otherAdmin, 'Ailleurs')).id);
    await refresh(otherAdmin);
    expect(await dashboard(otherAdmin)).toMatchObject({ source: 'LIVE', beneficiaries: 1 });
    const rows = await t.dataSource.query(`SELECT 1 FROM impact_snapshot WHERE organization_id = $1`, [other.org.id]);
    expect(rows).toHaveLength(0);
  });
});
