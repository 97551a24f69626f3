/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Caller, Fixture } from './fixture';
import { PDF } from './fixture-more';
import type { FieldRow, HttpRow } from './matrix-kit';

/** Exported files and other plain HTTP routes (GET unless said). */
export const HTTP_ROUTES: Record<string, HttpRow> = {
  'GET /api/exports/people.:format': { path: () => '/api/exports/people.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/exports/cooperatives.:format': { path: () => '/api/exports/cooperatives.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/exports/ventures.:format': { path: () => '/api/exports/ventures.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/exports/sessions.:format': { path: () => '/api/exports/sessions.csv', expect: http(200, 200, 200, 403, 200, 403) },
  'GET /api/reports/:file': {
    path: (f) => `/api/reports/impact.xlsx?programId=${f.ids.program}`,
    expect: http(200, 200, 200, 403, 200, 403),
  },
  'POST /api/imports': {
    path: () => '/api/imports?fileName=people.csv',
    method: 'POST',
    contentType: 'application/octet-stream',
    body: 'first_name,last_name,gender,region_code\nSara,Matrix,F,MA-09\n',
    expect: http(201, 201, 403, 403, 201, 403),
  },
  'GET /api/people/:id/:file': { path: (f) => `/api/people/${f.ids.e1}/data.json`, expect: http(200, 403, 403, 403, 404, 403) },
  'GET /api/research/:file': { path: () => '/api/research/dataset.csv?key=matrix', expect: http(200, 403, 403, 403, 200, 403) },
  'POST /api/complaints/:id/attachments': {
    path: (f) => `/api/complaints/${f.ids.complaintForFiles}/attachments?fileName=recu.pdf`,
    method: 'POST',
    contentType: 'application/pdf',
    body: PDF,
    expect: http(201, 201, 201, 201, 404, 404),
  },
  'GET /api/complaints/attachments/:id': {
    path: (f) => `/api/complaints/attachments/${f.ids.attachment}`,
    expect: http(200, 200, 200, 200, 404, 404),
  },
  'ALL {/*splat}': { path: () => '/api/no-such-file', expect: http(404, 404, 404, 404, 404, 404, 404) },
  'GET /calendar/:file': { path: () => '/calendar/not-a-token.ics', expect: http(404, 404, 404, 404, 404, 404, 404) },
  'GET /health': { path: () => '/health', expect: http(200, 200, 200, 200, 200, 200, 200) },
};

export function http(
  admin: number,
  lead: number,
  coach: number,
  entrepreneur: number,
  otherOrg: number,
  otherEntrepreneur: number,
  anonymous = 401,
): Record<Caller, number> {
  return { anonymous, ADMIN: admin, PROGRAM_LEAD: lead, COACH: coach, ENTREPRENEUR: entrepreneur, otherOrg, otherEntrepreneur };
}

/**
 * Personal-data fields (output fields named like nationalId, phone, birthDate, email), read on the
 * fixture's records by each caller. A key `Type.field@list` reads the same field in a list.
 */
type Seen = FieldRow['expect'][Caller];
const personRead = (field: string, clear: string) => (f: Fixture) => ({
  query: `query($id: ID!) { person(id: $id) { ${field} } }`,
  vars: { id: f.ids.e1 },
  pick: (d: any): unknown => d?.person?.[field],
  clear,
});
const peopleRead = (field: string, clear: string) => (f: Fixture) => ({
  query: `query($s: String) { people(filter: { search: $s }) { edges { node { id ${field} } } } }`,
  vars: { s: 'Fatima' },
  pick: (d: any): unknown => d?.people?.edges?.find((e: any) => e.node.id === f.ids.e1)?.node?.[field] ?? null,
  clear,
});
const partnerRead = (field: string, clear: string) => (f: Fixture) => ({
  query: `query($id: ID!) { partner(id: $id) { ${field} } }`,
  vars: { id: f.ids.partner },
  pick: (d: any): unknown => d?.partner?.[field],
  clear,
});

export const PERSONAL_FIELDS: Record<string, FieldRow> = {
  'Person.nationalIdMasked': {
    read: personRead('nationalIdMasked', 'AB123456'),
    expect: fields('masked', 'masked', 'masked', 'masked', 'NOT_FOUND', 'NOT_FOUND'),
  },
  'Person.nationalIdMasked@list': {
    read: peopleRead('nationalIdMasked', 'AB123456'),
    expect: fields('masked', 'masked', 'masked', 'masked', 'hidden', 'hidden'),
  },
  'Person.phone': {
    read: personRead('phone', '+212612345678'),
    expect: fields('clear', 'clear', 'clear', 'clear', 'NOT_FOUND', 'NOT_FOUND'),
  },
  'Person.phone@list': {
    read: peopleRead('phone', '+212612345678'),
    expect: fields('masked', 'masked', 'clear', 'clear', 'hidden', 'hidden'),
  },
  'Person.birthDate': {
    read: personRead('birthDate', '1995-04-12'),
    expect: fields('clear', 'clear', 'clear', 'clear', 'NOT_FOUND', 'NOT_FOUND'),
  },
  'Person.birthDate@list': {
    read: peopleRead('birthDate', '1995-04-12'),
    expect: fields('masked', 'masked', 'clear', 'clear', 'hidden', 'hidden'),
  },
  'Partner.contactPhone': {
    read: partnerRead('contactPhone', '+212600000001'),
    expect: fields('clear', 'clear', 'clear', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  'Partner.contactEmail': {
    read: partnerRead('contactEmail', 'contact@bank.example'),
    expect: fields('clear', 'clear', 'clear', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  },
  'User.email': {
    read: (f) => ({
      query: `{ coaches { id email } }`,
      pick: (d: any): unknown => d?.coaches?.find((c: any) => c.id === f.ids.coach)?.email ?? null,
      clear: f.emails.COACH,
    }),
    expect: fields('clear', 'clear', 'clear', 'FORBIDDEN', 'hidden', 'FORBIDDEN'),
  },
};

function fields(
  admin: Seen,
  lead: Seen,
  coach: Seen,
  entrepreneur: Seen,
  otherOrg: Seen,
  otherEntrepreneur: Seen,
  anonymous: Seen = 'UNAUTHENTICATED',
): FieldRow['expect'] {
  return { anonymous, ADMIN: admin, PROGRAM_LEAD: lead, COACH: coach, ENTREPRENEUR: entrepreneur, otherOrg, otherEntrepreneur };
}
