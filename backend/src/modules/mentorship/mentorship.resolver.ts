import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Person } from '../person/person.entity';
import { RequestMentorshipInput, RespondMentorshipInput } from './dto/mentorship.inputs';
import { Mentorship, MentorshipStatus } from './mentorship.entity';
import { MatchReason, MentorshipService } from './mentorship.service';

registerEnumType(MatchReason, { name: 'MatchReason' });

@ObjectType()
export class MentorSuggestion {
  @Field(() => User)
  mentor: User;

  @Field(() => Int)
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => Int, { description: 'Active mentees and assignees now' })
  load: number;

  @Field(() => Int, { nullable: true, description: 'Weekly hours available (coach profile)' })
  capacity: number | null;
}

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];

@Resolver(() => Mentorship)
export class MentorshipResolver {
  constructor(private readonly service: MentorshipService) {}

  @Allow(...ALL)
  @Query(() => [Mentorship], { description: 'Mentorships the caller may see' })
  mentorships(
    @CurrentActor() actor: Actor,
    @Args('menteeId', { type: () => ID, nullable: true }) menteeId?: string,
    @Args('mentorId', { type: () => ID, nullable: true }) mentorId?: string,
    @Args('status', { type: () => MentorshipStatus, nullable: true }) status?: MentorshipStatus,
  ): Promise<Mentorship[]> {
    return this.service.list(actor, { menteeId, mentorId, status });
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => [MentorSuggestion], { description: 'Mentors for a mentee, best first, with the reasons' })
  mentorSuggestions(@CurrentActor() actor: Actor, @Args('menteeId', { type: () => ID }) menteeId: string): Promise<MentorSuggestion[]> {
    return this.service.suggestions(actor, menteeId);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Mentorship, { description: 'Asks a mentor to take a mentee' })
  requestMentorship(@CurrentActor() actor: Actor, @Args('input') input: RequestMentorshipInput): Promise<Mentorship> {
    return this.service.request(actor, input);
  }

  @Allow(Role.ADMIN, Role.COACH)
  @Mutation(() => Mentorship, { description: 'The mentor accepts or declines' })
  respondMentorship(@CurrentActor() actor: Actor, @Args('input') input: RespondMentorshipInput): Promise<Mentorship> {
    return this.service.respond(actor, input);
  }

  @Allow(...ALL)
  @ResolveField(() => User)
  async mentor(@Parent() ms: Mentorship, @Context() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.usersById.load(ms.mentorUserId))!;
  }

  @Allow(...ALL)
  @ResolveField(() => Person, { nullable: true })
  mentee(@Parent() ms: Mentorship, @Context() ctx: GqlContext): Promise<Person | null> {
    return ctx.loaders.visiblePeople.load(ms.menteePersonId);
  }
}
