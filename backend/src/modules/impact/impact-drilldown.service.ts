import { Injectable } from '@nestjs/common';
import { ErrorReason, Stage } from '@rafiq/shared';
import { badInput } from '../../common/errors';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { Cooperative } from '../cooperative/cooperative.entity';
import { FollowUp } from '../follow-up/follow-up.entity';
import { Person } from '../person/person.entity';
import { CoachingSession } from '../session/session.entity';
import { Venture } from '../venture/venture.entity';
import { ImpactFilter, ImpactFollowUpsArgs, ImpactPeopleMeasure, ImpactSessionsArgs, ImpactVenturesArgs } from './dto/impact.inputs';
import { peopleMeasureSql } from './impact.sql';
import { validatedScope } from './impact.service';

/**
 * Drill-down: the records behind each impact figure, with the same filters and the same scope, so
 * that a list's totalCount equals the figure it opens from.
 */
@Injectable()
export class ImpactDrillDownService {
  constructor(private readonly dataSource: DataSource) {}

  people(
    actor: Actor,
    measure: ImpactPeopleMeasure,
    filter: ImpactFilter,
    page: PageArgs,
    withCount: boolean,
    firstEnrolled: { from?: string | null; to?: string | null } = {},
  ): Promise<ConnectionShape<Person>> {
    const s = validatedScope(actor, filter);
    const params: Record<string, unknown> = { ...s.params };
    if (measure === ImpactPeopleMeasure.FIRST_ENROLLED) {
      if (!firstEnrolled.from) throw badInput('firstEnrolledFrom', ErrorReason.REQUIRED, 'The first day of the period is required');
      if (!firstEnrolled.to) throw badInput('firstEnrolledTo', ErrorReason.REQUIRED, 'The last day of the period is required');
      if (firstEnrolled.from > firstEnrolled.to)
        throw badInput('firstEnrolledTo', ErrorReason.INVALID_VALUE, 'The end of the period is before its start');
      params.iFirstFrom = firstEnrolled.from;
      params.iFirstTo = firstEnrolled.to;
    }
    const qb = this.dataSource.manager
      .createQueryBuilder(Person, 'p')
      .where('p.organization_id = :iOrg')
      .andWhere(`(${peopleMeasureSql(s, measure)})`)
      .setParameters(params);
    return paginate(qb, page, { expression: 'p.search_name', direction: 'ASC' }, { withCount, sortValue: (p) => p.searchName });
  }

  cooperatives(actor: Actor, filter: ImpactFilter, page: PageArgs, withCount: boolean): Promise<ConnectionShape<Cooperative>> {
    const s = validatedScope(actor, filter);
    const qb = this.dataSource.manager.createQueryBuilder(Cooperative, 'c').where(`c.id IN (${s.cooperatives})`).setParameters(s.params);
    return paginate(qb, page, { expression: 'c.search_name', direction: 'ASC' }, { withCount, sortValue: (c) => c.searchName });
  }

  ventures(actor: Actor, args: ImpactVenturesArgs, page: PageArgs, withCount: boolean): Promise<ConnectionShape<Venture>> {
    const filter = args.filter ?? {};
    const s = validatedScope(actor, filter);
    const qb = this.dataSource.manager.createQueryBuilder(Venture, 'v').where(`v.id IN (${s.ventures})`).setParameters(s.params);
    if (args.stage) qb.andWhere('v.stage = :dStage', { dStage: args.stage });
    if (args.operatingOrGrowing) qb.andWhere(`v.stage IN ('${Stage.OPERATING}', '${Stage.GROWING}')`);
    if (args.withResults)
      qb.andWhere(`EXISTS (SELECT 1 FROM economic_result r WHERE r.venture_id = v.id AND ${s.inPeriod('r.period_start')})`);
    return paginate(qb, page, { expression: 'v.title', direction: 'ASC' }, { withCount, sortValue: (v) => v.title });
  }

  /** The follow-ups behind the survival figures: recorded (optionally still operating or not) or still due (optionally overdue). */
  followUps(actor: Actor, args: ImpactFollowUpsArgs, page: PageArgs, withCount: boolean): Promise<ConnectionShape<FollowUp>> {
    const s = validatedScope(actor, args.filter ?? {});
    const qb = this.dataSource.manager
      .createQueryBuilder(FollowUp, 'f')
      .where(`f.id IN (SELECT id FROM (${s.followUps}) sf)`)
      .setParameters(s.params)
      .andWhere('f.status = :dStatus', { dStatus: args.status });
    if (args.months) qb.andWhere('f.months = :dMonths', { dMonths: args.months });
    if (args.stillOperating !== undefined && args.stillOperating !== null)
      qb.andWhere(args.stillOperating ? 'f.still_operating IS TRUE' : 'f.still_operating IS NOT TRUE');
    if (args.overdue) qb.andWhere('f.due_on < CURRENT_DATE');
    return paginate(qb, page, { expression: 'f.due_on', direction: 'ASC' }, { withCount, sortValue: (f) => f.dueOn });
  }

  sessions(actor: Actor, args: ImpactSessionsArgs, page: PageArgs, withCount: boolean): Promise<ConnectionShape<CoachingSession>> {
    const filter = args.filter ?? {};
    const s = validatedScope(actor, filter);
    const qb = this.dataSource.manager.createQueryBuilder(CoachingSession, 'cs').where(`cs.id IN (${s.sessions})`).setParameters(s.params);
    if (args.kind) qb.andWhere('cs.kind = :dKind', { dKind: args.kind });
    if (args.sessionCoachId)
      qb.andWhere('EXISTS (SELECT 1 FROM session_coach dsc WHERE dsc.session_id = cs.id AND dsc.user_id = :dCoach)', {
        dCoach: args.sessionCoachId,
      });
    return paginate(
      qb,
      page,
      { expression: "date_trunc('milliseconds', cs.starts_at)", direction: 'DESC' },
      { withCount, sortValue: (x) => x.startsAt },
    );
  }
}
