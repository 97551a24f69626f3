import { Args, Context, ID, Info, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Person } from '../person/person.entity';
import { Region } from '../reference/region.entity';
import { ArchiveInput } from '../program/dto/program.inputs';
import { CooperativeMember } from './cooperative-member.entity';
import { Cooperative } from './cooperative.entity';
import { CooperativeService } from './cooperative.service';
import { AddMemberInput, CooperativesArgs, CreateCooperativeInput, UpdateCooperativeInput } from './dto/cooperative.inputs';

@ObjectType()
export class CooperativeConnection extends Connection(Cooperative, 'Cooperative') {}

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];

@Resolver(() => Cooperative)
export class CooperativeResolver {
  constructor(private readonly service: CooperativeService) {}

  @Allow(...ALL)
  @Query(() => CooperativeConnection)
  cooperatives(@CurrentActor() actor: Actor, @Args() { filter, ...page }: CooperativesArgs, @Info() info: GraphQLResolveInfo): Promise<CooperativeConnection> {
    return this.service.list(actor, page, filter ?? {}, selects(info, 'totalCount'));
  }

  @Allow(...ALL)
  @Query(() => Cooperative)
  cooperative(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Cooperative> {
    return this.service.get(actor, id);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Cooperative, { description: 'Creates a cooperative, with its first members if given (one transaction).' })
  createCooperative(@CurrentActor() actor: Actor, @Args('input') input: CreateCooperativeInput): Promise<Cooperative> {
    return this.service.create(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Cooperative)
  updateCooperative(@CurrentActor() actor: Actor, @Args('input') input: UpdateCooperativeInput): Promise<Cooperative> {
    return this.service.update(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Cooperative)
  archiveCooperative(@CurrentActor() actor: Actor, @Args('input') input: ArchiveInput): Promise<Cooperative> {
    return this.service.archive(actor, input.id, input.version);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => CooperativeMember)
  addCooperativeMember(@CurrentActor() actor: Actor, @Args('input') input: AddMemberInput): Promise<CooperativeMember> {
    return this.service.addMember(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => CooperativeMember, { description: 'Ends a membership; it stays in the history.' })
  endCooperativeMembership(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('until', { type: () => String, nullable: true }) until?: string,
  ): Promise<CooperativeMember> {
    return this.service.endMember(actor, memberId, until);
  }

  @Allow(...ALL)
  @ResolveField(() => [CooperativeMember], { description: 'Current members (the caller sees the people she may see).' })
  members(@Parent() coop: Cooperative, @Context() ctx: GqlContext): Promise<CooperativeMember[]> {
    return ctx.loaders.membersByCooperative.load(coop.id);
  }

  @Allow(...ALL)
  @ResolveField(() => Region)
  region(@Parent() coop: Cooperative, @Context() ctx: GqlContext): Promise<Region> {
    return ctx.loaders.regions.load(coop.regionCode);
  }
}

@Resolver(() => CooperativeMember)
export class CooperativeMemberResolver {
  @Allow(...ALL)
  @ResolveField(() => Person, { nullable: true, description: 'Null when the caller may not see this member.' })
  person(@Parent() member: CooperativeMember, @Context() ctx: GqlContext): Promise<Person | null> {
    return ctx.loaders.visiblePeople.load(member.personId);
  }

  @Allow(...ALL)
  @ResolveField(() => Cooperative, { nullable: true })
  cooperative(@Parent() member: CooperativeMember, @Context() ctx: GqlContext): Promise<Cooperative | null> {
    return ctx.loaders.visibleCooperatives.load(member.cooperativeId);
  }
}
