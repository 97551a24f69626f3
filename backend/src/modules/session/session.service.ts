import { Injectable } from '@nestjs/common';
import { ErrorCode, ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned-update';
import { User } from '../auth/user.entity';
import { CooperativeService } from '../cooperative/cooperative.service';
import { PersonService } from '../person/person.service';
import { VentureService } from '../venture/venture.service';
import { LogSessionInput, RescheduleSessionInput, ScheduleSessionInput, SessionFilter } from './dto/session.inputs';
import { freeSlots } from './free-slots';
import { SessionCoach } from './session-coach.entity';
import { SessionParticipant } from './session-participant.entity';
import { applySessionVisibility } from './session.access';
import { CoachingSession } from './session.entity';
import { BLOCKING_STATUSES, SessionStatus } from './session.enums';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
const range = (start: Date, end: Date) => `[${start.toISOString()},${end.toISOString()})`;
const isExclusionViolation = (err: unknown) => (err as { driverError?: { code?: string }; code?: string }).driverError?.code === '23P01' || (err as { code?: string }).code === '23P01';

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
    private readonly cooperatives: CooperativeService,
    private readonly ventures: VentureService,
  ) {}

  visible(actor: Actor, m: EntityManager = this.dataSource.manager) {
    return applySessionVisibility(m.createQueryBuilder(CoachingSession, 's'), actor, 's');
  }

  list(actor: Actor, page: PageArgs, filter: SessionFilter, withCount: boolean): Promise<ConnectionShape<CoachingSession>> {
    const qb = this.visible(actor);
    if (filter.coachId) qb.andWhere('EXISTS (SELECT 1 FROM session_coach fc WHERE fc.session_id = s.id AND fc.user_id = :fCoach)', { fCoach: filter.coachId });
    if (filter.personId) qb.andWhere('EXISTS (SELECT 1 FROM session_participant fp WHERE fp.session_id = s.id AND fp.person_id = :fPerson)', { fPerson: filter.personId });
    if (filter.from) qb.andWhere('s.ends_at > :fFrom', { fFrom: filter.from });
    if (filter.to) qb.andWhere('s.starts_at < :fTo', { fTo: filter.to });
    if (filter.status) qb.andWhere('s.status = :fStatus', { fStatus: filter.status });
    if (filter.kind) qb.andWhere('s.kind = :fKind', { fKind: filter.kind });
    return paginate(qb, page, { expression: "date_trunc('milliseconds', s.starts_at)", direction: 'ASC' }, { withCount, sortValue: (s) => s.startsAt });
  }

  async get(actor: Actor, id: string, m?: EntityManager): Promise<CoachingSession> {
    const session = await this.visible(actor, m).andWhere('s.id = :id', { id }).getOne();
    if (!session) throw notFound('session');
    return session;
  }

  /** Admins change any session, leads those they see, coaches only those they run. */
  private async assertRuns(actor: Actor, session: CoachingSession, m: EntityManager): Promise<void> {
    if (actor.role === Role.ADMIN || actor.role === Role.PROGRAM_LEAD) return;
    if (actor.role === Role.COACH && (await m.existsBy(SessionCoach, { sessionId: session.id, userId: actor.userId }))) return;
    throw forbidden();
  }

  async schedule(actor: Actor, input: ScheduleSessionInput): Promise<CoachingSession> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    this.checkTimes(input.startsAt, input.endsAt);
    const coachIds = [...new Set(input.coachIds)];
    if (actor.role === Role.COACH && !coachIds.includes(actor.userId)) throw badInput('coachIds', ErrorReason.INVALID_VALUE, 'A coach schedules her own sessions');
    try {
      return await this.dataSource.transaction(async (m) => {
        const coaches = await m.findBy(User, { id: In(coachIds), organizationId: actor.organizationId, role: In([Role.COACH, Role.PROGRAM_LEAD, Role.ADMIN]) });
        if (coaches.length !== coachIds.length) throw badInput('coachIds', ErrorReason.INVALID_VALUE, 'Unknown coach');
        const participantIds = [...new Set(input.participantIds ?? [])];
        for (const id of participantIds) await this.people.get(actor, id, m);
        if (input.cooperativeId) await this.cooperatives.get(actor, input.cooperativeId, m);
        if (input.ventureId) await this.ventures.get(actor, input.ventureId, m);
        const session = m.create(CoachingSession, {
          organizationId: actor.organizationId,
          kind: input.kind,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          mode: input.mode,
          place: input.place?.trim() || null,
          status: SessionStatus.PLANNED,
          cooperativeId: input.cooperativeId ?? null,
          ventureId: input.ventureId ?? null,
          notes: null,
          nextSteps: null,
          topics: input.topics ?? [],
          capacity: input.capacity ?? null,
          cancelReason: null,
          createdBy: actor.userId,
        });
        await m.save(session);
        await m.insert(SessionCoach, coachIds.map((userId) => ({ sessionId: session.id, userId, organizationId: actor.organizationId, during: range(input.startsAt, input.endsAt), blocking: true })));
        if (participantIds.length) {
          await m.insert(
            SessionParticipant,
            participantIds.map((personId, i) => ({ sessionId: session.id, personId, organizationId: actor.organizationId, waitlisted: input.capacity ? i >= input.capacity : false })),
          );
        }
        return this.get(actor, session.id, m);
      });
    } catch (err) {
      if (isExclusionViolation(err)) throw await this.clash(actor, coachIds, input.startsAt, input.endsAt, null);
      throw err;
    }
  }

  async reschedule(actor: Actor, input: RescheduleSessionInput): Promise<CoachingSession> {
    this.checkTimes(input.startsAt, input.endsAt);
    let coachIds: string[] = [];
    try {
      return await this.dataSource.transaction(async (m) => {
        const session = await this.get(actor, input.id, m);
        await this.assertRuns(actor, session, m);
        if (session.status !== SessionStatus.PLANNED) throw badInput('id', ErrorReason.INVALID_VALUE, 'Only a planned session can move');
        coachIds = (await m.findBy(SessionCoach, { sessionId: session.id })).map((c) => c.userId);
        await updateVersioned(m, CoachingSession, actor, { id: session.id, version: input.version }, { startsAt: input.startsAt, endsAt: input.endsAt }, 'session');
        await m.update(SessionCoach, { sessionId: session.id }, { during: range(input.startsAt, input.endsAt) });
        return this.get(actor, session.id, m);
      });
    } catch (err) {
      if (isExclusionViolation(err)) throw await this.clash(actor, coachIds, input.startsAt, input.endsAt, input.id);
      throw err;
    }
  }

  /** "Three taps": done (or no-show, cancelled), who came, notes and next steps — one transaction. */
  async log(actor: Actor, input: LogSessionInput): Promise<CoachingSession> {
    return this.dataSource.transaction(async (m) => {
      const session = await this.get(actor, input.id, m);
      await this.assertRuns(actor, session, m);
      const status = input.status ?? SessionStatus.DONE;
      if (status === SessionStatus.PLANNED) throw badInput('status', ErrorReason.INVALID_VALUE, 'Log a session as done, no-show or cancelled');
      if (status === SessionStatus.DONE && session.startsAt > new Date()) throw badInput('status', ErrorReason.INVALID_VALUE, 'A session cannot be done before it starts');
      const values: Partial<CoachingSession> = { status };
      if (input.notes !== undefined) values.notes = input.notes?.trim() || null;
      if (input.nextSteps !== undefined) values.nextSteps = input.nextSteps?.trim() || null;
      if (input.topics !== undefined) values.topics = input.topics.map((t) => t.trim()).filter(Boolean);
      if (status === SessionStatus.CANCELLED) values.cancelReason = input.cancelReason?.trim() || null;
      await updateVersioned(m, CoachingSession, actor, { id: session.id, version: input.version }, values, 'session');
      await m.update(SessionCoach, { sessionId: session.id }, { blocking: BLOCKING_STATUSES.includes(status) });
      for (const a of input.attendance ?? []) {
        const res = await m.update(SessionParticipant, { sessionId: session.id, personId: a.personId }, { attendance: a.attendance });
        if (!res.affected) throw badInput('attendance', ErrorReason.INVALID_VALUE, 'Not a participant of this session');
      }
      return this.get(actor, session.id, m);
    });
  }

  /** The entrepreneur confirms she will come. */
  async confirm(actor: Actor, sessionId: string): Promise<CoachingSession> {
    return this.dataSource.transaction(async (m) => {
      const session = await this.get(actor, sessionId, m);
      const rows: unknown[] = await m.query(
        `UPDATE session_participant SET confirmed_at = now()
          WHERE session_id = $1 AND organization_id = $2
            AND person_id IN (SELECT id FROM person WHERE user_id = $3 AND organization_id = $2) RETURNING person_id`,
        [session.id, actor.organizationId, actor.userId],
      );
      if (!rows.length) throw notFound('session');
      return session;
    });
  }

  private checkTimes(startsAt: Date, endsAt: Date): void {
    if (!(endsAt > startsAt)) throw badInput('endsAt', ErrorReason.INVALID_VALUE, 'The end must be after the start');
    if (endsAt.getTime() - startsAt.getTime() > 24 * 3_600_000) throw badInput('endsAt', ErrorReason.INVALID_VALUE, 'A session lasts at most 24 hours');
  }

  /** CONFLICT naming the clashing session (if the caller may see it) and proposing the coach's next free slots. */
  private async clash(actor: Actor, coachIds: string[], startsAt: Date, endsAt: Date, selfId: string | null): Promise<AppError> {
    const rows: Array<{ session_id: string; user_id: string; lower: Date; upper: Date }> = await this.dataSource.query(
      `SELECT sc.session_id, sc.user_id, lower(sc.during) AS lower, upper(sc.during) AS upper FROM session_coach sc
        WHERE sc.organization_id = $1 AND sc.user_id = ANY($2) AND sc.blocking AND sc.during && tstzrange($3, $4) AND sc.session_id IS DISTINCT FROM $5
        ORDER BY lower(sc.during) LIMIT 1`,
      [actor.organizationId, coachIds, startsAt, endsAt, selfId],
    );
    const hit = rows[0];
    let busy: Array<{ start: Date; end: Date }> = [];
    if (hit) {
      const rows: Array<{ start: Date; end: Date }> = await this.dataSource.query(
        `SELECT lower(during) AS start, upper(during) AS "end" FROM session_coach WHERE user_id = $1 AND blocking AND upper(during) > $2 AND lower(during) < $2::timestamptz + interval '15 days'`,
        [hit.user_id, startsAt],
      );
      busy = rows.map((r) => ({ start: new Date(r.start), end: new Date(r.end) }));
    }
    const slots = freeSlots(startsAt, endsAt.getTime() - startsAt.getTime(), busy);
    const visible = hit ? await this.visible(actor).andWhere('s.id = :id', { id: hit.session_id }).getExists() : false;
    return new AppError(ErrorCode.CONFLICT, 'The coach already has a session at that time', {
      reason: ErrorReason.DUPLICATE,
      field: 'startsAt',
      clashingSessionId: visible ? hit?.session_id : null,
      clashingCoachId: hit?.user_id ?? null,
      clashStartsAt: hit ? new Date(hit.lower).toISOString() : null,
      clashEndsAt: hit ? new Date(hit.upper).toISOString() : null,
      freeSlots: slots.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })),
    });
  }
}
