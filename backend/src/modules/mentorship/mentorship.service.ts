import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { updateVersioned } from '../../common/versioned-update';
import { User } from '../auth/user.entity';
import { NotificationKind } from '../notification/notification.entity';
import { NotificationService } from '../notification/notification.service';
import { Person } from '../person/person.entity';
import { PersonService } from '../person/person.service';
import { returnedRows } from '../../common/sql';
import { personVisibilitySql } from '../person/person.access';
import { RequestMentorshipInput, RespondMentorshipInput } from './dto/mentorship.inputs';
import { Mentorship, MentorshipStatus } from './mentorship.entity';

/** Why a mentor is suggested (the client shows each reason in the user's language). */
export enum MatchReason {
  SAME_VALUE_CHAIN = 'SAME_VALUE_CHAIN',
  SPEAKS_HER_LANGUAGE = 'SPEAKS_HER_LANGUAGE',
  SERVES_HER_REGION = 'SERVES_HER_REGION',
  HAS_CAPACITY = 'HAS_CAPACITY',
}

export interface Suggestion {
  mentor: User;
  score: number;
  reasons: MatchReason[];
  load: number;
  capacity: number | null;
}

/** Hours a week one mentee or assignee takes, for remaining capacity. */
const HOURS_PER_MENTEE = 1;

/** A request unanswered this many days moves on to the next suggested mentor. */
export const MENTOR_REQUEST_DAYS = 7;

@Injectable()
export class MentorshipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
    private readonly notifications: NotificationService,
  ) {}

  /** Mentorships the caller may see: admins all; the mentor hers; others those whose mentee they may see. */
  async list(actor: Actor, filter: { menteeId?: string; mentorId?: string; status?: MentorshipStatus }): Promise<Mentorship[]> {
    const qb = this.dataSource.createQueryBuilder(Mentorship, 'ms').where('ms.organization_id = :org', { org: actor.organizationId });
    if (actor.role !== Role.ADMIN) {
      const p = personVisibilitySql(actor, 'mp');
      qb.andWhere(`(ms.mentor_user_id = :me OR EXISTS (SELECT 1 FROM person mp WHERE mp.id = ms.mentee_person_id AND ${p.sql}))`, { ...p.params, me: actor.userId });
    }
    if (filter.menteeId) qb.andWhere('ms.mentee_person_id = :mentee', { mentee: filter.menteeId });
    if (filter.mentorId) qb.andWhere('ms.mentor_user_id = :mentor', { mentor: filter.mentorId });
    if (filter.status) qb.andWhere('ms.status = :status', { status: filter.status });
    return qb.orderBy('ms.created_at', 'DESC').limit(200).getMany();
  }

  async request(actor: Actor, input: RequestMentorshipInput): Promise<Mentorship> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      await this.people.get(actor, input.menteeId, m);
      const mentor = await m.findOneBy(User, { id: input.mentorId, organizationId: actor.organizationId, role: Role.COACH });
      if (!mentor || mentor.disabledAt) throw badInput('mentorId', ErrorReason.INVALID_VALUE, 'The mentor must be an active coach of this organisation');
      if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
      if (await m.existsBy(Mentorship, { mentorUserId: input.mentorId, menteePersonId: input.menteeId, status: In([MentorshipStatus.REQUESTED, MentorshipStatus.ACTIVE]) })) {
        throw badInput('mentorId', ErrorReason.DUPLICATE, 'This pairing is already requested or active');
      }
      const created = await m.save(
        m.create(Mentorship, {
          organizationId: actor.organizationId,
          mentorUserId: input.mentorId,
          menteePersonId: input.menteeId,
          programId: input.programId ?? null,
          goals: input.goals?.trim() || null,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          status: MentorshipStatus.REQUESTED,
          requestedBy: actor.userId,
          respondedAt: null,
          previousRequestId: null,
        }),
      );
      await this.tellMentor(m, created, await this.people.get(actor, input.menteeId, m));
      return created;
    });
  }

  /** The mentor accepts (ACTIVE) or declines a request. */
  async respond(actor: Actor, input: RespondMentorshipInput): Promise<Mentorship> {
    return this.dataSource.transaction(async (m) => {
      const ms = await m.findOneBy(Mentorship, { id: input.id, organizationId: actor.organizationId });
      if (!ms || (ms.mentorUserId !== actor.userId && actor.role !== Role.ADMIN)) throw notFound('mentorship');
      if (ms.status !== MentorshipStatus.REQUESTED) throw badInput('id', ErrorReason.INVALID_VALUE, 'This request was already answered');
      await updateVersioned(m, Mentorship, actor, { id: ms.id, version: input.version }, {
        status: input.accept ? MentorshipStatus.ACTIVE : MentorshipStatus.DECLINED,
        respondedAt: new Date(),
        ...(input.accept && !ms.startsOn ? { startsOn: new Date().toISOString().slice(0, 10) } : {}),
      }, 'mentorship');
      const answered = await m.findOneByOrFail(Mentorship, { id: ms.id });
      // Declined: the next suggested mentor is asked, in the same transaction.
      if (!input.accept) await this.moveOn(m, answered);
      return answered;
    });
  }

  /**
   * Mentors for a mentee, ranked: same value chain as her ventures (3), speaks her language (2),
   * serves her region (2), has capacity left (1 — and no suggestion without it). Coaches she already
   * has an open pairing with, or who declined her, are left out.
   */
  async suggestions(actor: Actor, menteeId: string): Promise<Suggestion[]> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    const mentee = await this.people.get(actor, menteeId);
    return this.rank(this.dataSource.manager, actor.organizationId, mentee);
  }

  private async rank(m: EntityManager, organizationId: string, mentee: Person): Promise<Suggestion[]> {
    const rows: Array<{ user_id: string; chain: boolean; language: boolean; region: boolean; capacity: number | null; load: number }> = await m.query(
      `SELECT u.id AS user_id,
              coalesce(cp.value_chain_ids && (SELECT array_agg(v.value_chain_id) FROM venture v WHERE v.owner_person_id = $2 AND v.value_chain_id IS NOT NULL), false) AS chain,
              coalesce($3::text = ANY(cp.languages), false) AS language,
              coalesce($4::text = ANY(cp.region_codes), false) AS region,
              cp.weekly_capacity_hours AS capacity,
              ((SELECT count(*) FROM mentorship ms WHERE ms.mentor_user_id = u.id AND ms.status = 'ACTIVE')
               + (SELECT count(*) FROM enrolment_coach ec JOIN enrolment e ON e.id = ec.enrolment_id WHERE ec.user_id = u.id AND e.status = 'ACTIVE'))::int AS load
         FROM app_user u LEFT JOIN coach_profile cp ON cp.user_id = u.id
        WHERE u.organization_id = $1 AND u.role = 'COACH' AND u.disabled_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM mentorship x WHERE x.mentor_user_id = u.id AND x.mentee_person_id = $2 AND x.status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'EXPIRED'))`,
      [organizationId, mentee.id, mentee.preferredLocale ?? 'ar', mentee.regionCode],
    );
    const users = rows.length ? await m.getRepository(User).findBy({ id: In(rows.map((r) => r.user_id)) }) : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    return rows
      .map((r) => {
        const reasons: MatchReason[] = [];
        if (r.chain) reasons.push(MatchReason.SAME_VALUE_CHAIN);
        if (r.language) reasons.push(MatchReason.SPEAKS_HER_LANGUAGE);
        if (r.region) reasons.push(MatchReason.SERVES_HER_REGION);
        const hasCapacity = r.capacity === null || r.capacity - r.load * HOURS_PER_MENTEE >= HOURS_PER_MENTEE;
        if (hasCapacity) reasons.push(MatchReason.HAS_CAPACITY);
        const score = (r.chain ? 3 : 0) + (r.language ? 2 : 0) + (r.region ? 2 : 0) + (hasCapacity ? 1 : 0);
        return { mentor: byId.get(r.user_id)!, score, reasons, load: r.load, capacity: r.capacity, hasCapacity };
      })
      .filter((s) => s.hasCapacity)
      .sort((a, b) => b.score - a.score || a.load - b.load || a.mentor.displayName.localeCompare(b.mentor.displayName))
      .map(({ hasCapacity: _h, ...s }) => s);
  }

  /** Tells the mentor she is asked (in-app and the configured channels), inside the request's transaction. */
  private async tellMentor(m: EntityManager, ms: Mentorship, mentee: Person): Promise<void> {
    const mentor = await m.findOneByOrFail(User, { id: ms.mentorUserId });
    await this.notifications.enqueue(m, [
      {
        organizationId: ms.organizationId,
        recipientUserId: mentor.id,
        recipientPersonId: null,
        kind: NotificationKind.MENTOR_REQUEST,
        sessionId: null,
        locale: mentor.locale,
        at: new Date(),
        subject: `${mentee.firstName} ${mentee.lastName}`,
        dedupe: ms.id,
      },
    ]);
  }

  /**
   * A declined or expired request moves on: a new request to the best-ranked mentor not yet asked
   * for this mentee, recording the one it follows. Null when no mentor is left.
   */
  private async moveOn(m: EntityManager, previous: Mentorship): Promise<Mentorship | null> {
    const mentee = await m.findOneByOrFail(Person, { id: previous.menteePersonId, organizationId: previous.organizationId });
    const [next] = await this.rank(m, previous.organizationId, mentee);
    if (!next) return null;
    const created = await m.save(
      m.create(Mentorship, {
        organizationId: previous.organizationId,
        mentorUserId: next.mentor.id,
        menteePersonId: previous.menteePersonId,
        programId: previous.programId,
        goals: previous.goals,
        startsOn: previous.startsOn,
        endsOn: previous.endsOn,
        status: MentorshipStatus.REQUESTED,
        requestedBy: previous.requestedBy,
        respondedAt: null,
        previousRequestId: previous.id,
      }),
    );
    await this.tellMentor(m, created, mentee);
    return created;
  }

  /**
   * The scheduled job: requests left unanswered for `days` days expire and move on to the next
   * mentor. Rows are claimed with SKIP LOCKED, so two app instances never move the same one twice.
   * Returns how many expired.
   */
  async expireUnanswered(now = new Date(), days = MENTOR_REQUEST_DAYS): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const expired = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE mentorship SET status = 'EXPIRED', responded_at = $1, version = version + 1, updated_at = now()
            WHERE id IN (SELECT id FROM mentorship WHERE status = 'REQUESTED' AND created_at < $1::timestamptz - make_interval(days => $2) ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 200)
            RETURNING id`,
          [now, days],
        ),
      );
      for (const { id } of expired) await this.moveOn(m, await m.findOneByOrFail(Mentorship, { id }));
      return expired.length;
    });
  }
}
