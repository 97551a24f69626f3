import type { ApiClient, GqlResponse } from '../../utils/api-client';

function ok<T>(res: GqlResponse<T>): T {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const daysFromNow = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
/** The smallest PDF a complaint accepts as an attachment. */
export const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const tx = (fr: string, ar = 'ن') => ({ fr, ar, en: fr });

/** A one-dimension venture grid (one yes/no question with a suggested action). */
export function ventureGridInput(name = 'Diagnostic projet') {
  return {
    name: tx(name),
    subjectKind: 'VENTURE',
    dimensions: [
      {
        key: 'sales',
        label: tx('Ventes'),
        weight: 1,
        questions: [
          {
            key: 'sales_book',
            text: tx('Cahier de ventes tenu'),
            kind: 'YES_NO',
            weight: 1,
            levels: [],
            suggestion: tx('Tenir un cahier'),
          },
        ],
      },
    ],
  };
}

interface Clients {
  ADMIN: ApiClient;
  COACH: ApiClient;
  ENTREPRENEUR: ApiClient;
}
interface Base {
  coach: string;
  e1: string;
  venture: string;
}

/**
 * The matrix fixture's records of the later modules: a venture diagnostic grid and E1's final
 * diagnostic (by the coach), a complaint E1 filed, the consent notice, and a past session of E1's
 * with the coach (to rate).
 */
export async function buildMoreFixture(c: Clients, ids: Base) {
  const gql = async <T>(client: ApiClient, query: string, variables?: Record<string, unknown>) => ok(await client.gql<T>(query, variables));
  const grid = (
    await gql<{ createDiagnosticGrid: { id: string } }>(
      c.ADMIN,
      `mutation($i: DiagnosticGridInput!) { createDiagnosticGrid(input: $i) { id } }`,
      {
        i: ventureGridInput(),
      },
    )
  ).createDiagnosticGrid;
  const started = (
    await gql<{ startDiagnostic: { id: string } }>(c.COACH, `mutation($i: StartDiagnosticInput!) { startDiagnostic(input: $i) { id } }`, {
      i: { gridId: grid.id, ventureId: ids.venture, kind: 'BASELINE' },
    })
  ).startDiagnostic;
  const answered = (
    await gql<{ saveDiagnosticAnswer: { version: number } }>(
      c.COACH,
      `mutation($i: SaveDiagnosticAnswerInput!) { saveDiagnosticAnswer(input: $i) { version } }`,
      { i: { diagnosticId: started.id, questionKey: 'sales_book', value: 0 } },
    )
  ).saveDiagnosticAnswer;
  // A photo shown as evidence for the answer (before it is final); then a draft the matrix attaches files to.
  const evidenceUpload = await c.COACH.fetch(`/api/diagnostics/${started.id}/evidence/sales_book?fileName=cahier.pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf' },
    body: PDF,
  });
  if (evidenceUpload.status !== 201) throw new Error(`evidence upload: ${evidenceUpload.status} ${await evidenceUpload.text()}`);
  const evidence = ((await evidenceUpload.json()) as { id: string }).id;
  await gql(c.COACH, `mutation($id: ID!, $v: Int!) { finaliseDiagnostic(id: $id, version: $v) { id } }`, {
    id: started.id,
    v: answered.version,
  });
  const diagnosticForFiles = (
    await gql<{ startDiagnostic: { id: string } }>(c.COACH, `mutation($i: StartDiagnosticInput!) { startDiagnostic(input: $i) { id } }`, {
      i: { gridId: grid.id, ventureId: ids.venture, kind: 'FOLLOW_UP' },
    })
  ).startDiagnostic.id;

  const complaint = (
    await gql<{ fileComplaint: { id: string } }>(c.ENTREPRENEUR, `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, {
      i: { category: 'OTHER', description: 'Pas de réponse à mes appels' },
    })
  ).fileComplaint;
  const fileComplaint = async (description: string) =>
    (
      await gql<{ fileComplaint: { id: string } }>(
        c.ENTREPRENEUR,
        `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`,
        {
          i: { category: 'OTHER', description },
        },
      )
    ).fileComplaint.id;
  // Her scan of a letter, attached to the complaint; and a second complaint the matrix attaches files to.
  const upload = await c.ENTREPRENEUR.fetch(`/api/complaints/${complaint.id}/attachments?fileName=lettre.pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf' },
    body: PDF,
  });
  if (upload.status !== 201) throw new Error(`attachment upload: ${upload.status} ${await upload.text()}`);
  const attachment = ((await upload.json()) as { id: string }).id;
  const complaintForFiles = await fileComplaint('Le reçu de ma subvention');
  const notice = (
    await gql<{ publishConsentNotice: { id: string } }>(
      c.ADMIN,
      `mutation($i: ConsentNoticeInput!) { publishConsentNotice(input: $i) { id } }`,
      { i: { textAr: 'موافقة', textFr: 'Consentement', textEn: 'Consent' } },
    )
  ).publishConsentNotice;
  const pastSession = (
    await gql<{ scheduleSession: { id: string } }>(c.COACH, `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`, {
      i: { kind: 'COACHING', startsAt: daysFromNow(-3, 9), endsAt: daysFromNow(-3, 10), coachIds: [ids.coach], participantIds: [ids.e1] },
    })
  ).scheduleSession;
  return {
    grid: grid.id,
    diagnostic: started.id,
    complaint: complaint.id,
    attachment,
    complaintForFiles,
    consentNotice: notice.id,
    pastSession: pastSession.id,
    evidence,
    diagnosticForFiles,
  };
}
