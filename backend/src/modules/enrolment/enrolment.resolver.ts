import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Cohort } from '../program/cohort.entity';
import { Program } from '../program/program.entity';
import { EnrolPeopleInput, EnrolPersonInput, UpdateEnrolmentInput } from './dto/enrolment.inputs';
import { Enrolment } from './enrolment.entity';
import { EnrolmentStatusChange } from './enrolment-status-change.entity';
import { EnrolmentService } from './enrolment.service';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  constructor(private readonly enrolments: EnrolmentService) {}

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Enrolment, { description: 'Enrols a person in a programme (and cohort), optionally assigning coaches.' })
  enrolPerson(@CurrentActor() actor: Actor, @Args('input') input: EnrolPersonInput): Promise<Enrolment> {
    return this.enrolments.enrol(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => [Enrolment], {
    description:
      'Enrols several people (e.g. the members of a cooperative) in one programme and cohort, all or nothing; those already enrolled are skipped. Answers the new enrolments.',
  })
  enrolPeople(@CurrentActor() actor: Actor, @Args('input') input: EnrolPeopleInput): Promise<Enrolment[]> {
    return this.enrolments.enrolMany(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Enrolment, {
    description: 'Changes the status (a dropout needs a reason) or the assigned coaches; CONFLICT on a stale version.',
  })
  updateEnrolment(@CurrentActor() actor: Actor, @Args('input') input: UpdateEnrolmentInput): Promise<Enrolment> {
    return this.enrolments.update(actor, input);
  }

  @Allow(...ALL)
  @ResolveField(() => Program)
  program(@Parent() e: Enrolment, @Context() ctx: GqlContext): Promise<Program> {
    return ctx.loaders.programs.load(e.programId);
  }

  @Allow(...ALL)
  @ResolveField(() => Cohort, { nullable: true })
  cohort(@Parent() e: Enrolment, @Context() ctx: GqlContext): Promise<Cohort> | null {
    return e.cohortId ? ctx.loaders.cohorts.load(e.cohortId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => [EnrolmentStatusChange], { description: 'Every status change, oldest first.' })
  statusHistory(@Parent() e: Enrolment, @Context() ctx: GqlContext): Promise<EnrolmentStatusChange[]> {
    return ctx.loaders.statusHistoryByEnrolment.load(e.id);
  }

  @Allow(...ALL)
  @ResolveField(() => [User])
  coaches(@Parent() e: Enrolment, @Context() ctx: GqlContext): Promise<User[]> {
    return ctx.loaders.coachesByEnrolment.load(e.id);
  }
}
