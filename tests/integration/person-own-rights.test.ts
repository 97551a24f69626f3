import { Role } from '@rafiq/shared';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson, apiCreateProgram, apiEnrol } from '../factories/people';
import { ApiClient } from '../utils/api-client';
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

describe('her own copy of her data', () => {
  it('an entrepreneur downloads everything held about herself (JSON, PDF in her language) and nobody else’s', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const hers = await apiCreatePerson(lead, {
      firstName: 'Naima',
      lastName: 'Bouzid',
      nationalId: 'JC220011',
      phone: '0661234777',
      preferredLocale: 'ar',
    });
    const other = await apiCreatePerson(lead, { firstName: 'Zineb', lastName: 'Amrani', nationalId: 'JC330022', phone: '0661234888' });
    await apiEnrol(lead, hers.id, program.id, [team.coach.id]);
    const secondUser = await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, hers.id]);
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [secondUser.id, other.id]);

    const me = await signedIn(team.entrepreneur.email);
    const json = await me.fetch('/api/me/data.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('cache-control')).toContain('no-store');
    const text = await json.text();
    const data = JSON.parse(text) as { person: Record<string, unknown>; enrolments: unknown[] };
    expect(data.person).toMatchObject({
      id: hers.id,
      first_name: 'Naima',
      last_name: 'Bouzid',
      national_id: 'JC220011',
      phone: '+212661234777',
    });
    expect(data.enrolments).toHaveLength(1);
    expect(text).not.toMatch(/Zineb|JC330022/);

    const pdf = await me.fetch('/api/me/data.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/NotoSansArabic/); // her language (Arabic)
    expect((await me.fetch('/api/me/data.pdf?locale=xx')).status).toBe(400);

    // The second entrepreneur gets only her own record.
    const second = await signedIn(secondUser.email);
    const theirs = await second.fetch('/api/me/data.json');
    expect(theirs.status).toBe(200);
    const theirText = await theirs.text();
    expect((JSON.parse(theirText) as { person: { id: string } }).person.id).toBe(other.id);
    expect(theirText).not.toMatch(/Naima|JC220011/);

    // An entrepreneur whose account is linked to no record: nothing to give.
    const unlinked = await makeUser(t.dataSource, team.org, Role.ENTREPRENEUR);
    expect((await (await signedIn(unlinked.email)).fetch('/api/me/data.json')).status).toBe(404);
    // Staff use the admin route; anonymous must sign in.
    for (const who of [team.admin, team.lead, team.coach])
      expect((await (await signedIn(who.email)).fetch('/api/me/data.json')).status).toBe(403);
    expect((await t.client().fetch('/api/me/data.json')).status).toBe(401);
    expect((await me.fetch('/api/me/data.csv')).status).toBe(404);

    // Each copy is on record in her history.
    const [{ n }] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'ACCESS_REQUEST' AND subject_id = $1 AND actor_user_id = $2`,
      [hers.id, team.entrepreneur.id],
    );
    expect(n).toBe(2);
  });
});

describe('consent withdrawal', () => {
  const WITHDRAW = `mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) {
    id version firstName lastName gender regionCode birthDate phone nationalIdMasked provinceCode commune area neet preferredLocale
    consentAt consentWithdrawnOn consentWithdrawnChannel } }`;
  const today = () => new Date().toISOString().slice(0, 10);
  type Withdrawn = { withdrawConsent: Record<string, unknown> & { version: number } };

  it('her coach records it; everything but name, gender, region and programme is cleared in the same step, audited', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const coach = await signedIn(team.coach.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead, {
      firstName: 'Latifa',
      lastName: 'Ouali',
      nationalId: 'JD556677',
      phone: '0661234999',
      birthDate: '1993-05-06',
      provinceCode: 'MA-09-TAR',
      commune: 'Taroudant',
      preferredLocale: 'ar',
    });
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);

    // Bad input names the field; a stale version is a conflict.
    const bad = await coach.gql(WITHDRAW, { i: { id: p.id, version: p.version, withdrawnOn: '2999-01-01', channel: 'PHONE' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withdrawnOn' });
    const stale = await coach.gql(WITHDRAW, { i: { id: p.id, version: p.version + 5, withdrawnOn: today(), channel: 'PHONE' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const res = await coach.gql<Withdrawn>(WITHDRAW, { i: { id: p.id, version: p.version, withdrawnOn: today(), channel: 'PHONE' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.withdrawConsent).toMatchObject({
      firstName: 'Latifa',
      lastName: 'Ouali',
      gender: 'F',
      regionCode: 'MA-09',
      birthDate: null,
      phone: null,
      nationalIdMasked: null,
      provinceCode: null,
      commune: null,
      area: null,
      neet: null,
      preferredLocale: null,
      consentAt: null,
      consentWithdrawnOn: today(),
      consentWithdrawnChannel: 'PHONE',
    });
    const [row] = await t.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT national_id_encrypted, national_id_hash, phone, birth_date FROM person WHERE id = $1`,
      [p.id],
    );
    expect(row).toEqual({ national_id_encrypted: null, national_id_hash: null, phone: null, birth_date: null });
    // Her programme stays.
    const [{ n: enrolments }] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM enrolment WHERE person_id = $1`,
      [p.id],
    );
    expect(enrolments).toBe(1);
    // On record, by her coach, with the sensitive values masked.
    const audits = await t.dataSource.query<Array<{ actor_user_id: string; changes: string }>>(
      `SELECT actor_user_id, changes::text AS changes FROM audit_log WHERE entity = 'person' AND entity_id = $1 AND action = 'UPDATE'`,
      [p.id],
    );
    expect(audits).toHaveLength(1);
    expect(audits[0].actor_user_id).toBe(team.coach.id);
    expect(audits[0].changes).toContain('consent_withdrawn_on');
    expect(audits[0].changes).not.toContain('JD556677');
    expect(audits[0].changes).not.toContain('+212661234999');

    // From then on, the fields that need consent are refused again.
    const version = res.data!.withdrawConsent.version;
    const update = await coach.gql(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }`, {
      i: { id: p.id, version, phone: '0661234999' },
    });
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone', reason: 'CONSENT_REQUIRED' });
    // Nothing left to withdraw.
    const again = await coach.gql(WITHDRAW, { i: { id: p.id, version, withdrawnOn: today(), channel: 'PHONE' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('nobody else may: another organisation gets NOT_FOUND, a coach not hers NOT_FOUND, an entrepreneur FORBIDDEN', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const program = await apiCreateProgram(lead);
    const p = await apiCreatePerson(lead, { firstName: 'Rachida', phone: '0661234555' });
    await apiEnrol(lead, p.id, program.id, [team.coach.id]);
    const vars = { i: { id: p.id, version: p.version, withdrawnOn: today(), channel: 'ORAL' } };

    const other = await makeTeam(t.dataSource);
    const otherCoach = await makeUser(t.dataSource, team.org, Role.COACH);
    expect((await (await signedIn(other.admin.email)).gql(WITHDRAW, vars)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await (await signedIn(otherCoach.email)).gql(WITHDRAW, vars)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await (await signedIn(team.entrepreneur.email)).gql(WITHDRAW, vars)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.client().gql(WITHDRAW, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await t.dataSource.query<Array<{ phone: string | null; consent_withdrawn_on: string | null }>>(
      `SELECT phone, consent_withdrawn_on FROM person WHERE id = $1`,
      [p.id],
    );
    expect(row).toEqual({ phone: '+212661234555', consent_withdrawn_on: null });

    // Her programme's lead may; the admin too.
    const done = await lead.gql<Withdrawn>(WITHDRAW, vars);
    expect(done.data?.withdrawConsent.consentWithdrawnChannel).toBe('ORAL');
  });
});

describe('her own national ID', () => {
  const REVEAL = `query($id: ID!) { revealNationalId(personId: $id) }`;

  it('an entrepreneur reveals her own national ID (audited), never another person’s', async () => {
    const team = await makeTeam(t.dataSource);
    const lead = await signedIn(team.lead.email);
    const hers = await apiCreatePerson(lead, { firstName: 'Samira', nationalId: 'JE110022' });
    const other = await apiCreatePerson(lead, { firstName: 'Houda', nationalId: 'JE330044' });
    await t.dataSource.query(`UPDATE person SET user_id = $1 WHERE id = $2`, [team.entrepreneur.id, hers.id]);
    const me = await signedIn(team.entrepreneur.email);

    expect((await me.gql<{ revealNationalId: string }>(REVEAL, { id: hers.id })).data?.revealNationalId).toBe('JE110022');
    const refused = await me.gql(REVEAL, { id: other.id });
    expect({ code: refused.errors?.[0]?.extensions?.code, data: refused.data?.revealNationalId ?? null }).toEqual({
      code: 'NOT_FOUND',
      data: null,
    });
    const foreign = await makeTeam(t.dataSource);
    expect((await (await signedIn(foreign.admin.email)).gql(REVEAL, { id: hers.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().gql(REVEAL, { id: hers.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const reveals = await t.dataSource.query<Array<{ subject_id: string; actor_user_id: string }>>(
      `SELECT subject_id, actor_user_id FROM audit_log WHERE action = 'REVEAL_NATIONAL_ID' AND organization_id = $1`,
      [team.org.id],
    );
    expect(reveals).toEqual([{ subject_id: hers.id, actor_user_id: team.entrepreneur.id }]);
  });
});
