import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, notFound } from '../../common/errors';
import { ConnectionShape, paginate, PageArgs } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned-update';
import { FollowUpFilter, RecordFollowUpInput } from './dto/follow-up.inputs';
import { FollowUp, FollowUpStatus } from './follow-up.entity';

export interface FollowUpRateRow {
  months: number;
  due: number;
  overdue: number;
  recorded: number;
  stillOperating: number;
  survivalRate: number | null;
}

/**
 * Follow-ups after graduation. Who sees them: admins all of the organisation's; programme leads
 * those of the programmes they lead; coaches those scheduled for them; entrepreneurs none.
 */
@Injectable()
export class FollowUpService {
  constructor(private readonly dataSource: DataSource) {}

  scoped(actor: Actor, m: EntityManager = this.dataSource.manager): SelectQueryBuilder<FollowUp> {
    const qb = m.createQueryBuilder(FollowUp, 'f').where('f.organization_id = :org', { org: actor.organizationId });
    switch (actor.role) {
      case Role.ADMIN:
        return qb;
      case Role.PROGRAM_LEAD:
        return qb.andWhere('EXISTS (SELECT 1 FROM program_lead fl WHERE fl.program_id = f.program_id AND fl.user_id = :me)', {
          me: actor.userId,
        });
      case Role.COACH:
        return qb.andWhere('f.coach_user_id = :me', { me: actor.userId });
      default:
        return qb.andWhere('false');
    }
  }

  private filtered(actor: Actor, filter: FollowUpFilter | undefined): SelectQueryBuilder<FollowUp> {
    const qb = this.scoped(actor);
    if (filter?.status) qb.andWhere('f.status = :status', { status: filter.status });
    else qb.andWhere("f.status <> 'CANCELLED'");
    if (filter?.programId) qb.andWhere('f.program_id = :programId', { programId: filter.programId });
    if (filter?.personId) qb.andWhere('f.person_id = :personId', { personId: filter.personId });
    if (filter?.dueBefore) qb.andWhere('f.due_on <= :dueBefore', { dueBefore: filter.dueBefore });
    return qb;
  }

  /** Follow-ups the caller may see, soonest due first. */
  list(actor: Actor, filter: FollowUpFilter | undefined, page: PageArgs, withCount: boolean): Promise<ConnectionShape<FollowUp>> {
    return paginate(
      this.filtered(actor, filter),
      page,
      { expression: 'f.due_on', direction: 'ASC' },
      { withCount, sortValue: (f) => f.dueOn },
    );
  }

  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<FollowUp> {
    const row = await this.scoped(actor, m).andWhere('f.id = :id', { id }).getOne();
    if (!row) throw notFound('follow-up');
    return row;
  }

  /** The coach it is scheduled for, or a lead/admin of the programme, records it (again, to correct it). */
  async record(actor: Actor, input: RecordFollowUpInput): Promise<FollowUp> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, input.id, m);
      if (current.status === FollowUpStatus.CANCELLED)
        throw badInput('id', ErrorReason.INVALID_VALUE, 'This follow-up was cancelled: the enrolment is no longer graduated');
      const jobsTotal = input.jobsTotal ?? null;
      for (const field of ['jobsWomen', 'jobsYouth'] as const) {
        const v = input[field] ?? null;
        if (v !== null && (jobsTotal === null || v > jobsTotal))
          throw badInput(field, ErrorReason.INVALID_VALUE, 'Cannot be more than the jobs in all');
      }
      const operating = input.stillOperating;
      await updateVersioned(
        m,
        FollowUp,
        actor,
        { id: input.id, version: input.version },
        {
          status: FollowUpStatus.DONE,
          stillOperating: operating,
          revenue: operating ? (input.revenue ?? null) : null,
          jobsTotal: operating ? jobsTotal : null,
          jobsWomen: operating ? (input.jobsWomen ?? null) : null,
          jobsYouth: operating ? (input.jobsYouth ?? null) : null,
          note: input.note ?? null,
          recordedBy: actor.userId,
          recordedAt: () => 'now()',
        },
        'follow-up',
      );
      return this.get(actor, input.id, m);
    });
  }

  /**
   * Survival at 6 and 12 months over what the caller may see: of the follow-ups recorded, the share
   * whose activity still operates (null when none is recorded). Due and overdue count what is left.
   */
  async rates(actor: Actor, programId?: string): Promise<FollowUpRateRow[]> {
    const qb = this.scoped(actor)
      .andWhere("f.status <> 'CANCELLED'")
      .select('f.months', 'months')
      .addSelect("count(*) FILTER (WHERE f.status = 'DUE')::int", 'due')
      .addSelect("count(*) FILTER (WHERE f.status = 'DUE' AND f.due_on < CURRENT_DATE)::int", 'overdue')
      .addSelect("count(*) FILTER (WHERE f.status = 'DONE')::int", 'recorded')
      .addSelect("count(*) FILTER (WHERE f.status = 'DONE' AND f.still_operating)::int", 'operating')
      .groupBy('f.months');
    if (programId) qb.andWhere('f.program_id = :programId', { programId });
    const rows = await qb.getRawMany<{ months: number; due: number; overdue: number; recorded: number; operating: number }>();
    return [6, 12].map((months) => {
      const r = rows.find((x) => Number(x.months) === months);
      const recorded = r?.recorded ?? 0;
      const operating = r?.operating ?? 0;
      return {
        months,
        due: r?.due ?? 0,
        overdue: r?.overdue ?? 0,
        recorded,
        stillOperating: operating,
        survivalRate: recorded ? operating / recorded : null,
      };
    });
  }
}
