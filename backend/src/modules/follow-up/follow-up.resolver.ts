import { Args, Context, Field, Float, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Person } from '../person/person.entity';
import { Program } from '../program/program.entity';
import { FollowUpsArgs, FollowUpSummaryArgs, RecordFollowUpInput } from './dto/follow-up.inputs';
import { FollowUp, FollowUpStatus } from './follow-up.entity';
import { FollowUpService } from './follow-up.service';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@ObjectType()
export class FollowUpConnection extends Connection(FollowUp, 'FollowUp') {}

@ObjectType({ description: 'Survival after graduation at 6 or 12 months, over what the caller may see' })
export class FollowUpRate {
  @Field(() => Int)
  months: number;

  @Field(() => Int, { description: 'Follow-ups still to record' })
  due: number;

  @Field(() => Int, { description: 'Of those, past their due date' })
  overdue: number;

  @Field(() => Int, { description: 'Follow-ups recorded' })
  recorded: number;

  @Field(() => Int, { description: 'Of those, activities still operating' })
  stillOperating: number;

  @Field(() => Float, { nullable: true, description: 'stillOperating / recorded (0–1); null when none is recorded' })
  survivalRate: number | null;
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  constructor(private readonly service: FollowUpService) {}

  @Allow(...STAFF)
  @Query(() => FollowUpConnection, { description: 'Follow-ups after graduation (cancelled ones only when asked for), soonest due first.' })
  followUps(@CurrentActor() actor: Actor, @Args() args: FollowUpsArgs, @Info() info: GraphQLResolveInfo) {
    return this.service.list(actor, args.filter, args, selects(info, 'totalCount'));
  }

  @Allow(...STAFF)
  @Query(() => [FollowUpRate], { description: 'Survival rate at 6 and 12 months after graduation.' })
  followUpRates(@CurrentActor() actor: Actor, @Args() args: FollowUpSummaryArgs): Promise<FollowUpRate[]> {
    return this.service.rates(actor, args.programId);
  }

  @Allow(...STAFF)
  @Mutation(() => FollowUp, { description: 'Records (or corrects) a follow-up; CONFLICT on a stale version.' })
  recordFollowUp(@CurrentActor() actor: Actor, @Args('input') input: RecordFollowUpInput): Promise<FollowUp> {
    return this.service.record(actor, input);
  }

  @Allow(...STAFF)
  @ResolveField(() => Person, { nullable: true, description: 'Null when the caller may no longer see her' })
  person(@Parent() f: FollowUp, @Context() ctx: GqlContext): Promise<Person | null> {
    return ctx.loaders.visiblePeople.load(f.personId);
  }

  @Allow(...STAFF)
  @ResolveField(() => Program)
  program(@Parent() f: FollowUp, @Context() ctx: GqlContext): Promise<Program> {
    return ctx.loaders.programs.load(f.programId);
  }

  @Allow(...STAFF)
  @ResolveField(() => User, { nullable: true })
  coach(@Parent() f: FollowUp, @Context() ctx: GqlContext): Promise<User | null> | null {
    return f.coachUserId ? ctx.loaders.usersById.load(f.coachUserId) : null;
  }

  @Allow(...STAFF)
  @ResolveField(() => Boolean, { description: 'Due and past its due date' })
  overdue(@Parent() f: FollowUp): boolean {
    return f.status === FollowUpStatus.DUE && f.dueOn < new Date().toISOString().slice(0, 10);
  }
}
