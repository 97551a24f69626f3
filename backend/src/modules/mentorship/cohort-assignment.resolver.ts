import {
  Args,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Person } from '../person/person.entity';
import { CohortAssignmentService } from './cohort-assignment.service';
import { Travel } from './cohort-balance';
import { AssignCohortCoachesInput } from './dto/cohort-assignment.inputs';

registerEnumType(Travel, { name: 'Travel', description: 'How far the coach travels: same province, same region, or further' });

@ObjectType()
export class CoachAssignment {
  @Field(() => ID)
  enrolmentId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  coachId: string;

  @Field(() => Travel)
  travel: Travel;
}

@ObjectType({ description: "A coach's load (people followed: active mentorships and enrolments) against her capacity" })
export class CoachLoad {
  @Field(() => ID)
  coachId: string;

  @Field(() => Int, { nullable: true, description: 'People she can follow (weekly hours, one hour each); null when not set' })
  capacity: number | null;

  @Field(() => Int)
  loadBefore: number;

  @Field(() => Int)
  loadAfter: number;
}

@ObjectType()
export class CohortAssignmentPlan {
  @Field(() => ID)
  cohortId: string;

  @Field(() => [CoachAssignment])
  assignments: CoachAssignment[];

  @Field(() => [ID], { description: 'People left without a coach: every coach is at capacity' })
  unassignedPersonIds: string[];

  @Field(() => [CoachLoad])
  loads: CoachLoad[];
}

const LEADS = [Role.ADMIN, Role.PROGRAM_LEAD];

@Resolver(() => CohortAssignmentPlan)
export class CohortAssignmentResolver {
  constructor(private readonly service: CohortAssignmentService) {}

  @Allow(...LEADS)
  @Query(() => CohortAssignmentPlan, { description: 'Proposes a coach for everyone in the cohort still without one (nothing is saved).' })
  cohortAssignmentPreview(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<CohortAssignmentPlan> {
    return this.service.preview(actor, cohortId);
  }

  @Allow(...LEADS)
  @Mutation(() => CohortAssignmentPlan, { description: 'Saves the confirmed assignments of a cohort, all in one transaction.' })
  assignCohortCoaches(@CurrentActor() actor: Actor, @Args('input') input: AssignCohortCoachesInput): Promise<CohortAssignmentPlan> {
    return this.service.assign(actor, input);
  }
}

@Resolver(() => CoachAssignment)
export class CoachAssignmentResolver {
  @Allow(...LEADS)
  @ResolveField(() => Person, { nullable: true })
  person(@Parent() a: CoachAssignment, @Context() ctx: GqlContext): Promise<Person | null> {
    return ctx.loaders.visiblePeople.load(a.personId);
  }

  @Allow(...LEADS)
  @ResolveField(() => User, { nullable: true })
  coach(@Parent() a: CoachAssignment, @Context() ctx: GqlContext): Promise<User | null> {
    return ctx.loaders.usersById.load(a.coachId);
  }
}

@Resolver(() => CoachLoad)
export class CoachLoadResolver {
  @Allow(...LEADS)
  @ResolveField(() => User, { nullable: true })
  coach(@Parent() l: CoachLoad, @Context() ctx: GqlContext): Promise<User | null> {
    return ctx.loaders.usersById.load(l.coachId);
  }
}
