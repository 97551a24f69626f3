import { Args, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { applyPersonVisibility } from '../person/person.access';
import { Person } from '../person/person.entity';
import { ABSENCE_ALERT_THRESHOLD, absenceStreakSql } from '../session/training.sql';
import { applyVentureVisibility } from '../venture/venture.access';
import { Venture } from '../venture/venture.entity';
import { FollowUpService } from '../follow-up/follow-up.service';

export enum AlertKind {
  STALLED_VENTURE = 'STALLED_VENTURE',
  OVERDUE_ACTION = 'OVERDUE_ACTION',
  NO_RECENT_SESSION = 'NO_RECENT_SESSION',
  REPEATED_ABSENCES = 'REPEATED_ABSENCES',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
}
registerEnumType(AlertKind, { name: 'AlertKind' });

@ObjectType({ description: 'Something in the portfolio that needs attention' })
export class Alert {
  @Field(() => AlertKind)
  kind: AlertKind;

  @Field(() => ID, { nullable: true })
  ventureId: string | null;

  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field(() => ID, { nullable: true })
  actionItemId: string | null;

  @Field(() => ID, { nullable: true })
  followUpId: string | null;

  @Field({ description: 'What the alert is about: a venture title, an action, a name' })
  label: string;

  @Field(() => Int, {
    description:
      'Days in the stage, days overdue, days since the last session, (REPEATED_ABSENCES) unexcused absences in a row, or (FOLLOW_UP_DUE) days overdue, negative while not yet due',
  })
  days: number;
}

/**
 * The alerts of a coach's (or lead's, or admin's) home, over what the caller may see: ventures
 * stalled in a stage longer than their programme allows, overdue action items, and people with an
 * active enrolment who had no session in 30 days, people with 3 or more unexcused absences in a row, and
 * follow-ups after graduation due within a week.
 * Set-based queries, whatever the portfolio size.
 */
@Resolver(() => Alert)
export class AlertResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly followUps: FollowUpService,
  ) {}

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH)
  @Query(() => [Alert])
  async alerts(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number,
  ): Promise<Alert[]> {
    const cap = Math.min(Math.max(limit, 1), 200);
    const stalled = await applyVentureVisibility(this.dataSource.createQueryBuilder(Venture, 'v'), actor, 'v')
      .leftJoin('v.program', 'pr')
      .andWhere("v.archived_at IS NULL AND v.stage <> 'GROWING'")
      .andWhere('v.stage_since < now() - make_interval(days => coalesce(pr.stall_after_days, 90))')
      .select(['v.id AS id', 'v.title AS title', 'floor(extract(epoch FROM now() - v.stage_since) / 86400)::int AS days'])
      .orderBy('days', 'DESC')
      .limit(cap)
      .getRawMany<{ id: string; title: string; days: number }>();
    const overdue = await applyVentureVisibility(this.dataSource.createQueryBuilder(Venture, 'v'), actor, 'v')
      .innerJoin('action_item', 'ai', 'ai.venture_id = v.id')
      .andWhere("ai.status = 'OPEN' AND ai.due_on < CURRENT_DATE")
      .andWhere(actor.role === Role.COACH ? "(ai.owner_kind = 'ENTREPRENEUR' OR ai.owner_user_id = :me)" : 'true', { me: actor.userId })
      .select(['v.id AS venture_id', 'ai.id AS id', 'ai.title AS title', '(CURRENT_DATE - ai.due_on)::int AS days'])
      .orderBy('days', 'DESC')
      .limit(cap)
      .getRawMany<{ venture_id: string; id: string; title: string; days: number }>();
    const quiet = await applyPersonVisibility(this.dataSource.createQueryBuilder(Person, 'p'), actor, 'p')
      .andWhere('p.archived_at IS NULL')
      .andWhere(
        actor.role === Role.COACH
          ? `EXISTS (SELECT 1 FROM enrolment ae JOIN enrolment_coach ac ON ac.enrolment_id = ae.id WHERE ae.person_id = p.id AND ae.status = 'ACTIVE' AND ac.user_id = :me)`
          : `EXISTS (SELECT 1 FROM enrolment ae WHERE ae.person_id = p.id AND ae.status = 'ACTIVE')`,
        { me: actor.userId },
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM session_participant sp JOIN coaching_session s ON s.id = sp.session_id
                      WHERE sp.person_id = p.id AND s.status = 'DONE' AND s.starts_at > now() - interval '30 days')`,
      )
      .select([
        'p.id AS id',
        "p.first_name || ' ' || p.last_name AS name",
        `coalesce((SELECT floor(extract(epoch FROM now() - max(s.starts_at)) / 86400)::int FROM session_participant sp JOIN coaching_session s ON s.id = sp.session_id
                    WHERE sp.person_id = p.id AND s.status = 'DONE'), 9999) AS days`,
      ])
      .orderBy('days', 'DESC')
      .limit(cap)
      .getRawMany<{ id: string; name: string; days: number }>();
    const absent = await applyPersonVisibility(this.dataSource.createQueryBuilder(Person, 'p'), actor, 'p')
      .andWhere('p.archived_at IS NULL')
      .andWhere(`${absenceStreakSql('p.id')} >= :threshold`, { threshold: ABSENCE_ALERT_THRESHOLD })
      .select(['p.id AS id', "p.first_name || ' ' || p.last_name AS name", `${absenceStreakSql('p.id')} AS days`])
      .orderBy('days', 'DESC')
      .limit(cap)
      .getRawMany<{ id: string; name: string; days: number }>();
    const followUps = await this.followUps
      .scoped(actor)
      .innerJoin('person', 'fp', 'fp.id = f.person_id')
      .andWhere("f.status = 'DUE' AND f.due_on <= CURRENT_DATE + 7")
      .select([
        'f.id AS id',
        'f.person_id AS person_id',
        "fp.first_name || ' ' || fp.last_name AS name",
        '(CURRENT_DATE - f.due_on)::int AS days',
      ])
      .orderBy('days', 'DESC')
      .limit(cap)
      .getRawMany<{ id: string; person_id: string; name: string; days: number }>();
    return [
      ...absent.map((r) => ({
        kind: AlertKind.REPEATED_ABSENCES,
        ventureId: null,
        personId: r.id,
        actionItemId: null,
        followUpId: null,
        label: r.name,
        days: r.days,
      })),
      ...stalled.map((r) => ({
        kind: AlertKind.STALLED_VENTURE,
        ventureId: r.id,
        personId: null,
        actionItemId: null,
        followUpId: null,
        label: r.title,
        days: r.days,
      })),
      ...overdue.map((r) => ({
        kind: AlertKind.OVERDUE_ACTION,
        ventureId: r.venture_id,
        personId: null,
        actionItemId: r.id,
        followUpId: null,
        label: r.title,
        days: r.days,
      })),
      ...quiet.map((r) => ({
        kind: AlertKind.NO_RECENT_SESSION,
        ventureId: null,
        personId: r.id,
        actionItemId: null,
        followUpId: null,
        label: r.name,
        days: r.days,
      })),
      ...followUps.map((r) => ({
        kind: AlertKind.FOLLOW_UP_DUE,
        ventureId: null,
        personId: r.person_id,
        actionItemId: null,
        followUpId: r.id,
        label: r.name,
        days: r.days,
      })),
    ];
  }
}
