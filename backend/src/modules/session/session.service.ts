import { Injectable } from '@nestjs/common';
import { addLocalDays, ErrorCode, ErrorReason, fromWallClock, Role, wallClock } from '@rafiq/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { returnedRows } from '../../common/sql';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned-update';
import { User } from '../auth/user.entity';
import { CooperativeService } from '../cooperative/cooperative.service';
import { PersonService } from '../person/person.service';
import { VentureService } from '../venture/venture.service';
import { randomUUID } from 'node:crypto';
import {
  ChangeScope,
  LogSessionInput,
  RepeatEvery,
  RescheduleSessionInput,
  ScheduleSessionInput,
  SessionFilter,
  SlotCheckInput,
} from './dto/session.inputs';
import { CoachProfile } from '../coach/coach-profile.entity';
import { ActionItem, ActionItemStatus, ActionOwnerKind, ActionSourceKind } from '../action-item/action-item.entity';
import { minutesOf } from '../coach/working-hours';
import { DEFAULT_HOURS, freeSlots, withinWorkingHours, WorkingHours } from './free-slots';
import { AbsenceNotifier } from './absence-notifier';
import { OrganizationService } from '../organization/organization.service';
import { SessionCoach } from './session-coach.entity';
import { SessionParticipant } from './session-participant.entity';
import { applySessionVisibility } from './session.access';
import { CoachingSession } from './session.entity';
import { Attendance, BLOCKING_STATUSES, SessionStatus } from './session.enums';
import { idempotent } from '../idempotency/idempotency';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
const range = (start: Date, end: Date) => `[${start.toISOString()},${end.toISOString()})`;
const isExclusionViolation = (err: unknown) =>
  (err as { driverError?: { code?: string }; code?: string }).driverError?.code === '23P01' || (err as { code?: string }).code === '23P01';

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
    private readonly cooperatives: CooperativeService,
    private readonly ventures: VentureService,
    private readonly absences: AbsenceNotifier,
    private readonly organizations: OrganizationService,
  ) {}

  visible(actor: Actor, m: EntityManager = this.dataSource.manager) {
    return applySessionVisibility(m.createQueryBuilder(CoachingSession, 's'), actor, 's');
  }

  list(actor: Actor, page: PageArgs, filter: SessionFilter, withCount: boolean): Promise<ConnectionShape<CoachingSession>> {
    const qb = this.visible(actor);
    if (filter.coachId)
      qb.andWhere('EXISTS (SELECT 1 FROM session_coach fc WHERE fc.session_id = s.id AND fc.user_id = :fCoach)', {
        fCoach: filter.coachId,
      });
    if (filter.personId)
      qb.andWhere('EXISTS (SELECT 1 FROM session_participant fp WHERE fp.session_id = s.id AND fp.person_id = :fPerson)', {
        fPerson: filter.personId,
      });
    if (filter.from) qb.andWhere('s.ends_at > :fFrom', { fFrom: filter.from });
    if (filter.to) qb.andWhere('s.starts_at < :fTo', { fTo: filter.to });
    if (filter.status) qb.andWhere('s.status = :fStatus', { fStatus: filter.status });
    if (filter.kind) qb.andWhere('s.kind = :fKind', { fKind: filter.kind });
    return paginate(
      qb,
      page,
      { expression: "date_trunc('milliseconds', s.starts_at)", direction: 'ASC' },
      { withCount, sortValue: (s) => s.startsAt },
    );
  }

  async get(actor: Actor, id: string, m?: EntityManager): Promise<CoachingSession> {
    const session = await this.visible(actor, m).andWhere('s.id = :id', { id }).getOne();
    if (!session) throw notFound('session');
    return session;
  }

  /**
   * `get` then `assertRuns`, in one statement: the session if the caller sees it (else NOT_FOUND) and
   * may change it (else FORBIDDEN). Used on the write path of logging a session.
   */
  async getToRun(actor: Actor, id: string, m: EntityManager): Promise<CoachingSession> {
    const qb = this.visible(actor, m).andWhere('s.id = :id', { id });
    if (actor.role === Role.COACH)
      qb.addSelect('EXISTS (SELECT 1 FROM session_coach rsc WHERE rsc.session_id = s.id AND rsc.user_id = :runsUser)', 'runs').setParameter(
        'runsUser',
        actor.userId,
      );
    const { entities, raw } = await qb.getRawAndEntities<{ runs?: boolean }>();
    const session = entities[0];
    if (!session) throw notFound('session');
    if (actor.role === Role.ADMIN || actor.role === Role.PROGRAM_LEAD) return session;
    if (actor.role === Role.COACH && raw[0]?.runs === true) return session;
    throw forbidden();
  }

  /** Admins change any session, leads those they see, coaches only those they run. */
  async assertRuns(actor: Actor, session: CoachingSession, m: EntityManager): Promise<void> {
    if (actor.role === Role.ADMIN || actor.role === Role.PROGRAM_LEAD) return;
    if (actor.role === Role.COACH && (await m.existsBy(SessionCoach, { sessionId: session.id, userId: actor.userId }))) return;
    throw forbidden();
  }

  async schedule(actor: Actor, input: ScheduleSessionInput): Promise<CoachingSession> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    this.checkTimes(input.startsAt, input.endsAt);
    const coachIds = [...new Set(input.coachIds)];
    if (actor.role === Role.COACH && !coachIds.includes(actor.userId))
      throw badInput('coachIds', ErrorReason.INVALID_VALUE, 'A coach schedules her own sessions');
    // A series keeps its wall-clock time in the organisation's zone (10:00 stays 10:00 when the offset changes).
    const timeZone = await this.organizations.timeZoneOf(actor.organizationId);
    const stepDays = input.repeat ? { [RepeatEvery.DAY]: 1, [RepeatEvery.WEEK]: 7, [RepeatEvery.TWO_WEEKS]: 14 }[input.repeat.every] : 0;
    const length = input.endsAt.getTime() - input.startsAt.getTime();
    const occurrences = Array.from({ length: input.repeat?.count ?? 1 }, (_, i) => {
      const startsAt = i ? addLocalDays(input.startsAt, i * stepDays, timeZone) : input.startsAt;
      return { startsAt, endsAt: new Date(startsAt.getTime() + length) };
    });
    try {
      return await idempotent(this.dataSource, actor, {
        operation: 'scheduleSession',
        key: input.idempotencyKey,
        payload: input,
        remember: (s) => ({ id: s.id }),
        replay: (r) => this.get(actor, (r as { id: string }).id),
        run: async (m) => {
        const coaches = await m.findBy(User, { id: In(coachIds), organizationId: actor.organizationId, role: In([Role.COACH, Role.PROGRAM_LEAD, Role.ADMIN]) });
        if (coaches.length !== coachIds.length) throw badInput('coachIds', ErrorReason.INVALID_VALUE, 'Unknown coach');
        const participantIds = [...new Set(input.participantIds ?? [])];
        for (const id of participantIds) await this.people.get(actor, id, m);
        if (input.cooperativeId) await this.cooperatives.get(actor, input.cooperativeId, m);
        if (input.ventureId) await this.ventures.get(actor, input.ventureId, m);
        const seriesId = occurrences.length > 1 ? randomUUID() : null;
        const created: CoachingSession[] = [];
        for (const o of occurrences) {
          const session = m.create(CoachingSession, {
            organizationId: actor.organizationId,
            kind: input.kind,
            startsAt: o.startsAt,
            endsAt: o.endsAt,
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
            seriesId,
            createdBy: actor.userId,
          });
          await m.save(session);
          await m.insert(
            SessionCoach,
            coachIds.map((userId) => ({
              sessionId: session.id,
              userId,
              organizationId: actor.organizationId,
              during: range(o.startsAt, o.endsAt),
              blocking: true,
            })),
          );
          if (participantIds.length) {
            await m.insert(
              SessionParticipant,
              participantIds.map((personId, i) => ({
                sessionId: session.id,
                personId,
                organizationId: actor.organizationId,
                waitlisted: input.capacity ? i >= input.capacity : false,
                waitlistRank: input.capacity && i >= input.capacity ? i - input.capacity + 1 : null,
              })),
            );
          }
          created.push(session);
        }
        return this.get(actor, created[0].id, m);
        },
      });
    } catch (err) {
      if (!isExclusionViolation(err)) throw err;
      // Which occurrence clashed: the first one that overlaps a blocking range of one of the coaches.
      for (const o of occurrences) {
        const error = await this.clash(actor, coachIds, o.startsAt, o.endsAt, null);
        if (error.extensions.clashingCoachId) throw error;
      }
      throw await this.clash(actor, coachIds, input.startsAt, input.endsAt, null);
    }
  }

  /** Before saving: the coaches' clashes with free slots, participants' clashes, and working hours. */
  async checkSlot(actor: Actor, input: SlotCheckInput) {
    if (!STAFF.includes(actor.role)) throw forbidden();
    this.checkTimes(input.startsAt, input.endsAt);
    const coachIds = [...new Set(input.coachIds)];
    const coaches = await this.dataSource.getRepository(User).findBy({ id: In(coachIds), organizationId: actor.organizationId });
    if (coaches.length !== coachIds.length) throw badInput('coachIds', ErrorReason.INVALID_VALUE, 'Unknown coach');
    const participantIds = [...new Set(input.participantIds ?? [])];
    for (const id of participantIds) await this.people.get(actor, id);
    const coachRows: Array<{ user_id: string; s: Date; e: Date }> = await this.dataSource.query(
      `SELECT user_id, lower(during) AS s, upper(during) AS e FROM session_coach
        WHERE organization_id = $1 AND user_id = ANY($2) AND blocking AND during && tstzrange($3, $4) AND session_id IS DISTINCT FROM $5`,
      [actor.organizationId, coachIds, input.startsAt, input.endsAt, input.sessionId ?? null],
    );
    const coachClashes = coachRows.map((r) => ({ coachId: r.user_id, startsAt: new Date(r.s), endsAt: new Date(r.e) }));
    const participantRows: Array<{ person_id: string; starts_at: Date; ends_at: Date }> = participantIds.length
      ? await this.dataSource.query(
          `SELECT p.person_id, s.starts_at, s.ends_at FROM session_participant p JOIN coaching_session s ON s.id = p.session_id
            WHERE p.organization_id = $1 AND p.person_id = ANY($2) AND s.status IN ('PLANNED', 'DONE')
              AND tstzrange(s.starts_at, s.ends_at) && tstzrange($3, $4) AND s.id IS DISTINCT FROM $5`,
          [actor.organizationId, participantIds, input.startsAt, input.endsAt, input.sessionId ?? null],
        )
      : [];
    const participantClashes = participantRows.map((r) => ({
      personId: r.person_id,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
    }));
    const outsideWorkingHours: string[] = [];
    const timeZone = await this.organizations.timeZoneOf(actor.organizationId);
    for (const id of coachIds) {
      if (!withinWorkingHours(input.startsAt, input.endsAt, await this.hoursFor(id, timeZone))) outsideWorkingHours.push(id);
    }
    const first = coachClashes[0]?.coachId ?? coachIds[0];
    const freeSlotsList = coachClashes.length ? await this.freeSlotsFor(first, input.startsAt, input.endsAt, timeZone) : [];
    return {
      coachClashes,
      participantClashes,
      outsideWorkingHours,
      freeSlots: freeSlotsList.map((s) => ({ startsAt: s.start, endsAt: s.end })),
    };
  }

  /** A coach's working hours from her profile, or the defaults, in the organisation's time zone. */
  async hoursFor(coachId: string, timeZone: string): Promise<WorkingHours> {
    const profile = await this.dataSource.getRepository(CoachProfile).findOneBy({ userId: coachId });
    if (!profile?.workingHours?.length && !profile?.daysOff?.length) return { ...DEFAULT_HOURS, timeZone };
    return {
      timeZone,
      windows: profile.workingHours?.length
        ? profile.workingHours.map((w) => ({ day: w.day, startMinutes: minutesOf(w.start), endMinutes: minutesOf(w.end) }))
        : DEFAULT_HOURS.windows,
      daysOff: profile.daysOff ?? [],
    };
  }

  private async freeSlotsFor(coachId: string, startsAt: Date, endsAt: Date, timeZone: string) {
    const rows: Array<{ start: Date; end: Date }> = await this.dataSource.query(
      `SELECT lower(during) AS start, upper(during) AS "end" FROM session_coach WHERE user_id = $1 AND blocking AND upper(during) > $2 AND lower(during) < $2::timestamptz + interval '15 days'`,
      [coachId, startsAt],
    );
    const busy = rows.map((r) => ({ start: new Date(r.start), end: new Date(r.end) }));
    return freeSlots(startsAt, endsAt.getTime() - startsAt.getTime(), busy, 3, await this.hoursFor(coachId, timeZone));
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
        await updateVersioned(
          m,
          CoachingSession,
          actor,
          { id: session.id, version: input.version },
          { startsAt: input.startsAt, endsAt: input.endsAt },
          'session',
        );
        await m.update(SessionCoach, { sessionId: session.id }, { during: range(input.startsAt, input.endsAt) });
        if (input.scope === ChangeScope.FOLLOWING && session.seriesId) {
          // The following planned sessions of the series move by the same number of days, to the new
          // wall-clock time in the organisation's zone, and take the new length.
          const timeZone = await this.organizations.timeZoneOf(actor.organizationId, m);
          const before = wallClock(session.startsAt, timeZone);
          const after = wallClock(input.startsAt, timeZone);
          const dayShift = Math.round((Date.UTC(after.y, after.m - 1, after.d) - Date.UTC(before.y, before.m - 1, before.d)) / 86_400_000);
          const length = input.endsAt.getTime() - input.startsAt.getTime();
          const following = await m
            .createQueryBuilder(CoachingSession, 's')
            .where('s.series_id = :series AND s.organization_id = :org AND s.status = :planned AND s.starts_at > :from AND s.id <> :self', {
              series: session.seriesId,
              org: actor.organizationId,
              planned: SessionStatus.PLANNED,
              from: session.startsAt,
              self: session.id,
            })
            .getMany();
          for (const f of following) {
            const w = wallClock(f.startsAt, timeZone);
            const day = new Date(Date.UTC(w.y, w.m - 1, w.d + dayShift));
            const startsAt = fromWallClock(
              { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), h: after.h, mi: after.mi },
              timeZone,
            );
            const endsAt = new Date(startsAt.getTime() + length);
            await m.update(CoachingSession, { id: f.id }, { startsAt, endsAt, version: () => 'version + 1' });
            await m.update(SessionCoach, { sessionId: f.id }, { during: range(startsAt, endsAt) });
          }
        }
        return this.get(actor, session.id, m);
      });
    } catch (err) {
      if (isExclusionViolation(err)) throw await this.clash(actor, coachIds, input.startsAt, input.endsAt, input.id);
      throw err;
    }
  }

  /** "Three taps": done (or no-show, cancelled), who came, notes and next steps — one transaction. */
  async log(actor: Actor, input: LogSessionInput): Promise<CoachingSession> {
    return idempotent(this.dataSource, actor, {
      operation: 'logSession',
      key: input.idempotencyKey,
      payload: input,
      remember: (s) => ({ id: s.id }),
      replay: (r) => this.get(actor, (r as { id: string }).id),
      run: (m) => this.logIn(m, actor, input),
    });
  }

  private async logIn(m: EntityManager, actor: Actor, input: LogSessionInput): Promise<CoachingSession> {
    {
      const session = await this.getToRun(actor, input.id, m);
      const status = input.status ?? SessionStatus.DONE;
      if (status === SessionStatus.PLANNED)
        throw badInput('status', ErrorReason.INVALID_VALUE, 'Log a session as done, no-show or cancelled');
      if (status === SessionStatus.DONE && session.startsAt > new Date())
        throw badInput('status', ErrorReason.INVALID_VALUE, 'A session cannot be done before it starts');
      const values: Partial<CoachingSession> = { status };
      if (input.notes !== undefined) values.notes = input.notes?.trim() || null;
      if (input.nextSteps !== undefined) values.nextSteps = input.nextSteps?.trim() || null;
      if (input.topics !== undefined) values.topics = (input.topics ?? []).map((t) => t.trim()).filter(Boolean);
      if (status === SessionStatus.CANCELLED) values.cancelReason = input.cancelReason?.trim() || null;
      await updateVersioned(m, CoachingSession, actor, { id: session.id, version: input.version }, values, 'session');
      await m.update(SessionCoach, { sessionId: session.id }, { blocking: BLOCKING_STATUSES.includes(status) });
      // Next steps of a done session about a venture join its action plan (one item per line, for the entrepreneur, in two weeks).
      const steps = (input.nextSteps ?? '')
        .split(/\r?\n/)
        .map((l) => l.replace(/^[-•*\s]+/, '').trim())
        .filter(Boolean);
      if (status === SessionStatus.DONE && session.ventureId && steps.length && session.status !== SessionStatus.DONE) {
        const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
        await m.insert(
          ActionItem,
          steps.slice(0, 20).map((title) => ({
            organizationId: actor.organizationId,
            ventureId: session.ventureId!,
            title: title.slice(0, 300),
            details: null,
            ownerKind: ActionOwnerKind.ENTREPRENEUR,
            ownerUserId: null,
            dueOn: due,
            status: ActionItemStatus.OPEN,
            doneAt: null,
            sourceKind: ActionSourceKind.SESSION,
            sourceId: session.id,
            createdBy: actor.userId,
          })),
        );
      }
      for (const a of input.attendance ?? []) {
        const res = await m.update(
          SessionParticipant,
          { sessionId: session.id, personId: a.personId, waitlisted: false },
          { attendance: a.attendance },
        );
        if (!res.affected) throw badInput('attendance', ErrorReason.INVALID_VALUE, 'Not a seated participant of this session');
      }
      if (status === SessionStatus.DONE) {
        const absent = (input.attendance ?? []).filter((a) => a.attendance === Attendance.ABSENT).map((a) => a.personId);
        await this.absences.afterAttendance(m, session, absent);
      }
      return this.get(actor, session.id, m);
    }
  }

  /** The entrepreneur confirms she will come. */
  async confirm(actor: Actor, sessionId: string): Promise<CoachingSession> {
    return this.dataSource.transaction(async (m) => {
      const session = await this.get(actor, sessionId, m);
      const rows = returnedRows(
        await m.query(
          `UPDATE session_participant SET confirmed_at = now()
          WHERE session_id = $1 AND organization_id = $2
            AND person_id IN (SELECT id FROM person WHERE user_id = $3 AND organization_id = $2) RETURNING person_id`,
          [session.id, actor.organizationId, actor.userId],
        ),
      );
      if (!rows.length) throw notFound('session');
      return session;
    });
  }

  private checkTimes(startsAt: Date, endsAt: Date): void {
    if (!(endsAt > startsAt)) throw badInput('endsAt', ErrorReason.INVALID_VALUE, 'The end must be after the start');
    if (endsAt.getTime() - startsAt.getTime() > 24 * 3_600_000)
      throw badInput('endsAt', ErrorReason.INVALID_VALUE, 'A session lasts at most 24 hours');
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
    const slots = hit
      ? await this.freeSlotsFor(hit.user_id, startsAt, endsAt, await this.organizations.timeZoneOf(actor.organizationId))
      : [];
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
