import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow, AllowSignedIn } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { CoachProfile } from './coach-profile.entity';
import { CoachService } from './coach.service';
import { CoachProfileInput } from './dto/coach-profile.input';

@Resolver(() => User)
export class CoachResolver {
  constructor(private readonly service: CoachService) {}

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH)
  @Query(() => [User], { description: "The organisation's active coaches, by name." })
  coaches(@CurrentActor() actor: Actor): Promise<User[]> {
    return this.service.coaches(actor);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => [User], { description: "The organisation's active programme leads, by name (to choose a programme's leads)." })
  programLeads(@CurrentActor() actor: Actor): Promise<User[]> {
    return this.service.programLeads(actor);
  }

  @Allow(Role.ADMIN, Role.COACH)
  @Mutation(() => CoachProfile, { description: 'Creates or updates a coach profile (an admin for anyone, a coach for herself).' })
  saveCoachProfile(@CurrentActor() actor: Actor, @Args('input') input: CoachProfileInput): Promise<CoachProfile> {
    return this.service.saveProfile(actor, input);
  }

  @AllowSignedIn()
  @ResolveField(() => CoachProfile, { nullable: true })
  coachProfile(@Parent() user: User, @Context() ctx: GqlContext): Promise<CoachProfile | null> | null {
    return user.role === Role.COACH ? ctx.loaders.coachProfiles.load(user.id) : null;
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH)
  @ResolveField(() => Int, {
    nullable: true,
    description: 'How many people the coach accompanies now (active enrolments assigned to her); null for other roles, and for a coach asking about someone else.',
  })
  activeAssignees(@Parent() user: User, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<number> | null {
    if (user.role !== Role.COACH || user.organizationId !== actor.organizationId) return null;
    if (actor.role === Role.COACH && actor.userId !== user.id) return null;
    return ctx.loaders.activeAssigneeCounts.load(user.id);
  }
}
