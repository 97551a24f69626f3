import { Role } from '@rafiq/shared';
import { ComplaintService } from '../../backend/src/modules/complaint/complaint.service';
import { codeOf, GqlResponse } from '../utils/api-client';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { pdfText } from '../utils/pdf-text';
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

function ok<T>(res: GqlResponse<T>): T {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const FIELDS = `id version status category anonymous channel escalationLevel dueAt decision firstDecision firstStatus canAppeal
  person { id } filedBy { id } assignee { id } coach { id } session { id } program { id }`;
type C = {
  id: string;
  version: number;
  status: string;
  anonymous: boolean;
  escalationLevel: number;
  dueAt: string;
  decision: string | null;
  firstDecision: string | null;
  canAppeal: boolean;
  person: { id: string } | null;
  filedBy: { id: string } | null;
  assignee: { id: string } | null;
  session: { id: string } | null;
  program: { id: string } | null;
};
const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST = `{ complaints { totalCount edges { node { id person { id } } } } }`;
const ASSIGN = `mutation($i: AssignComplaintInput!) { assignComplaint(input: $i) { ${FIELDS} } }`;
const DECIDE = `mutation($i: DecideComplaintInput!) { decideComplaint(input: $i) { ${FIELDS} } }`;
const APPEAL = `mutation($i: AppealComplaintInput!) { appealComplaint(input: $i) { ${FIELDS} } }`;

const ids = (res: GqlResponse<{ complaints: { edges: Array<{ node: { id: string } }> } }>) =>
  ok(res)
    .complaints.edges.map((e) => e.node.id)
    .sort();

/**
 * One organisation: the lead runs a programme where Khadija (with an account, in Arabic) is
 * coached by coach A; coach B also coaches her in a session. A second coach (C) has nothing to do with her.
 */
async function voiceTeam() {
  const team = await makeTeam(t.dataSource);
  const coachB = await makeUser(t.dataSource, team.org, Role.COACH);
  const lead = await signedIn(team.lead.email);
  const program = await apiCreateProgram(lead);
  const khadija = await apiCreatePerson(lead, { firstName: 'Khadija' });
  await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, khadija.id]);
  await t.dataSource.query(`UPDATE app_user SET locale = 'ar' WHERE id = $1`, [team.entrepreneur.id]);
  await apiEnrol(lead, khadija.id, program.id, [team.coach.id, coachB.id]);
  const s = await lead.gql<{ scheduleSession: { id: string; version: number } }>(
    `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id version } }`,
    {
      i: {
        kind: 'COACHING',
        startsAt: '2025-03-03T09:00:00Z',
        endsAt: '2025-03-03T10:00:00Z',
        coachIds: [team.coach.id],
        participantIds: [khadija.id],
      },
    },
  );
  const session = ok(s).scheduleSession;
  return {
    team,
    coachB,
    program,
    khadija,
    session,
    lead,
    admin: await signedIn(team.admin.email),
    coachA: await signedIn(team.coach.email),
    coachBClient: await signedIn(coachB.email),
    asKhadija: await signedIn(team.entrepreneur.email),
  };
}

describe('complaints', () => {
  it('hides an anonymous complainant from all but admins, never shows a coach a complaint about herself, and assigns never to that coach', async () => {
    const v = await voiceTeam();
    const filed = ok(
      await v.asKhadija.gql<{ fileComplaint: C }>(FILE, {
        i: { category: 'COACHING_QUALITY', description: 'الجلسة كانت قصيرة جدا', anonymous: true, sessionId: v.session.id },
      }),
    ).fileComplaint;
    expect(filed).toMatchObject({ status: 'RECEIVED', anonymous: true, person: { id: v.khadija.id }, program: { id: v.program.id } });

    // The lead sees it, without her identity nor who filed it.
    const asLead = ok(await v.lead.gql<{ complaint: C }>(GET, { id: filed.id })).complaint;
    expect(asLead.person).toBeNull();
    expect(asLead.filedBy).toBeNull();
    expect(asLead.session?.id).toBe(v.session.id);
    // The admin sees who she is and that she filed it herself.
    const asAdmin = ok(await v.admin.gql<{ complaint: C }>(GET, { id: filed.id })).complaint;
    expect(asAdmin.person?.id).toBe(v.khadija.id);
    expect(asAdmin.filedBy?.id).toBe(v.team.entrepreneur.id);
    // Coach A ran the session it is about: she never sees it, not even by id.
    expect(ids(await v.coachA.gql(LIST))).toEqual([]);
    expect(codeOf(await v.coachA.gql(GET, { id: filed.id }))).toBe('NOT_FOUND');
    // Coach B coaches her too: she sees it, without her identity.
    const asB = ok(await v.coachBClient.gql<{ complaint: C }>(GET, { id: filed.id })).complaint;
    expect(asB.person).toBeNull();

    // Never assigned to the coach it is about; assigning puts it in review.
    const bad = await v.lead.gql(ASSIGN, { i: { id: filed.id, version: asLead.version, assigneeId: v.team.coach.id } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId', reason: 'CONFLICT_OF_INTEREST' });
    const assignees = ok(
      await v.lead.gql<{ complaintAssignees: Array<{ id: string }> }>(`query($id: ID!) { complaintAssignees(id: $id) { id } }`, {
        id: filed.id,
      }),
    );
    expect(assignees.complaintAssignees.map((u) => u.id)).not.toContain(v.team.coach.id);
    const assigned = ok(
      await v.lead.gql<{ assignComplaint: C }>(ASSIGN, { i: { id: filed.id, version: asLead.version, assigneeId: v.coachB.id } }),
    ).assignComplaint;
    expect(assigned).toMatchObject({ status: 'IN_REVIEW', assignee: { id: v.coachB.id } });
    // Stale version: CONFLICT.
    expect(codeOf(await v.lead.gql(ASSIGN, { i: { id: filed.id, version: asLead.version, assigneeId: v.team.lead.id } }))).toBe('CONFLICT');

    // Receipt (and the assignee's notice) are in the outbox: hers in Arabic.
    const [receipt] = await t.dataSource.query(
      `SELECT body, locale FROM notification WHERE recipient_user_id = $1 AND kind = 'COMPLAINT_RECEIVED' AND channel = 'IN_APP'`,
      [v.team.entrepreneur.id],
    );
    expect(receipt.locale).toBe('ar');
    expect(receipt.body).toContain('توصلنا بشكايتك');
    // The audit trail records the complaint (subject: the complaint, only admins read it).
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'complaint' AND subject_id = $1`,
      [filed.id],
    );
    expect(audit.n).toBeGreaterThanOrEqual(2);
  });

  it('lets her see only her own; another organisation gets NOT_FOUND; sensitive ones only for admins and the focal point', async () => {
    const v = await voiceTeam();
    const other = await makeTeam(t.dataSource);
    const outsider = await signedIn(other.admin.email);
    const mine = ok(
      await v.asKhadija.gql<{ fileComplaint: C }>(FILE, {
        i: { category: 'TRAINING', description: 'La formation a été annulée sans prévenir' },
      }),
    ).fileComplaint;
    // Staff file on behalf of someone else (by phone).
    const rkia = await apiCreatePerson(v.lead, { firstName: 'Rkia' });
    await apiEnrol(v.lead, rkia.id, v.program.id, [v.team.coach.id]);
    const byPhone = ok(
      await v.lead.gql<{ fileComplaint: C }>(FILE, {
        i: { personId: rkia.id, channel: 'PHONE', category: 'PAYMENT_OR_GRANT', description: 'Subvention non versée' },
      }),
    ).fileComplaint;
    expect(byPhone).toMatchObject({ person: { id: rkia.id }, filedBy: { id: v.team.lead.id } });
    expect(ids(await v.asKhadija.gql(LIST))).toEqual([mine.id]);
    expect(codeOf(await v.asKhadija.gql(GET, { id: byPhone.id }))).toBe('NOT_FOUND');
    expect(codeOf(await outsider.gql(GET, { id: mine.id }))).toBe('NOT_FOUND');
    expect(ids(await outsider.gql(LIST))).toEqual([]);
    expect(codeOf(await outsider.gql(ASSIGN, { i: { id: mine.id, version: mine.version, assigneeId: other.lead.id } }))).toBe('NOT_FOUND');
    // An entrepreneur cannot decide; a coach cannot assign.
    expect(codeOf(await v.asKhadija.gql(DECIDE, { i: { id: mine.id, version: mine.version, status: 'RESOLVED', decision: 'x' } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await v.coachA.gql(ASSIGN, { i: { id: mine.id, version: mine.version, assigneeId: v.team.lead.id } }))).toBe('FORBIDDEN');

    // Sensitive: routed to the focal point, invisible to the lead and the coaches.
    const focal = await makeUser(t.dataSource, v.team.org, Role.PROGRAM_LEAD);
    ok(
      await v.admin.gql(`mutation($i: UpdateComplaintSettingsInput!) { updateComplaintSettings(input: $i) { safeguardingUserId } }`, {
        i: { safeguardingUserId: focal.id },
      }),
    );
    expect(codeOf(await v.lead.gql(`mutation { updateComplaintSettings(input: { safeguardingUserId: null }) { version } }`))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await v.lead.gql(`{ safeguardingCandidates { id } }`))).toBe('FORBIDDEN');
    const abuse = ok(
      await v.asKhadija.gql<{ fileComplaint: C }>(FILE, { i: { category: 'DISCRIMINATION_OR_ABUSE', description: 'Propos déplacés' } }),
    ).fileComplaint;
    expect(abuse.assignee?.id).toBe(focal.id);
    expect(codeOf(await v.lead.gql(GET, { id: abuse.id }))).toBe('NOT_FOUND');
    expect(codeOf(await v.coachBClient.gql(GET, { id: abuse.id }))).toBe('NOT_FOUND');
    const asFocal = await signedIn(focal.email);
    expect(ok(await asFocal.gql<{ complaint: C }>(GET, { id: abuse.id })).complaint.id).toBe(abuse.id);
    expect(ok(await v.admin.gql<{ complaint: C }>(GET, { id: abuse.id })).complaint.person?.id).toBe(v.khadija.id);
  });

  it('escalates past the deadline to the lead, then the admins (controllable clock), and allows one appeal', async () => {
    const v = await voiceTeam();
    ok(
      await v.admin.gql(
        `mutation($i: UpdateComplaintSettingsInput!) { updateComplaintSettings(input: $i) { deadlines { category days } } }`,
        {
          i: { deadlines: [{ category: 'OTHER', days: 5 }] },
        },
      ),
    );
    const c = ok(
      await v.asKhadija.gql<{ fileComplaint: C }>(FILE, { i: { category: 'OTHER', description: 'Pas de réponse à mes appels' } }),
    ).fileComplaint;
    const due = new Date(c.dueAt).getTime();
    const now = Date.now();
    expect(Math.round((due - now) / 86_400_000)).toBe(5);
    const service = t.app.get(ComplaintService);
    const level = async () =>
      (await t.dataSource.query(`SELECT escalation_level FROM complaint WHERE id = $1`, [c.id]))[0].escalation_level as number;
    const escalations = async (userId: string) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM notification WHERE recipient_user_id = $1 AND kind = 'COMPLAINT_ESCALATED'`,
          [userId],
        )
      )[0].n as number;

    await service.escalate(new Date(due - 60_000));
    expect(await level()).toBe(0);
    await service.escalate(new Date(due + 60_000));
    expect(await level()).toBe(1);
    expect(await escalations(v.team.lead.id)).toBeGreaterThan(0);
    expect(await escalations(v.team.admin.id)).toBe(0);
    await service.escalate(new Date(due + 2 * 86_400_000)); // not yet the admins' turn
    expect(await level()).toBe(1);
    await service.escalate(new Date(due + 4 * 86_400_000));
    expect(await level()).toBe(2);
    expect(await escalations(v.team.admin.id)).toBeGreaterThan(0);
    await service.escalate(new Date(due + 30 * 86_400_000));
    expect(await level()).toBe(2);

    // Decision, written to her in Arabic; she appeals once, the second decision is final.
    const current = ok(await v.lead.gql<{ complaint: C }>(GET, { id: c.id })).complaint;
    const decided = ok(
      await v.lead.gql<{ decideComplaint: C }>(DECIDE, {
        i: { id: c.id, version: current.version, status: 'REJECTED', decision: 'Nous avons vérifié : les appels ont été rendus.' },
      }),
    ).decideComplaint;
    expect(decided.status).toBe('REJECTED');
    const [decisionNote] = await t.dataSource.query(
      `SELECT body FROM notification WHERE recipient_user_id = $1 AND kind = 'COMPLAINT_DECIDED' AND channel = 'IN_APP'`,
      [v.team.entrepreneur.id],
    );
    expect(decisionNote.body).toContain('قرار بشأن شكايتك');
    expect(decisionNote.body).toContain('les appels ont été rendus');
    const hers = ok(await v.asKhadija.gql<{ complaint: C }>(GET, { id: c.id })).complaint;
    expect(hers).toMatchObject({ canAppeal: true, decision: 'Nous avons vérifié : les appels ont été rendus.' });
    const appealed = ok(
      await v.asKhadija.gql<{ appealComplaint: C }>(APPEAL, { i: { id: c.id, version: hers.version, reason: 'Personne ne m’a rappelée' } }),
    ).appealComplaint;
    expect(appealed).toMatchObject({ status: 'IN_REVIEW', firstStatus: 'REJECTED', decision: null, escalationLevel: 0, canAppeal: false });
    const final = ok(
      await v.lead.gql<{ decideComplaint: C }>(DECIDE, {
        i: { id: c.id, version: appealed.version, status: 'RESOLVED', decision: 'Un rendez-vous est fixé.' },
      }),
    ).decideComplaint;
    expect(final).toMatchObject({ status: 'RESOLVED', firstDecision: 'Nous avons vérifié : les appels ont été rendus.' });
    const again = await v.asKhadija.gql(APPEAL, { i: { id: c.id, version: final.version, reason: 'Encore' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_APPEALED' });
    // A lead cannot appeal for her.
    expect(codeOf(await v.lead.gql(APPEAL, { i: { id: c.id, version: final.version, reason: 'x' } }))).toBe('FORBIDDEN');
  });

  it('takes attachments of allowed types and sizes, downloadable only by who sees the complaint', async () => {
    const v = await voiceTeam();
    const c = ok(await v.asKhadija.gql<{ fileComplaint: C }>(FILE, { i: { category: 'OTHER', description: 'Reçu joint' } })).fileComplaint;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const up = await v.asKhadija.fetch(`/api/complaints/${c.id}/attachments?fileName=recu.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const wrongType = await v.asKhadija.fetch(`/api/complaints/${c.id}/attachments?fileName=x.exe`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: pdf,
    });
    expect(wrongType.status).toBe(415);
    const tooBig = await v.asKhadija.fetch(`/api/complaints/${c.id}/attachments?fileName=big.png`, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: Buffer.alloc(5 * 1024 * 1024 + 1),
    });
    expect(tooBig.status).toBe(413);
    const listed = ok(
      await v.lead.gql<{ complaint: { attachments: Array<{ id: string; fileName: string }> } }>(
        `query($id: ID!) { complaint(id: $id) { attachments { id fileName } } }`,
        { id: c.id },
      ),
    );
    expect(listed.complaint.attachments).toEqual([{ id, fileName: 'recu.pdf' }]);
    const down = await v.lead.fetch(`/api/complaints/attachments/${id}`);
    expect(down.status).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(pdf)).toBe(true);
    const other = await makeTeam(t.dataSource);
    expect((await (await signedIn(other.admin.email)).fetch(`/api/complaints/attachments/${id}`)).status).toBe(404);
  });
});

describe('satisfaction', () => {
  it('lets a participant rate a past session; leads see per coach and programme, a coach only her own aggregate', async () => {
    const v = await voiceTeam();
    const RATE = `mutation($i: RateSessionInput!) { rateSession(input: $i) { sessionId rating comment } }`;
    expect(ok(await v.asKhadija.gql(RATE, { i: { sessionId: v.session.id, rating: 4, comment: 'مفيدة' } }))).toEqual({
      rateSession: { sessionId: v.session.id, rating: 4, comment: 'مفيدة' },
    });
    expect(ok(await v.asKhadija.gql(RATE, { i: { sessionId: v.session.id, rating: 5 } })).rateSession).toMatchObject({ rating: 5 });
    const bad = await v.asKhadija.gql(RATE, { i: { sessionId: v.session.id, rating: 6 } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    // Not her session: NOT_FOUND as a field error.
    const other = await makeTeam(t.dataSource);
    const otherLead = await signedIn(other.lead.email);
    const p = await apiCreatePerson(otherLead);
    const s = ok(
      await otherLead.gql<{ scheduleSession: { id: string } }>(
        `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`,
        {
          i: {
            kind: 'COACHING',
            startsAt: '2025-03-03T09:00:00Z',
            endsAt: '2025-03-03T10:00:00Z',
            coachIds: [other.coach.id],
            participantIds: [p.id],
          },
        },
      ),
    ).scheduleSession;
    expect((await v.asKhadija.gql(RATE, { i: { sessionId: s.id, rating: 3 } })).errors?.[0].extensions).toMatchObject({
      field: 'sessionId',
      reason: 'NOT_FOUND',
    });

    const journey = ok(
      await v.asKhadija.gql<{ myJourney: { pastSessions: Array<{ id: string; myRating: number | null }> } }>(
        `{ myJourney { pastSessions { id myRating } } }`,
      ),
    );
    expect(journey.myJourney.pastSessions.find((x) => x.id === v.session.id)?.myRating).toBe(5);

    const SUMMARY = `{ satisfaction { ratings average distribution byCoach { key ratings average } byProgram { key ratings average } } }`;
    type S = {
      satisfaction: {
        ratings: number;
        average: number | null;
        distribution: number[];
        byCoach: Array<{ key: string; average: number | null }>;
        byProgram: Array<{ key: string }>;
      };
    };
    const asLead = ok(await v.lead.gql<S>(SUMMARY)).satisfaction;
    expect(asLead).toMatchObject({ ratings: 1, average: 5, distribution: [0, 0, 0, 0, 1] });
    expect(asLead.byCoach).toMatchObject([{ key: v.team.coach.id, ratings: 1, average: 5 }]);
    expect(asLead.byProgram).toMatchObject([{ key: v.program.id, ratings: 1, average: 5 }]);
    // The coach: only her own aggregate, and no average from a single (identifiable) rating.
    const asCoach = ok(await v.coachA.gql<S>(SUMMARY)).satisfaction;
    expect(asCoach).toMatchObject({ ratings: 1, average: null, distribution: [0, 0, 0, 0, 0], byProgram: [] });
    expect(codeOf(await v.asKhadija.gql(SUMMARY))).toBe('FORBIDDEN');
    expect(ok(await otherLead.gql<S>(SUMMARY)).satisfaction.ratings).toBe(0);
  });
});

describe('voice indicators', () => {
  it('counts complaints received, decided within deadline and by category, with a drill-down that matches, scoped to the caller', async () => {
    const v = await voiceTeam();
    const a = ok(
      await v.asKhadija.gql<{ fileComplaint: C }>(FILE, { i: { category: 'TRAINING', description: 'Salle trop petite' } }),
    ).fileComplaint;
    ok(await v.asKhadija.gql<{ fileComplaint: C }>(FILE, { i: { category: 'OTHER', description: 'Horaires', sessionId: v.session.id } }));
    ok(await v.lead.gql(DECIDE, { i: { id: a.id, version: a.version, status: 'RESOLVED', decision: 'Nouvelle salle réservée.' } }));
    ok(
      await v.asKhadija.gql(`mutation($i: RateSessionInput!) { rateSession(input: $i) { rating } }`, {
        i: { sessionId: v.session.id, rating: 4 },
      }),
    );
    ok(
      await v.coachA.gql(`mutation($i: LogSessionInput!) { logSession(input: $i) { status } }`, {
        i: { id: v.session.id, version: v.session.version },
      }),
    );
    const IMPACT = `{ impact { voice { complaintsReceived complaintsOpen complaintsDecided resolvedWithinDeadline resolvedWithinDeadlineShare
      byCategory { category received resolvedWithinDeadline } satisfactionRatings satisfactionAverage } } }`;
    type V = {
      impact: {
        voice: {
          complaintsReceived: number;
          complaintsOpen: number;
          resolvedWithinDeadline: number;
          resolvedWithinDeadlineShare: number | null;
          byCategory: Array<{ category: string; received: number; resolvedWithinDeadline: number }>;
          satisfactionRatings: number;
          satisfactionAverage: number | null;
        };
      };
    };
    const lead = ok(await v.lead.gql<V>(IMPACT)).impact.voice;
    expect(lead).toMatchObject({
      complaintsReceived: 2,
      complaintsOpen: 1,
      resolvedWithinDeadline: 1,
      resolvedWithinDeadlineShare: 1,
      satisfactionRatings: 1,
      satisfactionAverage: 4,
    });
    expect(lead.byCategory.find((c) => c.category === 'TRAINING')).toEqual({
      category: 'TRAINING',
      received: 1,
      resolvedWithinDeadline: 1,
    });
    const DRILL = `query($c: ComplaintCategory, $w: Boolean) { impactComplaints(category: $c, resolvedWithinDeadline: $w) { totalCount edges { node { id person { id } } } } }`;
    type D = { impactComplaints: { totalCount: number; edges: Array<{ node: { id: string; person: { id: string } | null } }> } };
    expect(ok(await v.lead.gql<D>(DRILL, {})).impactComplaints.totalCount).toBe(2);
    expect(ok(await v.lead.gql<D>(DRILL, { w: true })).impactComplaints.edges.map((e) => e.node.id)).toEqual([a.id]);
    // Coach A: the complaint about her session is not counted for her; one rating is too few for an average.
    const coach = ok(await v.coachA.gql<V>(IMPACT)).impact.voice;
    expect(coach).toMatchObject({ complaintsReceived: 1, satisfactionRatings: 1, satisfactionAverage: null });
    expect(ok(await v.coachA.gql<D>(DRILL, {})).impactComplaints.totalCount).toBe(1);
    // The funder reports carry the same figures, for the same caller.
    const xlsx = await v.lead.fetch(`/api/reports/impact.xlsx?locale=fr`);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()));
    const sheet = wb.getWorksheet('Voix des bénéficiaires')!;
    const cells = new Map<string, unknown>();
    sheet.eachRow((row) => cells.set(row.getCell(1).text, row.getCell(2).value));
    expect(Object.fromEntries(['Réclamations reçues', 'Réclamations en cours', 'Traitées dans le délai', 'Part des décisions prises dans le délai', 'Satisfaction après les séances (sur 5)', 'Avis', 'Formation'].map((k) => [k, cells.get(k)]))).toEqual({
      'Réclamations reçues': 2,
      'Réclamations en cours': 1,
      'Traitées dans le délai': 1,
      'Part des décisions prises dans le délai': 1,
      'Satisfaction après les séances (sur 5)': 4,
      Avis: 1,
      Formation: 1,
    });
    const pdf = pdfText(Buffer.from(await (await v.coachA.fetch(`/api/reports/impact.pdf?locale=en`)).arrayBuffer())).replace(/\s+/g, ' ');
    expect(pdf).toContain('Complaints received 1');
    expect(pdf).toContain('Satisfaction after sessions (out of 5) —');
    // Another organisation counts none of it; an entrepreneur reads no indicators.
    const other = await makeTeam(t.dataSource);
    expect(ok(await (await signedIn(other.admin.email)).gql<V>(IMPACT)).impact.voice.complaintsReceived).toBe(0);
    expect(codeOf(await v.asKhadija.gql(DRILL, {}))).toBe('FORBIDDEN');
  });

  it('gives satisfaction per programme and per coach with the dashboard filter, to admins and leads only', async () => {
    const v = await voiceTeam();
    ok(
      await v.asKhadija.gql(`mutation($i: RateSessionInput!) { rateSession(input: $i) { rating } }`, {
        i: { sessionId: v.session.id, rating: 4 },
      }),
    );
    ok(
      await v.coachA.gql(`mutation($i: LogSessionInput!) { logSession(input: $i) { status } }`, {
        i: { id: v.session.id, version: v.session.version },
      }),
    );
    const Q = `query($f: ImpactFilter) { impact(filter: $f) { voice { satisfactionAverage
      satisfactionByProgram { key label ratings average } satisfactionByCoach { key label ratings average } } } }`;
    type G = { key: string; label: string; ratings: number; average: number | null };
    type V = { impact: { voice: { satisfactionAverage: number | null; satisfactionByProgram: G[]; satisfactionByCoach: G[] } } };
    const voice = async (c: typeof v.lead, f: Record<string, unknown> = {}) => ok(await c.gql<V>(Q, { f })).impact.voice;

    for (const c of [v.lead, v.admin]) {
      const all = await voice(c, { programId: v.program.id });
      expect(all.satisfactionByProgram).toEqual([{ key: v.program.id, label: expect.any(String), ratings: 1, average: 4 }]);
      expect(all.satisfactionByCoach).toEqual([{ key: v.team.coach.id, label: v.team.coach.displayName, ratings: 1, average: 4 }]);
    }
    // The period applies: the session was in March 2025.
    const later = await voice(v.lead, { from: '2025-04-01' });
    expect(later).toMatchObject({ satisfactionAverage: null, satisfactionByProgram: [], satisfactionByCoach: [] });
    // Another programme of the organisation: none of it.
    const otherProgram = await apiCreateProgram(v.admin);
    expect(await voice(v.admin, { programId: otherProgram.id })).toMatchObject({ satisfactionByProgram: [], satisfactionByCoach: [] });
    // A coach never gets them (her own average only, with enough ratings); another organisation sees nothing.
    expect(await voice(v.coachA)).toMatchObject({ satisfactionByProgram: [], satisfactionByCoach: [] });
    const other = await makeTeam(t.dataSource);
    expect(await voice(await signedIn(other.lead.email))).toMatchObject({ satisfactionByProgram: [], satisfactionByCoach: [] });
    expect(await voice(await signedIn(other.admin.email))).toMatchObject({ satisfactionByProgram: [], satisfactionByCoach: [] });
  });
});
