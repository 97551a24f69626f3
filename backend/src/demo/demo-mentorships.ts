import { EntityManager } from 'typeorm';
import { User } from '../modules/auth/user.entity';
import { Mentorship, MentorshipStatus } from '../modules/mentorship/mentorship.entity';
import { Person } from '../modules/person/person.entity';

/**
 * A few mentorships in every state: active ones, a request waiting for an answer, a declined request
 * that moved on to the next mentor, a completed one.
 */
export async function seedDemoMentorships(
  m: EntityManager,
  organizationId: string,
  ctx: { coaches: User[]; people: Person[]; requestedBy: string },
): Promise<void> {
  const { coaches, people, requestedBy } = ctx;
  if (coaches.length < 2 || people.length < 12) return;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
  const date = (offset: number) => day(offset).toISOString().slice(0, 10);
  const mentees = people.slice(-6);
  const base = { organizationId, programId: null, requestedBy, previousRequestId: null };
  const [c0, c1] = coaches;
  const rows: Array<Partial<Mentorship>> = [
    {
      ...base,
      mentorUserId: c0.id,
      menteePersonId: mentees[0].id,
      goals: 'Vendre en ligne et fixer ses prix',
      status: MentorshipStatus.ACTIVE,
      startsOn: date(-60),
      endsOn: date(120),
      respondedAt: day(-61),
    },
    {
      ...base,
      mentorUserId: c1.id,
      menteePersonId: mentees[1].id,
      goals: 'Obtenir la certification ONSSA',
      status: MentorshipStatus.ACTIVE,
      startsOn: date(-30),
      endsOn: date(150),
      respondedAt: day(-31),
    },
    {
      ...base,
      mentorUserId: c0.id,
      menteePersonId: mentees[2].id,
      goals: 'Tenir une comptabilité simple',
      status: MentorshipStatus.REQUESTED,
      startsOn: null,
      endsOn: null,
      respondedAt: null,
    },
    {
      ...base,
      mentorUserId: c1.id,
      menteePersonId: mentees[3].id,
      goals: 'Préparer un dossier de financement',
      status: MentorshipStatus.COMPLETED,
      startsOn: date(-200),
      endsOn: date(-20),
      respondedAt: day(-201),
    },
  ];
  await m.insert(Mentorship, rows);
  // Declined by one mentor, then asked of the next.
  const declined = await m.save(
    m.create(Mentorship, {
      ...base,
      mentorUserId: c0.id,
      menteePersonId: mentees[4].id,
      goals: 'Trouver des clients à Agadir',
      status: MentorshipStatus.DECLINED,
      startsOn: null,
      endsOn: null,
      respondedAt: day(-2),
    }),
  );
  await m.insert(Mentorship, {
    ...base,
    mentorUserId: c1.id,
    menteePersonId: mentees[4].id,
    goals: declined.goals,
    status: MentorshipStatus.REQUESTED,
    startsOn: null,
    endsOn: null,
    respondedAt: null,
    previousRequestId: declined.id,
  });
}
