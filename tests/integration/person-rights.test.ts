import ExcelJS from 'exceljs';
import { sealAuditTrail, verifyAuditTrail } from '../../backend/src/modules/audit/audit-seal';
import { PrivacyService } from '../../backend/src/modules/privacy/privacy.service';
import { makeTeam, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient, codeOf } from '../utils/api-client';
import { startTestApp, TestApp } from '../utils/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120000);
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string): Promise<ApiClient> {
  const c = t.client();
  await c.login(email, TEST_PASSWORD);
  return c;
}
function ok<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const problem = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => ({
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field,
  reason: res.errors?.[0]?.extensions?.reason,
});

const CREATE = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version consentAt consentVersion consentChannel consentGivenBy } }`;
const UPDATE = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id version phone consentVersion } }`;
const CONSENT = { givenOn: '2025-03-01', channel: 'ORAL', givenBy: 'GUARDIAN' };
const SCHEDULE = `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`;
const LOG = `mutation($i: LogSessionInput!) { logSession(input: $i) { id } }`;
const HEADLINE = `beneficiaries women neet rural youth regionsCovered provincesCovered cooperatives cooperativeMembers sessionsDelivered
  sessionHours peopleTrained ventures venturesOperating revenue jobsCreated droppedOut byRegion { regionCode beneficiaries women }
  byGender { gender beneficiaries } byProgram { programId beneficiaries }`;

describe('consent', () => {
  it('without consent only name, gender and region are stored; the notice is versioned per organisation', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);

    expect(codeOf(await lead.gql(`mutation { publishConsentNotice(input: { textAr: "ا", textFr: "a", textEn: "a" }) { version } }`))).toBe('FORBIDDEN');
    expect(problem(await admin.gql(`mutation { publishConsentNotice(input: { textAr: "ا", textFr: " ", textEn: "a" }) { version } }`))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'textFr',
    });
    const publish = (v: string) =>
      admin.gql<{ publishConsentNotice: { version: number } }>(`mutation($i: ConsentNoticeInput!) { publishConsentNotice(input: $i) { version } }`, {
        i: { textAr: `موافقة ${v}`, textFr: `Consentement ${v}`, textEn: `Consent ${v}` },
      });
    expect(ok(await publish('1')).publishConsentNotice.version).toBe(1);
    expect(ok(await publish('2')).publishConsentNotice.version).toBe(2);
    const current = ok(await lead.gql<{ consentNotice: { version: number; textFr: string } }>(`{ consentNotice { version textFr } }`));
    expect(current.consentNotice).toEqual({ version: 2, textFr: 'Consentement 2' });
    // Another organisation sees none of it.
    const other = await makeTeam(t.dataSource);
    const otherAdmin = await signedIn(other.admin.email);
    expect(ok(await otherAdmin.gql<{ consentNotices: unknown[] }>(`{ consentNotices { version } }`)).consentNotices).toEqual([]);

    const base = { firstName: 'Fadma', lastName: 'Oukhouya', gender: 'F', regionCode: 'MA-09' };
    for (const [extra, field] of [
      [{ phone: '0661000101' }, 'phone'],
      [{ birthDate: '1990-02-03' }, 'birthDate'],
      [{ nationalId: 'JB100200' }, 'nationalId'],
      [{ provinceCode: 'MA-09-TAR' }, 'provinceCode'],
      [{ neet: true }, 'neet'],
    ] as const) {
      expect(problem(await lead.gql(CREATE, { i: { ...base, ...extra } }))).toEqual({ code: 'BAD_USER_INPUT', field, reason: 'CONSENT_REQUIRED' });
    }
    const bare = ok(await lead.gql<{ createPerson: { id: string; version: number; consentAt: string | null } }>(CREATE, { i: base })).createPerson;
    expect(bare.consentAt).toBeNull();
    expect(problem(await lead.gql(UPDATE, { i: { id: bare.id, version: bare.version, phone: '0661000101' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'phone',
      reason: 'CONSENT_REQUIRED',
    });
    expect(problem(await lead.gql(UPDATE, { i: { id: bare.id, version: bare.version, phone: '0661000101', consent: { ...CONSENT, noticeVersion: 7 } } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'consent.noticeVersion',
    });
    const consented = ok(
      await lead.gql<{ updatePerson: { phone: string; consentVersion: string } }>(UPDATE, { i: { id: bare.id, version: bare.version, phone: '0661000101', consent: CONSENT } }),
    ).updatePerson;
    expect(consented).toMatchObject({ phone: '+212661000101', consentVersion: '2' });
    const withConsent = ok(
      await lead.gql<{ createPerson: Record<string, unknown> }>(CREATE, { i: { ...base, firstName: 'Itto', phone: '0661000102', consent: { ...CONSENT, noticeVersion: 1 } } }),
    ).createPerson;
    expect(withConsent).toMatchObject({ consentVersion: '1', consentChannel: 'ORAL', consentGivenBy: 'GUARDIAN' });
    expect(String(withConsent.consentAt)).toMatch(/^2025-03-01/);
  });
});

describe("a person's rights", () => {
  it('an admin gets everything held about her as JSON and as an Arabic PDF; nobody else does', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead, { firstName: 'Hasna', lastName: 'Idrissi', nationalId: 'JB412877', phone: '0661234501', birthDate: '1991-04-12', preferredLocale: 'ar' });
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);

    const json = await admin.fetch(`/api/people/${p.id}/data.json`);
    expect(json.status).toBe(200);
    const data = (await json.json()) as { person: Record<string, unknown>; enrolments: unknown[]; history: Array<{ action: string }> };
    expect(data.person).toMatchObject({ first_name: 'Hasna', last_name: 'Idrissi', national_id: 'JB412877', phone: '+212661234501', birth_date: '1991-04-12' });
    expect(data.enrolments).toHaveLength(1);
    expect(data.history.map((h) => h.action)).toContain('CREATE');

    const pdf = await admin.fetch(`/api/people/${p.id}/data.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Her language (Arabic), with the Arabic font embedded.
    expect(bytes.toString('latin1')).toMatch(/NotoSansArabic/);

    for (const who of [lead, await signedIn(team.coach.email)]) expect((await who.fetch(`/api/people/${p.id}/data.json`)).status).toBe(403);
    expect((await t.client().fetch(`/api/people/${p.id}/data.json`)).status).toBe(401);
    const other = await makeTeam(t.dataSource);
    expect((await (await signedIn(other.admin.email)).fetch(`/api/people/${p.id}/data.json`)).status).toBe(404);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ACCESS_REQUEST' AND subject_id = $1`, [p.id]);
    expect(n).toBe(2);
  });

  it('erasing her pseudonymises her everywhere, keeps every indicator total, and leaves the audit trail sealed but unreadable about her', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    const coach = await signedIn(team.coach.email);
    const program = await apiCreateProgram(lead);
    const her = await apiCreatePerson(lead, { firstName: 'Zineb', lastName: 'Amrani', firstNameAr: 'زينب', nationalId: 'JC998877', phone: '0661777001', birthDate: '1992-05-20', commune: 'Tafraout', locality: 'Douar Ighrem', neet: true });
    const friend = await apiCreatePerson(lead, { firstName: 'Aicha', lastName: 'Bennani', birthDate: '1980-01-01' });
    await apiEnrol(lead, her.id, program.id, [team.coach.id]);
    await apiEnrol(lead, friend.id, program.id, [team.coach.id]);
    const venture = ok(await lead.gql<{ createVenture: { id: string } }>(`mutation { createVenture(input: { ownerPersonId: "${her.id}", title: "Miel de Zineb", description: "Ruches chez sa mère" }) { id } }`)).createVenture;
    const log = async (start: string, participantIds: string[], notes: string) => {
      const s = ok(await coach.gql<{ scheduleSession: { id: string; version: number } }>(SCHEDULE, { i: { kind: 'COACHING', startsAt: `${start}T09:00:00Z`, endsAt: `${start}T10:00:00Z`, coachIds: [team.coach.id], participantIds } })).scheduleSession;
      ok(await coach.gql(LOG, { i: { id: s.id, version: s.version, notes, attendance: participantIds.map((personId) => ({ personId, attendance: 'PRESENT' })) } }));
      return s.id;
    };
    const solo = await log('2024-05-06', [her.id], 'Zineb a des dettes');
    const group = await log('2024-05-07', [her.id, friend.id], 'Zineb et Aicha ont présenté leurs produits');
    const before = ok(await admin.gql<{ impact: unknown }>(`{ impact { ${HEADLINE} } }`)).impact;

    expect(codeOf(await lead.gql(`mutation { erasePerson(id: "${her.id}", confirmation: "Zineb Amrani") { pseudonym } }`))).toBe('FORBIDDEN');
    const other = await makeTeam(t.dataSource);
    expect(codeOf(await (await signedIn(other.admin.email)).gql(`mutation { erasePerson(id: "${her.id}", confirmation: "Zineb Amrani") { pseudonym } }`))).toBe('NOT_FOUND');
    expect(problem(await admin.gql(`mutation { erasePerson(id: "${her.id}", confirmation: "Zineb") { pseudonym } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmation' });
    const erased = ok(await admin.gql<{ erasePerson: { pseudonym: string; rewritten: Array<{ table: string; count: number }> } }>(
      `mutation { erasePerson(id: "${her.id}", confirmation: "  zineb   amrani ") { pseudonym rewritten { table count } } }`,
    )).erasePerson;
    expect(erased.pseudonym).toMatch(/^P-[0-9A-F]{8}$/);
    expect(codeOf(await admin.gql(`mutation { erasePerson(id: "${her.id}", confirmation: "${erased.pseudonym} —") { pseudonym } }`))).toBe('CONFLICT');

    // The indicators keep their totals.
    expect(ok(await admin.gql<{ impact: unknown }>(`{ impact { ${HEADLINE} } }`)).impact).toEqual(before);

    const [row] = await t.dataSource.query(
      `SELECT first_name, last_name, first_name_ar, birth_date::text AS birth, national_id_hash, national_id_masked, phone, commune, locality, neet, gender, region_code, erased_at
         FROM person WHERE id = $1`,
      [her.id],
    );
    expect(row).toMatchObject({ first_name: erased.pseudonym, last_name: '—', first_name_ar: null, national_id_hash: null, national_id_masked: null, phone: null, commune: null, locality: null, neet: true, gender: 'F', region_code: 'MA-09' });
    expect(row.birth).toMatch(/^1992-/);
    expect(row.erased_at).not.toBeNull();
    const sessions = await t.dataSource.query(`SELECT id, notes FROM coaching_session WHERE id = ANY($1)`, [[solo, group]]);
    expect(sessions.find((s: { id: string }) => s.id === solo).notes).toBeNull();
    expect(sessions.find((s: { id: string }) => s.id === group).notes).toBe(`${erased.pseudonym} et Aicha ont présenté leurs produits`);
    const [v] = await t.dataSource.query(`SELECT title, description FROM venture WHERE id = $1`, [venture.id]);
    expect(v).toEqual({ title: `Miel de ${erased.pseudonym}`, description: null });

    // Nothing in the database still names her in clear — the audit trail included.
    for (const table of ['person', 'venture', 'coaching_session', 'audit_log']) {
      // Within her organisation: the demo data, seeded by other suites in this database, has a Tafraout too.
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} t WHERE t.organization_id = $1 AND t::text ~ 'Zineb|Amrani|زينب|JC998877|661777001|Tafraout|Ighrem'`, [team.org.id]);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    // Her history still lists who did what, but the values about her cannot be read any more.
    const history = ok(await admin.gql<{ recordHistory: { edges: Array<{ node: { action: string; entity: string; changes: Array<{ field: string; before: string | null; after: string | null }> } }> } }>(
      `query { recordHistory(subjectType: PERSON, id: "${her.id}", first: 50) { edges { node { action entity changes { field before after } } } } }`,
    )).recordHistory.edges.map((e) => e.node);
    const created = history.find((h) => h.entity === 'person' && h.action === 'CREATE')!;
    expect(created.changes).toEqual(expect.arrayContaining([{ field: 'first_name', before: null, after: '[erased]' }]));
    expect(history.map((h) => h.action)).toContain('ERASE');
    // The friend's history is still readable.
    const friendHistory = ok(await admin.gql<{ recordHistory: { edges: Array<{ node: { entity: string; action: string; changes: Array<{ field: string; after: string | null }> } }> } }>(
      `query { recordHistory(subjectType: PERSON, id: "${friend.id}", first: 50) { edges { node { entity action changes { field after } } } } }`,
    )).recordHistory.edges.map((e) => e.node);
    expect(friendHistory.find((h) => h.entity === 'person' && h.action === 'CREATE')!.changes).toEqual(expect.arrayContaining([{ field: 'first_name', after: 'Aicha' }]));
    // The sealed chain still verifies: nothing was rewritten.
    await sealAuditTrail(t.dataSource, 0);
    expect((await verifyAuditTrail(t.dataSource)).ok).toBe(true);
    // Her record can no longer be edited.
    expect(problem(await lead.gql(UPDATE, { i: { id: her.id, version: 1, phone: '0661000000' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('research exports', () => {
  it('pseudonymised, stable per key, no cell under 5 people, admins only', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    // Six alike young rural women, five alike older urban men, and one who stands out.
    const people = [
      ...Array.from({ length: 6 }, (_, i) => ({ firstName: `Fatima${i}`, birthDate: `1996-0${i + 1}-01`, gender: 'F', area: 'RURAL', commune: 'Tafraout', phone: `066100020${i}` })),
      ...Array.from({ length: 5 }, (_, i) => ({ firstName: `Omar${i}`, birthDate: `1975-0${i + 1}-1${i}`, gender: 'M', area: 'URBAN', neet: true })),
      { firstName: 'Unique', birthDate: '1950-01-01', gender: 'M', area: 'RURAL', educationLevel: 'HIGHER' },
    ];
    for (const p of people) await apiEnrol(lead, (await apiCreatePerson(lead, { ...p, educationLevel: (p as { educationLevel?: string }).educationLevel ?? 'PRIMARY' })).id, program.id);

    const csv = async (key: string) => {
      const res = await admin.fetch(`/api/research/dataset.csv?key=${key}`);
      expect(res.status).toBe(200);
      const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\n');
      return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')), suppressed: res.headers.get('x-rafiq-suppressed-rows') };
    };
    const a = await csv('study-2026');
    expect(a.header).toEqual(['pid', 'age_band', 'gender', 'region', 'province', 'area', 'education_level', 'neet', 'program', 'enrolled_year', 'status', 'sessions_attended']);
    expect(a.rows).toHaveLength(11);
    expect(a.suppressed).toBe('1');
    const text = a.rows.flat().join(' ');
    expect(text).not.toMatch(/Fatima|Omar|Unique|Tafraout|0661|\+212|1996-|1975-/);
    // No combination of quasi-identifiers describes fewer than 5 people.
    const combos = new Map<string, Set<string>>();
    for (const r of a.rows) {
      const k = r.slice(1, 9).join('|');
      combos.set(k, (combos.get(k) ?? new Set()).add(r[0]));
    }
    expect([...combos.values()].every((s) => s.size >= 5)).toBe(true);
    // Stable ids per key, different across keys.
    const again = await csv('study-2026');
    expect(again.rows.map((r) => r[0]).sort()).toEqual(a.rows.map((r) => r[0]).sort());
    const b = await csv('other-study');
    expect(b.rows.map((r) => r[0]).filter((id) => a.rows.some((r) => r[0] === id))).toEqual([]);

    const xlsx = await admin.fetch(`/api/research/dataset.xlsx?key=study-2026`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].rowCount).toBe(12);

    expect((await admin.fetch(`/api/research/dataset.csv?key=bad key!`)).status).toBe(400);
    for (const who of [lead, await signedIn(team.coach.email)]) expect((await who.fetch(`/api/research/dataset.csv?key=k`)).status).toBe(403);
    // Another organisation's export holds none of these people.
    const other = await makeTeam(t.dataSource);
    const theirs = await (await signedIn(other.admin.email)).fetch(`/api/research/dataset.csv?key=study-2026`);
    expect((await theirs.text()).replace(/^\uFEFF/, '').trim().split('\n')).toHaveLength(1);
  });
});

describe('compliance record and retention', () => {
  it('admins keep declarations, hosting, processors and a retention schedule; the nightly run pseudonymises what expired and reports it', async () => {
    const team = await makeTeam(t.dataSource);
    const admin = await signedIn(team.admin.email);
    const lead = await signedIn(team.lead.email);
    const RECORD = `{ complianceRecord { version hostingLocation nationalIdAuthorised peopleWithNationalId declarations { processing kind number } processors { name } retention { category years } } }`;
    expect(codeOf(await lead.gql(RECORD))).toBe('FORBIDDEN');
    expect(ok(await admin.gql<{ complianceRecord: { version: number } }>(RECORD)).complianceRecord.version).toBe(0);
    const SAVE = `mutation($i: ComplianceRecordInput!) { updateComplianceRecord(input: $i) { version nationalIdAuthorised hostingLocation } }`;
    const input = {
      version: 0,
      hostingLocation: 'Maroc — centre de données à Rabat',
      processors: [{ name: 'SMS Maroc', purpose: 'SMS reminders', country: 'MA' }],
      declarations: [
        { processing: 'BENEFICIARIES', kind: 'DECLARATION', number: 'D-120/2025', grantedOn: '2025-01-10' },
        { processing: 'NATIONAL_ID', kind: 'AUTHORISATION', number: 'A-45/2025' },
      ],
      retention: [{ category: 'PARTICIPANTS_AFTER_PROGRAM_END', years: 2 }],
    };
    expect(codeOf(await lead.gql(SAVE, { i: input }))).toBe('FORBIDDEN');
    expect(ok(await admin.gql<{ updateComplianceRecord: unknown }>(SAVE, { i: input })).updateComplianceRecord).toEqual({
      version: 1,
      nationalIdAuthorised: true,
      hostingLocation: input.hostingLocation,
    });
    expect(codeOf(await admin.gql(SAVE, { i: input }))).toBe('CONFLICT');
    expect(problem(await admin.gql(SAVE, { i: { ...input, version: 1, retention: [{ category: 'NOT_ENROLLED', years: 0 }] } }))).toMatchObject({ code: 'BAD_USER_INPUT' });

    // A programme that ended at the end of 2020; one person in it, one in a programme still running.
    const ended = ok(await lead.gql<{ createProgram: { id: string } }>(`mutation { createProgram(input: { name: "Ancien", regionCodes: ["MA-09"], startsOn: "2020-01-01", endsOn: "2020-12-31" }) { id } }`)).createProgram;
    const running = await apiCreateProgram(lead);
    const old = await apiCreatePerson(lead, { firstName: 'Khadija', phone: '0661888001' });
    const current = await apiCreatePerson(lead, { firstName: 'Salma', phone: '0661888002' });
    await t.dataSource.query(`INSERT INTO enrolment (organization_id, program_id, person_id, status, enrolled_on) VALUES ($1, $2, $3, 'GRADUATED', '2020-02-01')`, [team.org.id, ended.id, old.id]);
    await apiEnrol(lead, current.id, running.id);

    const privacy = t.app.get(PrivacyService);
    const mine = async (now: string) => (await privacy.runRetention(new Date(now))).find((r) => r.organizationId === team.org.id)!;
    expect((await mine('2022-12-30T02:30:00Z')).pseudonymised).toBe(0);
    const run = await mine('2023-01-02T02:30:00Z');
    expect(run).toMatchObject({ pseudonymised: 1, rules: [{ category: 'PARTICIPANTS_AFTER_PROGRAM_END', years: 2, pseudonymised: 1 }] });
    const rows = await t.dataSource.query(`SELECT id, phone, erased_at IS NOT NULL AS erased FROM person WHERE id = ANY($1)`, [[old.id, current.id]]);
    expect(rows.find((r: { id: string }) => r.id === old.id)).toMatchObject({ phone: null, erased: true });
    expect(rows.find((r: { id: string }) => r.id === current.id)).toMatchObject({ phone: '+212661888002', erased: false });
    // Run again: nothing more to do. The runs are listed for admins.
    expect((await mine('2023-01-03T02:30:00Z')).pseudonymised).toBe(0);
    const runs = ok(await admin.gql<{ retentionRuns: Array<{ asOf: string; pseudonymised: number }> }>(`{ retentionRuns { asOf pseudonymised rules { category pseudonymised } } }`)).retentionRuns;
    expect(runs.map((r) => [r.asOf, r.pseudonymised])).toEqual([
      ['2023-01-03', 0],
      ['2023-01-02', 1],
      ['2022-12-30', 0],
    ]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'RETENTION'`, [team.org.id]);
    expect(n).toBe(3);
    expect(codeOf(await lead.gql(`{ retentionRuns { asOf } }`))).toBe('FORBIDDEN');
  });
});
