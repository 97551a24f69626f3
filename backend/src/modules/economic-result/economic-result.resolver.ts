import { Args, Context, Field, Float, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Venture } from '../venture/venture.entity';
import { DeleteEconomicResultArgs, RecordEconomicResultInput } from './dto/economic-result.inputs';
import { EconomicResult } from './economic-result.entity';
import { EconomicResultService } from './economic-result.service';
import { summarizeResults } from './periods';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@ObjectType({ description: "A venture's results at a glance" })
export class ResultsSummary {
  @Field(() => Float, { nullable: true, description: 'Revenue of the most recent period recorded (MAD)' })
  lastPeriodRevenue: number | null;

  @Field(() => Float, { nullable: true, description: '(last − previous) / previous, against the period of the same length just before; null without one' })
  revenueGrowth: number | null;

  @Field(() => Int, { description: 'Jobs created over every period recorded (a quarter counts when its months have no results of their own)' })
  totalJobs: number;
}

@Resolver(() => EconomicResult)
export class EconomicResultResolver {
  constructor(private readonly service: EconomicResultService) {}

  @Allow(...ALL)
  @Mutation(() => EconomicResult, { description: "Records a period's results (the entrepreneur: her own ventures). Again for the same period: with its version, else CONFLICT." })
  recordEconomicResult(@CurrentActor() actor: Actor, @Args('input') input: RecordEconomicResultInput): Promise<EconomicResult> {
    return this.service.record(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Boolean, { description: 'A stale `version` answers CONFLICT and deletes nothing.' })
  deleteEconomicResult(@CurrentActor() actor: Actor, @Args() args: DeleteEconomicResultArgs): Promise<boolean> {
    return this.service.delete(actor, args);
  }

  @Allow(...ALL)
  @ResolveField(() => User, { nullable: true, description: 'Who entered it last' })
  enteredBy(@Parent() result: EconomicResult, @Context() ctx: GqlContext): Promise<User | null> | null {
    return result.enteredBy ? ctx.loaders.orgUsers.load(result.enteredBy) : null;
  }
}

@Resolver(() => Venture)
export class VentureResultsResolver {
  @Allow(...ALL)
  @ResolveField(() => [EconomicResult], { description: 'Economic results, oldest period first' })
  results(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<EconomicResult[]> {
    return ctx.loaders.resultsByVenture.load(venture.id);
  }

  @Allow(...ALL)
  @ResolveField(() => ResultsSummary)
  async resultsSummary(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<ResultsSummary> {
    return summarizeResults(await ctx.loaders.resultsByVenture.load(venture.id));
  }
}
