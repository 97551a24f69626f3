import { Args, Context, Field, Float, ID, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { daysBetween, Role, Stage } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Person } from '../person/person.entity';
import { ArchiveInput } from '../program/dto/program.inputs';
import { Program } from '../program/program.entity';
import { Region } from '../reference/region.entity';
import { CreateVentureInput, MoveVentureStageInput, SetStageCriteriaInput, UpdateVentureInput, VentureFilter, VenturesArgs } from './dto/venture.inputs';
import { StageCriterion } from './stage-criterion.entity';
import { VentureStageChange } from './venture-stage-change.entity';
import { Venture } from './venture.entity';
import { VentureService } from './venture.service';

@ObjectType()
export class VentureConnection extends Connection(Venture, 'Venture') {}

@ObjectType({ description: 'One step of the stage funnel' })
export class FunnelStep {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int, { description: 'Ventures in this stage now' })
  current: number;

  @Field(() => Int, { description: 'Ventures that reached this stage or a later one' })
  reached: number;

  @Field(() => Float, { nullable: true, description: 'reached / reached of the stage before (0–1)' })
  conversion: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days spent in this stage (completed stays)' })
  medianDays: number | null;
}

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => Venture)
export class VentureResolver {
  constructor(private readonly service: VentureService) {}

  @Allow(...ALL)
  @Query(() => VentureConnection, { description: 'Ventures the caller may see (the board groups them by stage).' })
  ventures(@CurrentActor() actor: Actor, @Args() { filter, ...page }: VenturesArgs, @Info() info: GraphQLResolveInfo): Promise<VentureConnection> {
    return this.service.list(actor, page, filter ?? {}, selects(info, 'totalCount'));
  }

  @Allow(...ALL)
  @Query(() => Venture, { description: 'One venture; NOT_FOUND when the caller may not see it.' })
  venture(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Venture> {
    return this.service.get(actor, id);
  }

  @Allow(...STAFF)
  @Query(() => [FunnelStep], { description: 'The stage funnel: in each stage now, reached, conversion, median days.' })
  ventureFunnel(@CurrentActor() actor: Actor, @Args('filter', { type: () => VentureFilter, nullable: true }) filter?: VentureFilter): Promise<FunnelStep[]> {
    return this.service.funnel(actor, filter ?? {});
  }

  @Allow(...STAFF)
  @Query(() => [StageCriterion], { description: "A programme's checklists for reaching each stage." })
  stageCriteria(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID }) programId: string,
    @Args('stage', { type: () => Stage, nullable: true }) stage?: Stage,
  ): Promise<StageCriterion[]> {
    return this.service.criteria(actor, programId, stage);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => [StageCriterion])
  setStageCriteria(@CurrentActor() actor: Actor, @Args('input') input: SetStageCriteriaInput): Promise<StageCriterion[]> {
    return this.service.setCriteria(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Venture)
  createVenture(@CurrentActor() actor: Actor, @Args('input') input: CreateVentureInput): Promise<Venture> {
    return this.service.create(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Venture)
  updateVenture(@CurrentActor() actor: Actor, @Args('input') input: UpdateVentureInput): Promise<Venture> {
    return this.service.update(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Venture)
  archiveVenture(@CurrentActor() actor: Actor, @Args('input') input: ArchiveInput): Promise<Venture> {
    return this.service.archive(actor, input.id, input.version);
  }

  @Allow(...STAFF)
  @Mutation(() => Venture, { description: 'Moves a venture to another stage (back is allowed); recorded in its history.' })
  moveVentureStage(@CurrentActor() actor: Actor, @Args('input') input: MoveVentureStageInput): Promise<Venture> {
    return this.service.moveStage(actor, input);
  }

  @Allow(...ALL)
  @ResolveField(() => Int, { description: 'Whole days since the venture entered its current stage' })
  daysInStage(@Parent() venture: Venture): number {
    return daysBetween(venture.stageSince, new Date());
  }

  @Allow(...ALL)
  @ResolveField(() => [VentureStageChange], { description: 'Every move, oldest first' })
  stageHistory(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<VentureStageChange[]> {
    return ctx.loaders.stageHistoryByVenture.load(venture.id);
  }

  @Allow(...ALL)
  @ResolveField(() => Person, { nullable: true })
  ownerPerson(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return venture.ownerPersonId ? ctx.loaders.visiblePeople.load(venture.ownerPersonId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Cooperative, { nullable: true })
  ownerCooperative(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<Cooperative | null> | null {
    return venture.ownerCooperativeId ? ctx.loaders.visibleCooperatives.load(venture.ownerCooperativeId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Program, { nullable: true })
  program(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<Program> | null {
    return venture.programId ? ctx.loaders.programs.load(venture.programId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Region)
  region(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<Region> {
    return ctx.loaders.regions.load(venture.regionCode);
  }
}

@Resolver(() => Person)
export class PersonVenturesResolver {
  @Allow(...ALL)
  @ResolveField(() => [Venture], { description: 'Ventures she owns' })
  ventures(@Parent() person: Person, @Context() ctx: GqlContext): Promise<Venture[]> {
    return ctx.loaders.venturesByPerson.load(person.id);
  }
}

@Resolver(() => Cooperative)
export class CooperativeVenturesResolver {
  @Allow(...ALL)
  @ResolveField(() => [Venture], { description: 'Ventures the cooperative owns' })
  ventures(@Parent() coop: Cooperative, @Context() ctx: GqlContext): Promise<Venture[]> {
    return ctx.loaders.venturesByCooperative.load(coop.id);
  }
}
