import { Args, ArgsType, Field, Float, Info, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ErrorReason, Role } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { PageArgs, paginate, selects } from '../../common/pagination';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ImpactFilter } from '../impact/dto/impact.inputs';
import { validatedScope } from '../impact/impact.service';
import { Impact } from '../impact/impact.types';
import { ComplaintCategory } from './complaint.entity';
import { ComplaintConnection, SatisfactionGroup } from './complaint.resolver';
import { ComplaintService } from './complaint.service';
import { MIN_RATINGS_FOR_COACH } from './satisfaction.service';

const READERS = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@ObjectType()
export class ComplaintCategoryFigure {
  @Field(() => ComplaintCategory)
  category: ComplaintCategory;
  @Field(() => Int)
  received: number;
  @Field(() => Int)
  resolvedWithinDeadline: number;
}

@ObjectType({ description: 'Beneficiary voice: complaints and satisfaction, over what the caller may see (docs/indicators.md)' })
export class VoiceFigures {
  @Field(() => Int, { description: 'Complaints received in the period from the people in scope' })
  complaintsReceived: number;
  @Field(() => Int, { description: 'Of those, still open (received or in review)' })
  complaintsOpen: number;
  @Field(() => Int, { description: 'Of those, decided (resolved, rejected or referred)' })
  complaintsDecided: number;
  @Field(() => Int, { description: 'Of those, decided by their deadline' })
  resolvedWithinDeadline: number;
  @Field(() => Float, { nullable: true, description: 'resolvedWithinDeadline / complaintsDecided (0–1); null when none is decided' })
  resolvedWithinDeadlineShare: number | null;
  @Field(() => [ComplaintCategoryFigure])
  byCategory: ComplaintCategoryFigure[];
  @Field(() => Int, { description: 'Satisfaction ratings of the sessions delivered in scope' })
  satisfactionRatings: number;
  @Field(() => Float, { nullable: true, description: 'Average rating 1–5; null when none (for a coach: fewer than 3)' })
  satisfactionAverage: number | null;
  @Field(() => [SatisfactionGroup], {
    description: 'Ratings of those sessions per programme of the person who rated (admins and leads; empty for a coach)',
  })
  satisfactionByProgram: SatisfactionGroup[];
  @Field(() => [SatisfactionGroup], {
    description: 'Ratings of those sessions per coach who ran them (admins and leads; empty for a coach)',
  })
  satisfactionByCoach: SatisfactionGroup[];
}

@ArgsType()
export class ImpactComplaintsArgs extends PageArgs {
  @Field(() => ImpactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpactFilter)
  filter?: ImpactFilter;

  @Field(() => ComplaintCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintCategory, { message: ErrorReason.INVALID_VALUE })
  category?: ComplaintCategory;

  @Field({ nullable: true, description: 'Only those decided by their deadline' })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  resolvedWithinDeadline?: boolean;

  @Field({ nullable: true, description: 'Only open ones' })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  open?: boolean;
}

const WITHIN = `c.status IN ('RESOLVED', 'REJECTED', 'REFERRED') AND c.decided_at <= c.due_at`;

/** The voice indicators on `impact`, and their drill-down to the complaints behind them. */
@Resolver(() => Impact)
export class VoiceImpactResolver {
  constructor(
    private readonly complaints: ComplaintService,
    private readonly dataSource: DataSource,
  ) {}

  /** Complaints the caller may see, from people in the impact scope, received in the period. */
  private complaintsInScope(actor: Actor, filter: ImpactFilter) {
    const s = validatedScope(actor, filter);
    return this.complaints
      .scoped(actor)
      .andWhere(`c.person_id IN (${s.people})`)
      .andWhere(s.inPeriod('c.created_at'))
      .setParameters(s.params);
  }

  @Allow(...READERS)
  @ResolveField(() => VoiceFigures)
  async voice(@Parent() i: Impact): Promise<VoiceFigures> {
    const { actor, filter } = i;
    const rows = await this.complaintsInScope(actor, filter)
      .select('c.category', 'category')
      .addSelect('count(*)::int', 'received')
      .addSelect(`count(*) FILTER (WHERE c.status IN ('RECEIVED', 'IN_REVIEW'))::int`, 'open')
      .addSelect(`count(*) FILTER (WHERE c.status IN ('RESOLVED', 'REJECTED', 'REFERRED'))::int`, 'decided')
      .addSelect(`count(*) FILTER (WHERE ${WITHIN})::int`, 'within')
      .groupBy('c.category')
      .getRawMany<{ category: ComplaintCategory; received: number; open: number; decided: number; within: number }>();
    const sum = (k: 'received' | 'open' | 'decided' | 'within') => rows.reduce((a, r) => a + r[k], 0);
    const s = validatedScope(actor, filter);
    const [q, p] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT count(*)::int AS n, avg(r.rating)::float AS avg FROM satisfaction_rating r WHERE r.session_id IN (${s.sessions})`,
      s.params,
    );
    const [sat] = await this.dataSource.query<Array<{ n: number; avg: number | null }>>(q, p);
    const decided = sum('decided');
    const tooFew = actor.role === Role.COACH && sat.n < MIN_RATINGS_FOR_COACH;
    const groups = actor.role === Role.COACH ? { byProgram: [], byCoach: [] } : await this.satisfactionGroups(actor, filter);
    return {
      complaintsReceived: sum('received'),
      complaintsOpen: sum('open'),
      complaintsDecided: decided,
      resolvedWithinDeadline: sum('within'),
      resolvedWithinDeadlineShare: decided ? Math.round((sum('within') / decided) * 10000) / 10000 : null,
      byCategory: Object.values(ComplaintCategory).map((category) => {
        const r = rows.find((x) => x.category === category);
        return { category, received: r?.received ?? 0, resolvedWithinDeadline: r?.within ?? 0 };
      }),
      satisfactionRatings: sat.n,
      satisfactionAverage: sat.avg === null || tooFew ? null : Math.round(sat.avg * 100) / 100,
      satisfactionByProgram: groups.byProgram,
      satisfactionByCoach: groups.byCoach,
    };
  }

  /**
   * Satisfaction per programme and per coach over the same ratings as `satisfactionAverage`
   * (sessions delivered in scope). A rating counts for each programme of the person who gave it
   * within the scope (the filtered programme; for a lead, those she leads). Never per participant.
   */
  private async satisfactionGroups(
    actor: Actor,
    filter: ImpactFilter,
  ): Promise<{ byProgram: SatisfactionGroup[]; byCoach: SatisfactionGroup[] }> {
    const s = validatedScope(actor, filter);
    const programConds = ['e.organization_id = :iOrg'];
    if (filter.programId) programConds.push('e.program_id = :iProgram');
    if (actor.role === Role.PROGRAM_LEAD)
      programConds.push('EXISTS (SELECT 1 FROM program_lead gpl WHERE gpl.program_id = e.program_id AND gpl.user_id = :iMe)');
    const run = (sql: string) => {
      const [q, p] = this.dataSource.driver.escapeQueryWithParameters(sql, s.params);
      return this.dataSource.query<Array<{ key: string; label: string; ratings: number; average: number | null }>>(q, p);
    };
    const [byProgram, byCoach] = await Promise.all([
      run(
        `SELECT g.program_id AS key, pr.name AS label, count(*)::int AS ratings, avg(g.rating)::float AS average
           FROM (SELECT DISTINCT e.program_id, r.session_id, r.person_id, r.rating
                   FROM satisfaction_rating r JOIN enrolment e ON e.person_id = r.person_id
                  WHERE r.session_id IN (${s.sessions}) AND r.person_id IN (${s.people}) AND ${programConds.join(' AND ')}) g
           JOIN program pr ON pr.id = g.program_id
          GROUP BY g.program_id, pr.name ORDER BY pr.name`,
      ),
      run(
        `SELECT sc.user_id AS key, u.display_name AS label, count(*)::int AS ratings, avg(r.rating)::float AS average
           FROM satisfaction_rating r JOIN session_coach sc ON sc.session_id = r.session_id JOIN app_user u ON u.id = sc.user_id
          WHERE r.session_id IN (${s.sessions})
          GROUP BY sc.user_id, u.display_name ORDER BY u.display_name`,
      ),
    ]);
    const round = (g: { key: string; label: string; ratings: number; average: number | null }) => ({
      ...g,
      average: g.average === null ? null : Math.round(g.average * 100) / 100,
    });
    return { byProgram: byProgram.map(round), byCoach: byCoach.map(round) };
  }

  @Allow(...READERS)
  @Query(() => ComplaintConnection, { description: 'Drill-down: the complaints behind the voice indicators, with the same filters' })
  impactComplaints(@CurrentActor() actor: Actor, @Args() args: ImpactComplaintsArgs, @Info() info: GraphQLResolveInfo) {
    const qb = this.complaintsInScope(actor, args.filter ?? {});
    if (args.category) qb.andWhere('c.category = :dCat', { dCat: args.category });
    if (args.resolvedWithinDeadline) qb.andWhere(WITHIN);
    if (args.open) qb.andWhere(`c.status IN ('RECEIVED', 'IN_REVIEW')`);
    return paginate(
      qb,
      args,
      { expression: 'c.created_at', direction: 'DESC' },
      { withCount: selects(info, 'totalCount'), sortValue: (c) => c.createdAt.toISOString() },
    );
  }
}
