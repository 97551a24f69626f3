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
    const q = `{ cooperatives(first: 20) { edges { node { id diagnostics { id overallScore scores { score } grid { id name { fr } } answers { value } evidenceFiles { id fileName } coach { id } } diagnosticProgress { overallGain } } } } }`;
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

describe('evidence files on answers', () => {
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
  const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
  const FILES = `query($id: ID!) { diagnostic(id: $id) { evidenceFiles { id questionKey fileName contentType sizeBytes } } }`;
  type EvidenceFile = { id: string; questionKey: string; fileName: string; contentType: string; sizeBytes: number };
  const upload = (c: ApiClient, id: string, questionKey: string, body: Buffer, type = 'image/jpeg', fileName = 'registre.jpg') =>
    c.fetch(`/api/diagnostics/${id}/evidence/${questionKey}?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(body),
    });
  const files = async (c: ApiClient, id: string) =>
    ok(await c.gql<{ diagnostic: { evidenceFiles: EvidenceFile[] } }>(FILES, { id })).diagnostic.evidenceFiles;
  const REMOVE = `mutation($id: ID!) { removeDiagnosticEvidence(id: $id) }`;

  it('takes pdf, jpeg or png files (size-limited, 5 per answer) on an answer of a draft; listed, downloadable, kept by a correction', async () => {
    const { team, coop, grid } = await setUp();
    const coach = await signedIn(team.coach.email);
    const draft = ok(
      await coach.gql<{ startDiagnostic: Diag }>(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'BASELINE' } }),
    ).startDiagnostic;

    const up = await upload(coach, draft.id, 'gov_reg', JPEG, 'image/jpeg', 'Registre des membres.jpg');
    expect(up.status).toBe(201);
    const first = (await up.json()) as EvidenceFile;
    expect(first).toMatchObject({
      questionKey: 'gov_reg',
      fileName: 'Registre des membres.jpg',
      contentType: 'image/jpeg',
      sizeBytes: JPEG.length,
    });
    expect((await upload(coach, draft.id, 'gov_reg', JPEG, 'application/octet-stream')).status).toBe(415);
    expect((await upload(coach, draft.id, 'gov_reg', Buffer.alloc(5 * 1024 * 1024 + 1), 'image/png')).status).toBe(413);
    expect((await upload(coach, draft.id, 'gov_reg', Buffer.alloc(0))).status).toBe(400);
    const unknown = await upload(coach, draft.id, 'no_such_question', JPEG);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'questionKey' } });

    const pdf = await upload(coach, draft.id, 'fin_months', PDF, 'application/pdf', '../../comptes 2025.pdf');
    expect(pdf.status).toBe(201);
    expect(((await pdf.json()) as EvidenceFile).fileName).toBe('comptes 2025.pdf');
    expect((await files(coach, draft.id)).map((f) => [f.questionKey, f.fileName])).toEqual([
      ['gov_reg', 'Registre des membres.jpg'],
      ['fin_months', 'comptes 2025.pdf'],
    ]);
    const down = await coach.fetch(`/api/diagnostics/evidence/${first.id}`);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('image/jpeg');
    expect(down.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await down.arrayBuffer()).equals(JPEG)).toBe(true);

    // At most 5 per answer; a file taken by mistake is removed from the draft.
    for (let i = 0; i < 4; i++) expect((await upload(coach, draft.id, 'gov_reg', JPEG)).status).toBe(201);
    const sixth = await upload(coach, draft.id, 'gov_reg', JPEG);
    expect(sixth.status).toBe(400);
    expect(await sixth.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason: 'TOO_LONG' } });
    const extra = (await files(coach, draft.id)).filter((f) => f.questionKey === 'gov_reg' && f.id !== first.id);
    for (const f of extra)
      expect(ok(await coach.gql<{ removeDiagnosticEvidence: boolean }>(REMOVE, { id: f.id })).removeDiagnosticEvidence).toBe(true);
    expect((await coach.fetch(`/api/diagnostics/evidence/${extra[0].id}`)).status).toBe(404);
    expect((await files(coach, draft.id)).map((f) => f.id)).toHaveLength(2);

    // Final: read-only, files included; the entrepreneur (a member) downloads them.
    await coach.gql(SAVE, { i: { diagnosticId: draft.id, questionKey: 'gov_ag', value: 2 } });
    await coach.gql(SAVE, { i: { diagnosticId: draft.id, questionKey: 'gov_reg', value: 1 } });
    const last = ok(
      await coach.gql<{ saveDiagnosticAnswer: Diag }>(SAVE, { i: { diagnosticId: draft.id, questionKey: 'fin_months', value: 6 } }),
    ).saveDiagnosticAnswer;
    ok(await coach.gql(FINALISE, { id: draft.id, v: last.version }));
    const frozen = await upload(coach, draft.id, 'gov_reg', JPEG);
    expect(frozen.status).toBe(400);
    expect(await frozen.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason: 'NOT_ALLOWED' } });
    expect((await coach.gql(REMOVE, { id: first.id })).errors?.[0].extensions).toMatchObject({ reason: 'NOT_ALLOWED' });
    const me = await signedIn(team.entrepreneur.email);
    expect((await files(me, draft.id)).map((f) => f.fileName)).toEqual(['Registre des membres.jpg', 'comptes 2025.pdf']);
    expect((await me.fetch(`/api/diagnostics/evidence/${first.id}`)).status).toBe(200);

    // A correction starts with the same files; removing one there keeps the original's.
    const correction = ok(
      await coach.gql<{ correctDiagnostic: { id: string } }>(`mutation($id: ID!) { correctDiagnostic(id: $id) { id } }`, { id: draft.id }),
    ).correctDiagnostic;
    const copied = await files(coach, correction.id);
    expect(copied.map((f) => f.fileName)).toEqual(['Registre des membres.jpg', 'comptes 2025.pdf']);
    ok(await coach.gql(REMOVE, { id: copied[0].id }));
    const original = await coach.fetch(`/api/diagnostics/evidence/${first.id}`);
    expect(original.status).toBe(200);
    expect(Buffer.from(await original.arrayBuffer()).equals(JPEG)).toBe(true);
    const audit = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'diagnostic' AND subject_id = $1 AND entity = 'diagnostic_evidence_file'`,
      [draft.id],
    );
    expect(audit[0].n).toBeGreaterThanOrEqual(2);
  });

  it('answers 404 to upload and download for a caller who may not see the diagnostic', async () => {
    const { team, coop, grid } = await setUp();
    const coach = await signedIn(team.coach.email);
    const final = await run(coach, grid.id, coop.id, 'BASELINE', { gov_ag: 2, gov_reg: 1, fin_months: 6 }, '2026-02-01');
    const draft = ok(
      await coach.gql<{ startDiagnostic: Diag }>(START, { i: { gridId: grid.id, cooperativeId: coop.id, kind: 'FOLLOW_UP' } }),
    ).startDiagnostic;
    const onDraft = (await (await upload(coach, draft.id, 'gov_reg', JPEG)).json()) as EvidenceFile;

    const otherCoach = await signedIn((await makeUser(t.dataSource, team.org, Role.COACH)).email);
    const stranger = await signedIn((await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR)).email);
    const elsewhere = await signedIn((await makeTeam(t.dataSource)).admin.email);
    for (const c of [otherCoach, stranger, elsewhere]) {
      expect((await upload(c, draft.id, 'gov_reg', JPEG)).status).toBe(404);
      expect((await upload(c, final.id, 'gov_reg', JPEG)).status).toBe(404);
      expect((await c.fetch(`/api/diagnostics/evidence/${onDraft.id}`)).status).toBe(404);
      // (an entrepreneur is refused the mutation itself)
      expect((await c.gql(REMOVE, { id: onDraft.id })).errors?.[0].extensions?.code).toBe(c === stranger ? 'FORBIDDEN' : 'NOT_FOUND');
      expect((await c.gql(FILES, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    // The entrepreneur does not see drafts (404) and does not write on her final diagnostics (403).
    const me = await signedIn(team.entrepreneur.email);
    expect((await upload(me, draft.id, 'gov_reg', JPEG)).status).toBe(404);
    expect((await me.fetch(`/api/diagnostics/evidence/${onDraft.id}`)).status).toBe(404);
    expect((await upload(me, final.id, 'gov_reg', JPEG)).status).toBe(403);
    // Signed out: 401; a malformed id: 404.
    expect((await upload(t.client(), draft.id, 'gov_reg', JPEG)).status).toBe(401);
    expect((await t.client().fetch(`/api/diagnostics/evidence/${onDraft.id}`)).status).toBe(401);
    expect((await coach.fetch(`/api/diagnostics/evidence/not-an-id`)).status).toBe(404);
    expect((await upload(coach, 'not-an-id', 'gov_reg', JPEG)).status).toBe(404);
    expect((await files(coach, draft.id)).map((f) => f.id)).toEqual([onDraft.id]);
  });
});
