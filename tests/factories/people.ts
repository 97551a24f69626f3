import { randomUUID } from 'node:crypto';
import { ApiClient } from '../utils/api-client';

/** Creates through the API, as a user would (so every rule applies). */
export async function apiCreateProgram(c: ApiClient, name = `Programme ${randomUUID().slice(0, 6)}`): Promise<{ id: string; version: number }> {
  const res = await c.gql<{ createProgram: { id: string; version: number } }>(`mutation($i: CreateProgramInput!) { createProgram(input: $i) { id version } }`, {
    i: { name, regionCodes: ['MA-09'] },
  });
  if (!res.data?.createProgram) throw new Error(JSON.stringify(res.errors));
  return res.data.createProgram;
}

export async function apiCreatePerson(c: ApiClient, fields: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const res = await c.gql<{ createPerson: { id: string; version: number } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`, {
    i: { firstName: 'Hasna', lastName: `Ait Baha ${randomUUID().slice(0, 4)}`, gender: 'F', regionCode: 'MA-09', area: 'RURAL', neet: false,
         consent: { givenOn: '2025-01-15', channel: 'PAPER', givenBy: 'SELF' }, ...fields },
  });
  if (!res.data?.createPerson) throw new Error(JSON.stringify(res.errors));
  return res.data.createPerson;
}

export async function apiEnrol(c: ApiClient, personId: string, programId: string, coachIds: string[] = [], status = 'ACTIVE'): Promise<{ id: string; version: number }> {
  const res = await c.gql<{ enrolPerson: { id: string; version: number } }>(`mutation($i: EnrolPersonInput!) { enrolPerson(input: $i) { id version } }`, {
    i: { personId, programId, coachIds, status },
  });
  if (!res.data?.enrolPerson) throw new Error(JSON.stringify(res.errors));
  return res.data.enrolPerson;
}
