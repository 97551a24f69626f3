import { EntityManager } from 'typeorm';
import { User } from '../modules/auth/user.entity';
import { Person } from '../modules/person/person.entity';
import { SessionCoach } from '../modules/session/session-coach.entity';
import { SessionParticipant } from '../modules/session/session-participant.entity';
import { CoachingSession } from '../modules/session/session.entity';
import { Attendance, SessionKind, SessionMode, SessionStatus } from '../modules/session/session.enums';

const PLACES = ['Douar Tifawin', 'Maison des coopératives', 'Commune rurale', 'Centre de formation', 'Siège de la coopérative'];
const TOPICS = ['comptabilité', 'marketing', 'qualité', 'emballage', 'prix de vente', 'réseaux sociaux', 'financement'];

/**
 * Four months of sessions around "now": past ones logged (done, a few no-shows and cancellations,
 * attendance ticked), future ones planned, and monthly trainings with many participants. Each coach
 * has at most one session per slot, so the no-double-booking constraint holds.
 */
export async function seedDemoSessions(
  m: EntityManager,
  organizationId: string,
  ctx: { coaches: User[]; assignees: Map<string, Person[]>; rnd: () => number },
): Promise<void> {
  const { coaches, assignees, rnd } = ctx;
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const sessions: CoachingSession[] = [];
  const coachRows: Array<Partial<SessionCoach>> = [];
  const participantRows: Array<Partial<SessionParticipant>> = [];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  /** Participants per session, in session order */
  const counts: number[] = [];
  const TRAINING_SEATS = 20;

  for (const coach of coaches) {
    const people = assignees.get(coach.id) ?? [];
    if (!people.length) continue;
    for (let week = -12; week <= 4; week++) {
      for (const [day, hour] of [
        [0, 9],
        [1, 14],
        [3, 10],
      ] as const) {
        const startsAt = new Date(monday.getTime() + (week * 7 + day) * 86_400_000 + (hour - 1) * 3_600_000); // local hour in UTC+1
        const endsAt = new Date(startsAt.getTime() + (rnd() < 0.5 ? 60 : 90) * 60_000);
        const past = endsAt < now;
        const r = rnd();
        const status = !past
          ? SessionStatus.PLANNED
          : r < 0.85
            ? SessionStatus.DONE
            : r < 0.93
              ? SessionStatus.NO_SHOW
              : SessionStatus.CANCELLED;
        const training = day === 3 && week % 4 === 0;
        // The demo entrepreneurs (first in their coach's list) get a session every Monday, past and coming.
        // Trainings: up to 24 invited for 20 seats, the others on the waiting list.
        const participants = training
          ? people.slice(0, Math.min(TRAINING_SEATS + 4, people.length))
          : day === 0
            ? [people[0]]
            : [pick(people)];
        const session = m.create(CoachingSession, {
          organizationId,
          kind: training ? SessionKind.TRAINING : rnd() < 0.7 ? SessionKind.COACHING : SessionKind.TECHNICAL_ASSISTANCE,
          startsAt,
          endsAt,
          mode: rnd() < 0.7 ? SessionMode.ON_SITE : SessionMode.PHONE,
          place: pick(PLACES),
          status,
          cooperativeId: null,
          ventureId: null,
          notes: status === SessionStatus.DONE ? 'Point sur les ventes du mois et le cahier de caisse.' : null,
          nextSteps: status === SessionStatus.DONE ? 'Préparer les étiquettes pour le souk hebdomadaire.' : null,
          topics: [pick(TOPICS)],
          capacity: training ? TRAINING_SEATS : null,
          cancelReason: status === SessionStatus.CANCELLED ? 'Route coupée par la pluie' : null,
          createdBy: coach.id,
        });
        sessions.push(session);
        coachRows.push({
          userId: coach.id,
          organizationId,
          during: `[${startsAt.toISOString()},${endsAt.toISOString()})`,
          blocking: status === SessionStatus.PLANNED || status === SessionStatus.DONE,
        });
        counts.push(participants.length);
        participants.forEach((p, index) => {
          const waitlisted = training && index >= TRAINING_SEATS;
          participantRows.push({
            personId: p.id,
            organizationId,
            attendance: waitlisted
              ? null
              : status === SessionStatus.DONE
                ? rnd() < 0.85
                  ? Attendance.PRESENT
                  : rnd() < 0.5
                    ? Attendance.EXCUSED
                    : Attendance.ABSENT
                : status === SessionStatus.NO_SHOW
                  ? Attendance.ABSENT
                  : null,
            confirmedAt: null,
            waitlisted,
            waitlistRank: waitlisted ? index - TRAINING_SEATS + 1 : null,
          });
        });
      }
    }
    // A training held yesterday afternoon, still to log: attendance is taken with the grid.
    const yesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1, 15));
    const invited = people.slice(0, Math.min(TRAINING_SEATS + 3, people.length));
    sessions.push(
      m.create(CoachingSession, {
        organizationId,
        kind: SessionKind.TRAINING,
        startsAt: yesterday,
        endsAt: new Date(yesterday.getTime() + 2 * 3_600_000),
        mode: SessionMode.ON_SITE,
        place: 'Centre de formation',
        status: SessionStatus.PLANNED,
        cooperativeId: null,
        ventureId: null,
        notes: null,
        nextSteps: null,
        topics: ['comptabilité'],
        capacity: TRAINING_SEATS,
        cancelReason: null,
        createdBy: coach.id,
      }),
    );
    coachRows.push({
      userId: coach.id,
      organizationId,
      during: `[${yesterday.toISOString()},${new Date(yesterday.getTime() + 2 * 3_600_000).toISOString()})`,
      blocking: true,
    });
    counts.push(invited.length);
    invited.forEach((p, index) => {
      const waitlisted = index >= TRAINING_SEATS;
      participantRows.push({
        personId: p.id,
        organizationId,
        attendance: null,
        confirmedAt: null,
        waitlisted,
        waitlistRank: waitlisted ? index - TRAINING_SEATS + 1 : null,
      });
    });
  }
  await m.save(CoachingSession, sessions, { chunk: 200 });
  // Rows were pushed in session order; give each its session id.
  let pi = 0;
  sessions.forEach((s, i) => {
    coachRows[i].sessionId = s.id;
    for (let k = 0; k < counts[i]; k++) participantRows[pi++].sessionId = s.id;
  });
  await m.insert(SessionCoach, coachRows);
  for (let i = 0; i < participantRows.length; i += 500) await m.insert(SessionParticipant, participantRows.slice(i, i + 500));
}
