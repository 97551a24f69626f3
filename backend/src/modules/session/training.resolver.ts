import { Args, Context, Field, Float, ID, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Person } from '../person/person.entity';
import { AddParticipantsInput, RemoveParticipantInput, SetCapacityInput } from './dto/training.inputs';
import { CoachingSession } from './session.entity';
import { TrainingService } from './training.service';

@ObjectType({ description: "A person's record in trainings and workshops (logged sessions only)" })
export class TrainingRecord {
  @Field(() => Int, { description: 'Logged trainings she was seated at' })
  trainings: number;

  @Field(() => Int, { description: 'Trainings she attended' })
  attended: number;

  @Field(() => Int)
  excused: number;

  @Field(() => Int, { description: 'Unexcused absences' })
  absent: number;

  @Field(() => Float, { nullable: true, description: 'attended / trainings, between 0 and 1; null before any logged training' })
  attendanceRate: number | null;

  @Field(() => Int, { description: 'Unexcused absences in a row at her latest logged sessions (any kind)' })
  absencesInARow: number;
}

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => CoachingSession)
export class TrainingResolver {
  constructor(private readonly service: TrainingService) {}

  @Allow(...STAFF)
  @Mutation(() => CoachingSession, { description: 'Adds participants; beyond the capacity they join the waiting list.' })
  addSessionParticipants(@CurrentActor() actor: Actor, @Args('input') input: AddParticipantsInput): Promise<CoachingSession> {
    return this.service.addParticipants(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => CoachingSession, { description: 'Removes a participant; the first person waiting takes the seat and is told.' })
  removeSessionParticipant(@CurrentActor() actor: Actor, @Args('input') input: RemoveParticipantInput): Promise<CoachingSession> {
    return this.service.removeParticipant(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => CoachingSession, { description: 'Changes the capacity; people waiting are seated as far as it allows.' })
  setSessionCapacity(@CurrentActor() actor: Actor, @Args('input') input: SetCapacityInput): Promise<CoachingSession> {
    return this.service.setCapacity(actor, input);
  }

  @Allow(Role.ENTREPRENEUR)
  @Mutation(() => CoachingSession, { description: 'The entrepreneur gives up her place; the first person waiting takes it.' })
  cancelMyPlace(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<CoachingSession> {
    return this.service.cancelMyPlace(actor, sessionId);
  }
}

@Resolver(() => Person)
export class PersonTrainingResolver {
  @Allow(...STAFF)
  @ResolveField(() => TrainingRecord, { description: 'Trainings attended, attendance rate, unexcused absences in a row' })
  async trainingRecord(@Parent() p: Person, @Context() ctx: GqlContext): Promise<TrainingRecord> {
    const r = await ctx.loaders.trainingRecordByPerson.load(p.id);
    return {
      trainings: r.trainings,
      attended: r.attended,
      excused: r.excused,
      absent: r.absent,
      attendanceRate: r.trainings ? r.attended / r.trainings : null,
      absencesInARow: r.absencesInARow,
    };
  }
}
