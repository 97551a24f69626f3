import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { selects } from '../../common/pagination';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CooperativeConnection } from '../cooperative/cooperative.resolver';
import { FollowUpConnection, FollowUpRate } from '../follow-up/follow-up.resolver';
import { PersonConnection } from '../person/person.resolver';
import { SessionConnection } from '../session/session.resolver';
import { VentureConnection } from '../venture/venture.resolver';
import {
  ImpactArgs,
  ImpactFollowUpsArgs,
  ImpactPeopleArgs,
  ImpactRecordsArgs,
  ImpactSessionsArgs,
  ImpactVenturesArgs,
  PeriodGranularity,
} from './dto/impact.inputs';
import { ImpactSummaryService } from './impact-summary.service';
import { ImpactSnapshotService } from './impact-snapshot.service';
import { ImpactService } from './impact.service';
import { ImpactDrillDownService } from './impact-drilldown.service';
import {
  CoachFigure,
  GenderFigure,
  Impact,
  KindFigure,
  PeriodFigure,
  ProgramFigure,
  ProvinceFigure,
  RegionFigure,
  StageFigure,
  TargetProgress,
} from './impact.types';

/** The plain fields the query selects on the result, or undefined (compute everything) when it uses fragments. */
function selectedFields(info: GraphQLResolveInfo): Set<string> | undefined {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const sel of node.selectionSet?.selections ?? []) {
      if (sel.kind !== Kind.FIELD) return undefined;
      names.add(sel.name.value);
    }
  }
  return names;
}

/** Who may read indicators (permissions.md): admins the organisation, leads their programmes, coaches their portfolio. */
const READERS = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => Impact)
export class ImpactResolver {
  constructor(
    private readonly service: ImpactService,
    private readonly drillDown: ImpactDrillDownService,
    private readonly summary: ImpactSummaryService,
    private readonly snapshots: ImpactSnapshotService,
  ) {}

  @Allow(Role.ADMIN)
  @Mutation(() => String, {
    description:
      'Refreshes the impact summary now, and the dashboard snapshots of the organisation if it is large (both also refresh every 5 minutes); answers the summary\'s new asOf (ISO 8601).',
  })
  async refreshImpactSummary(@CurrentActor() actor: Actor): Promise<string> {
    const at = await this.summary.refresh();
    await this.snapshots.refreshOrganization(actor.organizationId);
    return at.toISOString();
  }

  @Allow(...READERS)
  @Query(() => Impact, {
    description: 'Impact indicators computed from the records, scoped to what the caller may see (docs/indicators.md).',
  })
  async impact(@CurrentActor() actor: Actor, @Args() { filter }: ImpactArgs, @Info() info: GraphQLResolveInfo): Promise<Impact> {
    return (await this.snapshots.read(actor, filter ?? {})) ?? this.service.impact(actor, filter ?? {}, selectedFields(info));
  }

  @Allow(...READERS)
  @ResolveField(() => [RegionFigure], { description: 'Beneficiaries by region of residence (regions with at least one)' })
  async byRegion(@Parent() i: Impact): Promise<RegionFigure[]> {
    return i.snapshot?.byRegion ?? this.service.byRegion(i.actor, i.filter, i.memo);
  }

  @Allow(...READERS)
  @ResolveField(() => [ProvinceFigure])
  async byProvince(@Parent() i: Impact): Promise<ProvinceFigure[]> {
    return i.snapshot?.byProvince ?? this.service.byProvince(i.actor, i.filter, i.memo);
  }

  @Allow(...READERS)
  @ResolveField(() => [ProgramFigure])
  async byProgram(@Parent() i: Impact): Promise<ProgramFigure[]> {
    return i.snapshot?.byProgram ?? this.service.byProgram(i.actor, i.filter);
  }

  @Allow(...READERS)
  @ResolveField(() => [GenderFigure])
  async byGender(@Parent() i: Impact): Promise<GenderFigure[]> {
    return i.snapshot?.byGender ?? this.service.byGender(i.actor, i.filter, i.memo);
  }

  @Allow(...READERS)
  @ResolveField(() => [StageFigure], { description: 'The stage funnel: ventures now at each stage, reached, conversion, median days' })
  async byStage(@Parent() i: Impact): Promise<StageFigure[]> {
    return i.snapshot?.byStage ?? this.service.byStage(i.actor, i.filter);
  }

  @Allow(...READERS)
  @ResolveField(() => [KindFigure], { description: 'Sessions delivered and hours by kind' })
  async byKind(@Parent() i: Impact): Promise<KindFigure[]> {
    return i.snapshot?.byKind ?? this.service.byKind(i.actor, i.filter, i.memo);
  }

  @Allow(...READERS)
  @ResolveField(() => [CoachFigure], { description: 'Session activity per coach' })
  async byCoach(@Parent() i: Impact): Promise<CoachFigure[]> {
    return i.snapshot?.byCoach ?? this.service.byCoach(i.actor, i.filter);
  }

  @Allow(...READERS)
  @ResolveField(() => [PeriodFigure], { description: 'Trend: beneficiaries (by first enrolment) and sessions per month, quarter or year' })
  async byPeriod(
    @Parent() i: Impact,
    @Args('granularity', { type: () => PeriodGranularity, defaultValue: PeriodGranularity.MONTH }) granularity: PeriodGranularity,
  ): Promise<PeriodFigure[]> {
    return i.snapshot?.byPeriod[granularity] ?? this.service.byPeriod(i.actor, i.filter, granularity);
  }

  @Allow(...READERS)
  @ResolveField(() => [TargetProgress], {
    description: 'Programme targets vs actual (whole programme) with the expected pace today; admins and leads',
  })
  async targets(@Parent() i: Impact): Promise<TargetProgress[]> {
    return i.snapshot?.targets ?? this.service.targets(i.actor, i.filter);
  }

  @Allow(...READERS)
  @ResolveField(() => [FollowUpRate], {
    description: 'Survival after graduation at 6 and 12 months: follow-ups due in the period of the matching enrolments (docs/indicators.md)',
  })
  async survival(@Parent() i: Impact): Promise<FollowUpRate[]> {
    return i.snapshot?.survival ?? this.service.survival(i.actor, i.filter);
  }

  @Allow(...READERS)
  @Query(() => FollowUpConnection, { description: 'Drill-down of survival: the follow-ups behind it, with the same filters' })
  impactFollowUps(
    @CurrentActor() actor: Actor,
    @Args() args: ImpactFollowUpsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FollowUpConnection> {
    return this.drillDown.followUps(actor, args, { first: args.first, after: args.after }, selects(info, 'totalCount'));
  }

  @Allow(...READERS)
  @Query(() => PersonConnection, { description: 'Drill-down: the people behind a people indicator, with the same filters' })
  impactPeople(
    @CurrentActor() actor: Actor,
    @Args() { measure, filter, firstEnrolledFrom, firstEnrolledTo, ...page }: ImpactPeopleArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonConnection> {
    return this.drillDown.people(actor, measure, filter ?? {}, page, selects(info, 'totalCount'), {
      from: firstEnrolledFrom,
      to: firstEnrolledTo,
    });
  }

  @Allow(...READERS)
  @Query(() => CooperativeConnection, { description: 'Drill-down: the cooperatives accompanied' })
  impactCooperatives(
    @CurrentActor() actor: Actor,
    @Args() { filter, ...page }: ImpactRecordsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CooperativeConnection> {
    return this.drillDown.cooperatives(actor, filter ?? {}, page, selects(info, 'totalCount'));
  }

  @Allow(...READERS)
  @Query(() => VentureConnection, {
    description: 'Drill-down: the ventures accompanied (by stage, at OPERATING/GROWING, with results in the period)',
  })
  impactVentures(
    @CurrentActor() actor: Actor,
    @Args() args: ImpactVenturesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VentureConnection> {
    return this.drillDown.ventures(actor, args, { first: args.first, after: args.after }, selects(info, 'totalCount'));
  }

  @Allow(...READERS)
  @Query(() => SessionConnection, { description: 'Drill-down: the sessions delivered (by kind, by coach)' })
  impactSessions(
    @CurrentActor() actor: Actor,
    @Args() args: ImpactSessionsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SessionConnection> {
    return this.drillDown.sessions(actor, args, { first: args.first, after: args.after }, selects(info, 'totalCount'));
  }
}
