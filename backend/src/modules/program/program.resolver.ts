import { Args, Context, ID, Info, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Cohort } from './cohort.entity';
import {
  ArchiveInput,
  CreateCohortInput,
  CreateProgramInput,
  ProgramsArgs,
  SetProgramTargetsInput,
  UpdateCohortInput,
  UpdateProgramInput,
} from './dto/program.inputs';
import { ProgramTarget } from './program-target.entity';
import { Program } from './program.entity';
import { Partner } from '../partner/partner.entity';
import { ProgramService } from './program.service';

@ObjectType()
export class ProgramConnection extends Connection(Program, 'Program') {}

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => Program)
export class ProgramResolver {
  constructor(private readonly service: ProgramService) {}

  @Allow(...STAFF)
  @Query(() => ProgramConnection)
  programs(
    @CurrentActor() actor: Actor,
    @Args() { includeArchived, ...page }: ProgramsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProgramConnection> {
    return this.service.list(actor, page, includeArchived ?? false, selects(info, 'totalCount'));
  }

  @Allow(...STAFF)
  @Query(() => Program)
  program(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Program> {
    return this.service.get(actor, id);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Program)
  createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput): Promise<Program> {
    return this.service.create(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Program)
  archiveProgram(@CurrentActor() actor: Actor, @Args('input') input: ArchiveInput): Promise<Program> {
    return this.service.archive(actor, input.id, input.version);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Program, { description: 'Changes the given fields and, if given, the leads; CONFLICT on a stale version.' })
  updateProgram(@CurrentActor() actor: Actor, @Args('input') input: UpdateProgramInput): Promise<Program> {
    return this.service.update(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Program, { description: "Replaces the programme's targets." })
  setProgramTargets(@CurrentActor() actor: Actor, @Args('input') input: SetProgramTargetsInput): Promise<Program> {
    return this.service.setTargets(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Cohort)
  updateCohort(@CurrentActor() actor: Actor, @Args('input') input: UpdateCohortInput): Promise<Cohort> {
    return this.service.updateCohort(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Cohort)
  archiveCohort(@CurrentActor() actor: Actor, @Args('input') input: ArchiveInput): Promise<Cohort> {
    return this.service.archiveCohort(actor, input.id, input.version);
  }

  @Allow(...STAFF)
  @ResolveField(() => [ProgramTarget])
  targets(@Parent() program: Program, @Context() ctx: GqlContext): Promise<ProgramTarget[]> {
    return ctx.loaders.targetsByProgram.load(program.id);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Cohort)
  createCohort(@CurrentActor() actor: Actor, @Args('input') input: CreateCohortInput): Promise<Cohort> {
    return this.service.createCohort(actor, input);
  }

  @Allow(...STAFF)
  @ResolveField(() => [Cohort])
  cohorts(@Parent() program: Program, @Context() ctx: GqlContext): Promise<Cohort[]> {
    return ctx.loaders.cohortsByProgram.load(program.id);
  }

  @Allow(...STAFF)
  @ResolveField(() => [Partner], { description: "The programme's partners, active or archived" })
  partners(@Parent() program: Program, @Context() ctx: GqlContext): Promise<Partner[]> {
    return ctx.loaders.partnersByProgram.load(program.id);
  }

  @Allow(...STAFF)
  @ResolveField(() => [User])
  leads(@Parent() program: Program, @Context() ctx: GqlContext): Promise<User[]> {
    return ctx.loaders.leadsByProgram.load(program.id);
  }
}
