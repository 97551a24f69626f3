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
