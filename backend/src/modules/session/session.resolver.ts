import { Args, Context, Field, ID, Info, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Person } from '../person/person.entity';
import { LogSessionInput, RescheduleSessionInput, ScheduleSessionInput, SessionsArgs, SlotCheckInput } from './dto/session.inputs';
import { SessionParticipant } from './session-participant.entity';
import { CoachingSession } from './session.entity';
import { SessionStatus } from './session.enums';
import { SessionService } from './session.service';

@ObjectType()
export class SessionConnection extends Connection(CoachingSession, 'Session') {}

@ObjectType()
export class TimeSlot {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@ObjectType()
export class CoachClash {
  @Field(() => ID)
  coachId: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@ObjectType()
export class ParticipantClash {
  @Field(() => ID)
  personId: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@ObjectType({ description: 'What scheduling at a time would meet: clashes (refused for coaches, a warning for participants) and working hours (a warning)' })
export class SlotCheck {
  @Field(() => [CoachClash])
  coachClashes: CoachClash[];

  @Field(() => [ParticipantClash])
  participantClashes: ParticipantClash[];

  @Field(() => [ID], { description: 'Coaches for whom the time is outside working hours or on a day off' })
  outsideWorkingHours: string[];

  @Field(() => [TimeSlot], { description: 'The first clashing coach’s next free slots of the same length' })
  freeSlots: TimeSlot[];
}

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => CoachingSession)
export class SessionResolver {
  constructor(private readonly service: SessionService) {}

  @Allow(...ALL)
  @Query(() => SessionConnection, { description: 'Sessions the caller may see, by start time.' })
  sessions(@CurrentActor() actor: Actor, @Args() { filter, ...page }: SessionsArgs, @Info() info: GraphQLResolveInfo): Promise<SessionConnection> {
    return this.service.list(actor, page, filter ?? {}, selects(info, 'totalCount'));
  }

  @Allow(...ALL)
  @Query(() => CoachingSession)
  session(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CoachingSession> {
    return this.service.get(actor, id);
  }

  @Allow(...STAFF)
  @Query(() => SlotCheck, { description: 'Checks a time before scheduling or moving a session.' })
  checkSessionSlot(@CurrentActor() actor: Actor, @Args('input') input: SlotCheckInput): Promise<SlotCheck> {
    return this.service.checkSlot(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => CoachingSession, { description: 'Plans a session. A clash for a coach answers CONFLICT with the clashing session and free slots.' })
  scheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<CoachingSession> {
    return this.service.schedule(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => CoachingSession, { description: 'Moves a planned session (same conflict rule).' })
  rescheduleSession(@CurrentActor() actor: Actor, @Args('input') input: RescheduleSessionInput): Promise<CoachingSession> {
    return this.service.reschedule(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => CoachingSession, { description: 'Logs a session: status, attendance, notes, next steps.' })
  logSession(@CurrentActor() actor: Actor, @Args('input') input: LogSessionInput): Promise<CoachingSession> {
    return this.service.log(actor, input);
  }

  @Allow(Role.ENTREPRENEUR)
  @Mutation(() => CoachingSession, { description: 'The entrepreneur confirms she will attend.' })
  confirmAttendance(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<CoachingSession> {
    return this.service.confirm(actor, sessionId);
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'Planned, and already over: waiting to be logged' })
  toLog(@Parent() s: CoachingSession): boolean {
    return s.status === SessionStatus.PLANNED && s.endsAt < new Date();
  }

  @Allow(...ALL)
  @ResolveField(() => [User])
  coaches(@Parent() s: CoachingSession, @Context() ctx: GqlContext): Promise<User[]> {
    return ctx.loaders.coachesBySession.load(s.id);
  }

  @Allow(...ALL)
  @ResolveField(() => [SessionParticipant], { description: 'Participants (the person is null when the caller may not see her)' })
  participants(@Parent() s: CoachingSession, @Context() ctx: GqlContext): Promise<SessionParticipant[]> {
    return ctx.loaders.participantsBySession.load(s.id);
  }

  @Allow(...ALL)
  @ResolveField(() => Cooperative, { nullable: true })
  cooperative(@Parent() s: CoachingSession, @Context() ctx: GqlContext): Promise<Cooperative | null> | null {
    return s.cooperativeId ? ctx.loaders.visibleCooperatives.load(s.cooperativeId) : null;
  }
}

@Resolver(() => SessionParticipant)
export class SessionParticipantResolver {
  @Allow(...ALL)
  @ResolveField(() => Person, { nullable: true })
  person(@Parent() p: SessionParticipant, @Context() ctx: GqlContext): Promise<Person | null> {
    return ctx.loaders.visiblePeople.load(p.personId);
  }
}
