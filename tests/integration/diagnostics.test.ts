import { Role } from '@rafiq/shared';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient, GqlResponse } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string): Promise<ApiClient> {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const tx = (fr: string, ar = '') => ({ fr, ar, en: '' });
const LEVELS = ['Absent', 'Débutant', 'En cours', 'Solide', 'Exemplaire'].map((l) => tx(l));

/** A two-dimension cooperative grid: governance (a 0–4 scale and a yes/no) and finance (a number). */
function gridInput(extra: { govLabel?: string; finWeight?: number } = {}) {
  return {
    name: tx('Diagnostic coopérative', 'تشخيص التعاونية'),
    subjectKind: 'COOPERATIVE',
    dimensions: [
      {
        key: 'gov',
        label: tx(extra.govLabel ?? 'Gouvernance', 'الحكامة'),
        weight: 1,
        questions: [
          {
            key: 'gov_ag',
            text: tx('Assemblée générale annuelle'),
            kind: 'SCALE',
            weight: 1,
            levels: LEVELS,
            suggestion: tx('Tenir une AG avec PV'),
          },
          {
            key: 'gov_reg',
            text: tx('Registre des membres à jour'),
            kind: 'YES_NO',
            weight: 1,
            levels: [],
            suggestion: tx('Mettre à jour le registre'),
          },
        ],
      },
      {
        key: 'fin',
        label: tx('Finance', 'المالية'),
        weight: extra.finWeight ?? 1,
        questions: [
          {
            key: 'fin_months',
            text: tx('Mois de comptabilité tenus'),
            kind: 'NUMBER',
            weight: 1,
            levels: [],
            target: 12,
            suggestion: tx('Tenir un cahier de caisse'),
          },
        ],
      },
    ],
  };
}

const GRID_FIELDS = `id lineageId revision isCurrent inUse version name { fr ar } dimensions { key label { fr } questions { key kind } }`;
const CREATE_GRID = `mutation($i: DiagnosticGridInput!) { createDiagnosticGrid(input: $i) { ${GRID_FIELDS} } }`;
const UPDATE_GRID = `mutation($i: UpdateDiagnosticGridInput!) { updateDiagnosticGrid(input: $i) { ${GRID_FIELDS} } }`;
const DIAG = `id status kind version readOnly gridId overallScore scores { key score } answers { questionKey value comment evidence }`;
const START = `mutation($i: StartDiagnosticInput!) { startDiagnostic(input: $i) { ${DIAG} } }`;
const SAVE = `mutation($i: SaveDiagnosticAnswerInput!) { saveDiagnosticAnswer(input: $i) { ${DIAG} } }`;
const FINALISE = `mutation($id: ID!, $v: Int!) { finaliseDiagnostic(id: $id, version: $v) { ${DIAG} } }`;
const GET = `query($id: ID!) { diagnostic(id: $id) { ${DIAG} } }`;

type Diag = {
  id: string;
  status: string;
  version: number;
  gridId: string;
  overallScore: number | null;
  scores: Array<{ key: string; score: number | null }>;
};

async function run(
  c: ApiClient,
  gridId: string,
  cooperativeId: string,
  kind: string,
  answers: Record<string, number>,
  conductedOn: string,
): Promise<Diag> {
  const started = ok(await c.gql<{ startDiagnostic: Diag }>(START, { i: { gridId, cooperativeId, kind, conductedOn } })).startDiagnostic;
  let last = started;
  for (const [questionKey, value] of Object.entries(answers))
    last = ok(
      await c.gql<{ saveDiagnosticAnswer: Diag }>(SAVE, { i: { diagnosticId: started.id, questionKey, value } }),
    ).saveDiagnosticAnswer;
  return ok(await c.gql<{ finaliseDiagnostic: Diag }>(FINALISE, { id: started.id, v: last.version })).finaliseDiagnostic;
}

/** A team, a programme, Hasna (linked to the entrepreneur account) assigned to the coach, and her cooperative with a venture. */
async function setUp() {
  const team = await makeTeam(t.dataSource);
  const lead = await signedIn(team.lead.email);
  const program = await apiCreateProgram(lead);
  const hasna = await apiCreatePerson(lead);
  await apiEnrol(lead, hasna.id, program.id, [team.coach.id]);
  await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, hasna.id]);
  const coop = ok(
    await lead.gql<{ createCooperative: { id: string } }>(`mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id } }`, {
      i: { name: 'Coopérative Tifawt', regionCode: 'MA-09', members: [{ personId: hasna.id, role: 'PRESIDENT' }] },
    }),
  ).createCooperative;
  const venture = ok(
    await lead.gql<{ createVenture: { id: string } }>(`mutation($i: CreateVentureInput!) { createVenture(input: $i) { id } }`, {
      i: { title: 'Huile d’argan Tifawt', ownerCooperativeId: coop.id, programId: program.id },
    }),
  ).createVenture;
  const grid = ok(
    await lead.gql<{ createDiagnosticGrid: { id: string; version: number } }>(CREATE_GRID, { i: gridInput() }),
  ).createDiagnosticGrid;
  return { team, lead, program, hasna, coop, venture, grid };
}

describe('strategic diagnostics', () => {
  it('lets leads design grids (checked), a coach run a baseline answer by answer, and finalise it read-only', async () => {
    const { team, lead, coop, grid } = await setUp();
    const bad = gridInput();
    bad.dimensions[0].questions[0].levels = LEVELS.slice(0, 4);
    const refused = await lead.gql(CREATE_GRID, { i: bad });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dimensions.0.questions.0.levels' });
    const coach = await signedIn(team.coach.email);
    expect((await coach.gql(CREATE_GRID, { i: gridInput() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      ok(await coach.gql<{ diagnosticGrids: Array<{ id: string }> }>(`{ diagnosticGrids { id } }`)).diagnosticGrids.map((g) => g.id),
    ).toEqual([grid.id]);

    const draft = ok(
      await coach.gql<{ startDiagnostic: Diag }>(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'BASELINE' } }),
    ).startDiagnostic;
    expect(draft.status).toBe('DRAFT');
    const wrong = await coach.gql(SAVE, { i: { diagnosticId: draft.id, questionKey: 'gov_ag', value: 5 } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    const saved = ok(
      await coach.gql<{ saveDiagnosticAnswer: Diag & { answers: Array<{ comment: string; evidence: string }> } }>(SAVE, {
        i: { diagnosticId: draft.id, questionKey: 'gov_ag', value: 2, comment: 'AG tenue en retard', evidence: 'PV 2025 vu' },
      }),
    ).saveDiagnosticAnswer;
    expect(saved.answers[0]).toMatchObject({ comment: 'AG tenue en retard', evidence: 'PV 2025 vu' });
    expect(saved.scores).toEqual([
      { key: 'gov', score: 50 },
      { key: 'fin', score: null },
    ]);
    // Leaving and coming back: the draft is there with its answer.
    expect(ok(await coach.gql<{ diagnostic: Diag }>(GET, { id: draft.id })).diagnostic.scores[0].score).toBe(50);
    const early = await coach.gql(FINALISE, { id: draft.id, v: saved.version });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers' });
    await coach.gql(SAVE, { i: { diagnosticId: draft.id, questionKey: 'gov_reg', value: 1 } });
    const last = ok(
      await coach.gql<{ saveDiagnosticAnswer: Diag }>(SAVE, { i: { diagnosticId: draft.id, questionKey: 'fin_months', value: 3 } }),
    ).saveDiagnosticAnswer;
    const final = ok(await coach.gql<{ finaliseDiagnostic: Diag }>(FINALISE, { id: draft.id, v: last.version })).finaliseDiagnostic;
    expect(final).toMatchObject({ status: 'FINAL', readOnly: true, overallScore: 50 });
    expect(final.scores).toEqual([
      { key: 'gov', score: 75 },
      { key: 'fin', score: 25 },
    ]);
    const frozen = await coach.gql(SAVE, { i: { diagnosticId: draft.id, questionKey: 'fin_months', value: 12 } });
    expect(frozen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ALLOWED' });
  });

  it('keeps past diagnostics on their grid revision when a grid in use changes, and shows the gain', async () => {
    const { team, lead, coop, grid } = await setUp();
    const coach = await signedIn(team.coach.email);
    const baseline = await run(coach, grid.id, coop.id, 'BASELINE', { gov_ag: 1, gov_reg: 0, fin_months: 3 }, '2026-01-10');
    expect(baseline.overallScore).toBe(18.8);

    // The grid is in use: an edit (finance weighs double, new label) makes revision 2.
    const changed = ok(
      await lead.gql<{ updateDiagnosticGrid: { id: string; lineageId: string; revision: number; isCurrent: boolean } }>(UPDATE_GRID, {
        i: { id: grid.id, version: grid.version, ...gridInput({ govLabel: 'Gouvernance et vie coopérative', finWeight: 2 }) },
      }),
    ).updateDiagnosticGrid;
    expect(changed).toMatchObject({ lineageId: grid.id, revision: 2, isCurrent: true });
    expect(changed.id).not.toBe(grid.id);
    const again = ok(await coach.gql<{ diagnostic: Diag }>(GET, { id: baseline.id })).diagnostic;
    expect(again).toMatchObject({ gridId: grid.id, overallScore: 18.8 });
    expect(again.scores).toEqual(baseline.scores);
    // The old revision is no longer edited nor used for new diagnostics.
    const stale = await lead.gql(UPDATE_GRID, { i: { id: grid.id, version: grid.version + 1, ...gridInput() } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const oldStart = await coach.gql(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'FOLLOW_UP' } });
    expect(oldStart.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gridId' });

    const followUp = await run(coach, changed.id, coop.id, 'FOLLOW_UP', { gov_ag: 3, gov_reg: 1, fin_months: 9 }, '2026-06-10');
    const progress = ok(
      await coach.gql<{
        cooperative: {
          diagnosticProgress: {
            overallGain: number;
            baseline: { id: string };
            latest: { id: string };
            dimensions: Array<{ key: string; label: { fr: string }; baseline: number; latest: number; gain: number }>;
          };
        };
      }>(
        `query($id: ID!) { cooperative(id: $id) { diagnosticProgress { overallGain baseline { id } latest { id } dimensions { key label { fr } baseline latest gain } } } }`,
        { id: coop.id },
      ),
    ).cooperative.diagnosticProgress;
    expect(progress.baseline.id).toBe(baseline.id);
    expect(progress.latest.id).toBe(followUp.id);
    expect(progress.dimensions).toEqual([
      { key: 'gov', label: { fr: 'Gouvernance et vie coopérative' }, baseline: 12.5, latest: 87.5, gain: 75 },
      { key: 'fin', label: { fr: 'Finance' }, baseline: 25, latest: 75, gain: 50 },
    ]);

    // Cohort view, impact indicator and its drill-down (same scope).
    const cohort = ok(
      await lead.gql<{
        diagnosticCohort: {
          subjects: number;
          baselines: number;
          dimensions: Array<{ key: string; meanGain: number }>;
          distribution: Array<{ subjects: number }>;
        };
      }>(
        `query($f: ImpactFilter) { diagnosticCohort(filter: $f) { subjects baselines meanOverallGain dimensions { key meanGain subjects } distribution { from to subjects } } }`,
        { f: {} },
      ),
    ).diagnosticCohort;
    expect(cohort.subjects).toBe(1);
    expect(cohort.baselines).toBe(1);
    expect(cohort.dimensions.map((d) => [d.key, d.meanGain])).toEqual([
      ['gov', 75],
      ['fin', 50],
    ]);
    expect(cohort.distribution.reduce((n, b) => n + b.subjects, 0)).toBe(1);
    const impact = ok(
      await lead.gql<{ impact: { diagnosticGains: Array<{ key: string; meanGain: number }> } }>(
        `{ impact { diagnosticGains { key meanGain subjects } } }`,
      ),
    ).impact;
    expect(impact.diagnosticGains.map((d) => d.meanGain)).toEqual([75, 50]);
    const rows = ok(
      await lead.gql<{ impactDiagnostics: Array<{ cooperative: { id: string }; latest: { id: string } }> }>(
        `{ impactDiagnostics { cooperative { id } latest { id } baseline { id } } }`,
      ),
    ).impactDiagnostics;
    expect(rows.map((r) => [r.cooperative.id, r.latest.id])).toEqual([[coop.id, followUp.id]]);
  });

  it('lets only the assigned coach diagnose, and the entrepreneur read her own final diagnostics and nothing else', async () => {
    const { team, coop, grid } = await setUp();
    const coach = await signedIn(team.coach.email);
    const other = await makeUser(t.dataSource, team.org, Role.COACH);
    const otherCoach = await signedIn(other.email);
    const final = await run(coach, grid.id, coop.id, 'BASELINE', { gov_ag: 2, gov_reg: 1, fin_months: 6 }, '2026-02-01');
    const draft = ok(
      await coach.gql<{ startDiagnostic: Diag }>(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'FOLLOW_UP' } }),
    ).startDiagnostic;

    // Another coach: not her assignee.
    expect(
      (await otherCoach.gql(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'BASELINE' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await otherCoach.gql(GET, { id: final.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await otherCoach.gql(SAVE, { i: { diagnosticId: draft.id, questionKey: 'gov_ag', value: 4 } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(ok(await otherCoach.gql<{ impactDiagnostics: unknown[] }>(`{ impactDiagnostics { latest { id } } }`)).impactDiagnostics).toEqual(
      [],
    );

    // The entrepreneur (a member): her final diagnostic, not the draft; she cannot write.
    const me = await signedIn(team.entrepreneur.email);
    expect(ok(await me.gql<{ diagnostic: Diag }>(GET, { id: final.id })).diagnostic.status).toBe('FINAL');
    expect((await me.gql(GET, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const listed = ok(
      await me.gql<{ cooperative: { diagnostics: Array<{ id: string }> } }>(
        `query($id: ID!) { cooperative(id: $id) { diagnostics { id } } }`,
        { id: coop.id },
      ),
    );
    expect(listed.cooperative.diagnostics.map((d) => d.id)).toEqual([final.id]);
    expect((await me.gql(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'BASELINE' } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await me.gql(`{ diagnosticGrids { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Another entrepreneur and another organisation: nothing.
    const stranger = await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR);
    expect((await (await signedIn(stranger.email)).gql(GET, { id: final.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const elsewhere = await makeTeam(t.dataSource);
    const admin = await signedIn(elsewhere.admin.email);
    expect((await admin.gql(GET, { id: final.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin.gql(`query($id: ID!) { diagnosticGrid(id: $id) { id } }`, { id: grid.id })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('corrects a final diagnostic with an audited new version, and turns the weakest dimensions into action items', async () => {
    const { team, coop, venture, grid } = await setUp();
    const coach = await signedIn(team.coach.email);
    const final = await run(coach, grid.id, coop.id, 'BASELINE', { gov_ag: 4, gov_reg: 1, fin_months: 2 }, '2026-03-01');

    const correction = ok(
      await coach.gql<{ correctDiagnostic: Diag & { correctsId: string } }>(
        `mutation($id: ID!) { correctDiagnostic(id: $id) { ${DIAG} correctsId } }`,
        { id: final.id },
      ),
    ).correctDiagnostic;
    expect(correction).toMatchObject({ status: 'DRAFT', correctsId: final.id });
    const saved = ok(
      await coach.gql<{ saveDiagnosticAnswer: Diag }>(SAVE, { i: { diagnosticId: correction.id, questionKey: 'fin_months', value: 1 } }),
    ).saveDiagnosticAnswer;
    const corrected = ok(
      await coach.gql<{ finaliseDiagnostic: Diag }>(FINALISE, { id: correction.id, v: saved.version }),
    ).finaliseDiagnostic;
    expect(corrected.status).toBe('FINAL');
    expect(ok(await coach.gql<{ diagnostic: Diag }>(GET, { id: final.id })).diagnostic.status).toBe('SUPERSEDED');
    const audit = await t.dataSource.query<Array<{ entity: string; action: string }>>(
      `SELECT entity, action FROM audit_log WHERE subject_type = 'diagnostic' AND subject_id = $1 ORDER BY seq`,
      [final.id],
    );
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(
      expect.arrayContaining(['diagnostic:CREATE', 'diagnostic_answer:CREATE', 'diagnostic:UPDATE']),
    );

    const proposals = ok(
      await coach.gql<{
        diagnostic: { actionProposals: Array<{ dimensionKey: string; questionKey: string; suggestion: { fr: string } }> };
      }>(`query($id: ID!) { diagnostic(id: $id) { actionProposals { dimensionKey questionKey score suggestion { fr } } } }`, {
        id: corrected.id,
      }),
    ).diagnostic.actionProposals;
    expect(proposals.map((p) => [p.dimensionKey, p.questionKey, p.suggestion.fr])).toEqual([
      ['fin', 'fin_months', 'Tenir un cahier de caisse'],
    ]);
    const items = ok(
      await coach.gql<{ acceptDiagnosticActions: Array<{ title: string; sourceKind: string; sourceId: string; ownerKind: string }> }>(
        `mutation($i: AcceptDiagnosticActionsInput!) { acceptDiagnosticActions(input: $i) { title sourceKind sourceId ownerKind } }`,
        {
          i: {
            diagnosticId: corrected.id,
            ventureId: venture.id,
            items: [{ title: 'Tenir un cahier de caisse chaque semaine', dueOn: '2026-04-01', ownerKind: 'ENTREPRENEUR' }],
          },
        },
      ),
    ).acceptDiagnosticActions;
    expect(items).toEqual([
      { title: 'Tenir un cahier de caisse chaque semaine', sourceKind: 'DIAGNOSTIC', sourceId: corrected.id, ownerKind: 'ENTREPRENEUR' },
    ]);
    const plan = ok(
      await coach.gql<{ venture: { actionItems: Array<{ title: string }> } }>(
        `query($id: ID!) { venture(id: $id) { actionItems { title } } }`,
        { id: venture.id },
      ),
    );
    expect(plan.venture.actionItems.map((i) => i.title)).toContain('Tenir un cahier de caisse chaque semaine');
  });

  it('loads nested diagnostics of a list without one query per record', async () => {
    const { team, lead, program, coop, grid } = await setUp();
    const coach = await signedIn(team.coach.email);
    await run(coach, grid.id, coop.id, 'BASELINE', { gov_ag: 1, gov_reg: 0, fin_months: 3 }, '2026-01-10');
    await run(coach, grid.id, coop.id, 'FOLLOW_UP', { gov_ag: 2, gov_reg: 1, fin_months: 6 }, '2026-05-10');
    const q = `{ cooperatives(first: 20) { edges { node { id diagnostics { id overallScore scores { score } grid { id name { fr } } answers { value } coach { id } } diagnosticProgress { overallGain } } } } }`;
    const small = Number((await coach.gql(q)).headers.get('x-sql-statements'));
    for (let i = 0; i < 3; i++) {
      const person = await apiCreatePerson(lead);
      await apiEnrol(lead, person.id, program.id, [team.coach.id]);
      const c = ok(
        await lead.gql<{ createCooperative: { id: string } }>(
          `mutation($i: CreateCooperativeInput!) { createCooperative(input: $i) { id } }`,
          {
            i: { name: `Coop ${i}`, regionCode: 'MA-09', members: [{ personId: person.id }] },
          },
        ),
      ).createCooperative;
      await run(coach, grid.id, c.id, 'BASELINE', { gov_ag: 1, gov_reg: 0, fin_months: 3 }, '2026-01-10');
    }
    const large = Number((await coach.gql(q)).headers.get('x-sql-statements'));
    expect(large).toBe(small);
  });
});
