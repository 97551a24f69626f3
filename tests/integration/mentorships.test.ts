import { Role } from '@rafiq/shared';
import { codeOf } from '../utils/api-client';
import { makeTeam, makeUser, TEST_PASSWORD } from '../factories';
import { apiCreatePerson } from '../factories/people';
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

describe('mentorships', () => {
  it('suggests mentors with reasons, the mentor accepts, and then sees her mentee; others see nothing', async () => {
    const team = await makeTeam(t.dataSource);
    const other = await makeTeam(t.dataSource);
    const coachB = await makeUser(t.dataSource, team.org, Role.COACH);
    const lead = await signedIn(team.lead.email);
    const mentee = await apiCreatePerson(lead, { preferredLocale: 'ar', regionCode: 'MA-09' });
    const coachA = await signedIn(team.coach.email);
    await coachA.gql(`mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { version } }`, { i: { userId: team.coach.id, languages: ['ar'], regionCodes: ['MA-09'], weeklyCapacityHours: 10 } });
    const asB = await signedIn(coachB.email);
    await asB.gql(`mutation($i: CoachProfileInput!) { saveCoachProfile(input: $i) { version } }`, { i: { userId: coachB.id, languages: ['fr'], regionCodes: ['MA-01'], weeklyCapacityHours: 10 } });

    const suggestions = await lead.gql<{ mentorSuggestions: Array<{ mentor: { id: string }; reasons: string[]; score: number }> }>(
      `query($id: ID!) { mentorSuggestions(menteeId: $id) { mentor { id } reasons score load capacity } }`,
      { id: mentee.id },
    );
    expect(suggestions.data?.mentorSuggestions.map((s) => s.mentor.id)).toEqual([team.coach.id, coachB.id]);
    expect(suggestions.data?.mentorSuggestions[0].reasons).toEqual(['SPEAKS_HER_LANGUAGE', 'SERVES_HER_REGION', 'HAS_CAPACITY']);

    // Before any pairing, the coach cannot see the mentee.
    expect(codeOf(await coachA.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: mentee.id }))).toBe('NOT_FOUND');
    const requested = await lead.gql<{ requestMentorship: { id: string; version: number; status: string } }>(
      `mutation($i: RequestMentorshipInput!) { requestMentorship(input: $i) { id version status } }`,
      { i: { mentorId: team.coach.id, menteeId: mentee.id, goals: 'Vendre au souk et en ligne' } },
    );
    expect(requested.data?.requestMentorship.status).toBe('REQUESTED');
    const again = await lead.gql(`mutation($i: RequestMentorshipInput!) { requestMentorship(input: $i) { id } }`, { i: { mentorId: team.coach.id, menteeId: mentee.id } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentorId', reason: 'DUPLICATE' });
    // Only the asked mentor answers.
    expect(codeOf(await asB.gql(`mutation($i: RespondMentorshipInput!) { respondMentorship(input: $i) { id } }`, { i: { id: requested.data!.requestMentorship.id, version: 1, accept: true } }))).toBe('NOT_FOUND');
    const accepted = await coachA.gql<{ respondMentorship: { status: string; mentee: { id: string } } }>(
      `mutation($i: RespondMentorshipInput!) { respondMentorship(input: $i) { status mentee { id } } }`,
      { i: { id: requested.data!.requestMentorship.id, version: requested.data!.requestMentorship.version, accept: true } },
    );
    expect(accepted.data?.respondMentorship).toEqual({ status: 'ACTIVE', mentee: { id: mentee.id } });
    expect((await coachA.gql<{ person: { id: string } }>(`query($id: ID!) { person(id: $id) { id } }`, { id: mentee.id })).data?.person.id).toBe(mentee.id);
    // The accepted mentor is no longer suggested; coach B still sees nothing of it.
    const after = await lead.gql<{ mentorSuggestions: Array<{ mentor: { id: string } }> }>(`query($id: ID!) { mentorSuggestions(menteeId: $id) { mentor { id } } }`, { id: mentee.id });
    expect(after.data?.mentorSuggestions.map((s) => s.mentor.id)).toEqual([coachB.id]);
    expect((await asB.gql<{ mentorships: unknown[] }>(`{ mentorships { id } }`)).data?.mentorships).toEqual([]);
    const outsider = await signedIn(other.admin.email);
    expect((await outsider.gql<{ mentorships: unknown[] }>(`{ mentorships { id } }`)).data?.mentorships).toEqual([]);
    expect(codeOf(await outsider.gql(`query($id: ID!) { mentorSuggestions(menteeId: $id) { score } }`, { id: mentee.id }))).toBe('NOT_FOUND');
    expect(codeOf(await coachA.gql(`query($id: ID!) { mentorSuggestions(menteeId: $id) { score } }`, { id: mentee.id }))).toBe('FORBIDDEN');
  });
});
