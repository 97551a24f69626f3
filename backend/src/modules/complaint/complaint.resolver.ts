import { Args, Context, Field, Float, ID, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow, AllowSignedIn } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Person } from '../person/person.entity';
import { Program } from '../program/program.entity';
import { applySessionVisibility } from '../session/session.access';
import { CoachingSession } from '../session/session.entity';
import { Complaint, ComplaintAttachment, ComplaintCategory, OPEN_STATUSES, SENSITIVE_CATEGORIES } from './complaint.entity';
import { ComplaintService } from './complaint.service';
import {
  AppealComplaintInput,
  AssignComplaintInput,
  ComplaintsArgs,
  DecideComplaintInput,
  FileComplaintInput,
  RateSessionInput,
  SatisfactionArgs,
  UpdateComplaintSettingsInput,
} from './dto/complaint.inputs';
import { SatisfactionService } from './satisfaction.service';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@ObjectType()
export class ComplaintConnection extends Connection(Complaint, 'Complaint') {}

@ObjectType()
export class ComplaintDeadline {
  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Field(() => Int)
  days: number;
}

@ObjectType({ description: 'Organisation settings for complaints' })
export class ComplaintSettings {
  @Field(() => [ComplaintDeadline])
  deadlines: ComplaintDeadline[];

  @Field(() => ID, { nullable: true, description: 'The safeguarding focal point: sensitive complaints go to her' })
  safeguardingUserId: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class AssignableUser {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType()
export class SessionRating {
  @Field(() => ID)
  sessionId: string;

  @Field(() => Int)
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType()
export class SatisfactionGroup {
  @Field(() => ID, { nullable: true, description: 'The coach (user id) or programme id' })
  key: string | null;

  @Field(() => String, { nullable: true, description: 'The coach’s display name or the programme’s name' })
  label: string | null;

  @Field(() => Int)
  ratings: number;

  @Field(() => Float, { nullable: true, description: '1–5; null when too few ratings to stay anonymous' })
  average: number | null;
}

@ObjectType({ description: 'Satisfaction over the sessions the caller may see; a coach gets only her own aggregate' })
export class Satisfaction {
  @Field(() => Int)
  ratings: number;

  @Field(() => Float, { nullable: true })
  average: number | null;

  @Field(() => [Int], { description: 'How many ratings of 1, 2, 3, 4 and 5' })
  distribution: number[];

  @Field(() => [SatisfactionGroup])
  byCoach: SatisfactionGroup[];

  @Field(() => [SatisfactionGroup])
  byProgram: SatisfactionGroup[];
}

/** Request-scoped loaders of this module (one per GraphQL context). */
const LOADERS = new WeakMap<object, ReturnType<typeof makeLoaders>>();
function makeLoaders(ds: DataSource, actor: Actor | null, satisfaction: SatisfactionService) {
  return {
    sessions: new DataLoader<string, CoachingSession | null>(async (ids) => {
      if (!actor) return ids.map(() => null);
      const rows = await applySessionVisibility(
        ds.createQueryBuilder(CoachingSession, 's').where('s.id IN (:...ids)', { ids }),
        actor,
        's',
      ).getMany();
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    attachments: new DataLoader<string, ComplaintAttachment[]>(async (ids) => {
      const rows = await ds.getRepository(ComplaintAttachment).find({ where: { complaintId: In([...ids]) }, order: { createdAt: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.complaintId === id));
    }),
    myRatings: new DataLoader<string, number | null>(async (ids) => {
      if (!actor || actor.role !== Role.ENTREPRENEUR) return ids.map(() => null);
      const map = await satisfaction.mine(actor, ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    private readonly service: ComplaintService,
    private readonly ratings: SatisfactionService,
    private readonly dataSource: DataSource,
  ) {}

  private loaders(ctx: GqlContext) {
    let l = LOADERS.get(ctx);
    if (!l) LOADERS.set(ctx, (l = makeLoaders(this.dataSource, ctx.auth.actor, this.ratings)));
    return l;
  }

  @Allow(...ALL)
  @Query(() => ComplaintConnection, { description: 'Complaints the caller may see, newest first (an entrepreneur: her own).' })
  complaints(@CurrentActor() actor: Actor, @Args() args: ComplaintsArgs, @Info() info: GraphQLResolveInfo) {
    return this.service.list(actor, args.filter, args, selects(info, 'totalCount'));
  }

  @Allow(...ALL)
  @Query(() => Complaint, { description: 'NOT_FOUND when the caller may not see it' })
  complaint(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Complaint> {
    return this.service.get(actor, id);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => ComplaintSettings)
  complaintSettings(@CurrentActor() actor: Actor): Promise<ComplaintSettings> {
    return this.service.settings(actor.organizationId);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => [AssignableUser], { description: 'Who this complaint may be assigned to' })
  complaintAssignees(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AssignableUser[]> {
    return this.service.assignableUsers(actor, id);
  }

  @Allow(Role.ADMIN)
  @Query(() => [AssignableUser], { description: 'Who may be the safeguarding focal point: active admins and programme leads' })
  safeguardingCandidates(@CurrentActor() actor: Actor): Promise<AssignableUser[]> {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", role FROM app_user
        WHERE organization_id = $1 AND disabled_at IS NULL AND role IN ('ADMIN', 'PROGRAM_LEAD') ORDER BY display_name`,
      [actor.organizationId],
    );
  }

  @Allow(...ALL)
  @Mutation(() => Complaint, {
    description: 'Files a complaint: an entrepreneur for herself, staff on her behalf (phone, visit, paper form).',
  })
  fileComplaint(@CurrentActor() actor: Actor, @Args('input') input: FileComplaintInput): Promise<Complaint> {
    return this.service.file(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Complaint, { description: 'Assigns it (never to the coach it is about); a received complaint goes into review.' })
  assignComplaint(@CurrentActor() actor: Actor, @Args('input') input: AssignComplaintInput): Promise<Complaint> {
    return this.service.assign(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Complaint, { description: 'The written decision (resolved, rejected or referred), sent to her in her language.' })
  decideComplaint(@CurrentActor() actor: Actor, @Args('input') input: DecideComplaintInput): Promise<Complaint> {
    return this.service.decide(actor, input);
  }

  @Allow(Role.ENTREPRENEUR)
  @Mutation(() => Complaint, { description: 'Her one appeal against the decision.' })
  appealComplaint(@CurrentActor() actor: Actor, @Args('input') input: AppealComplaintInput): Promise<Complaint> {
    return this.service.appeal(actor, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ComplaintSettings)
  updateComplaintSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateComplaintSettingsInput): Promise<ComplaintSettings> {
    return this.service.updateSettings(actor, input);
  }

  @Allow(Role.ENTREPRENEUR)
  @Mutation(() => SessionRating, { description: 'Rates a session she took part in (1–5, optional comment); rating again changes it.' })
  rateSession(@CurrentActor() actor: Actor, @Args('input') input: RateSessionInput): Promise<SessionRating> {
    return this.ratings.rate(actor, input);
  }

  @Allow(Role.ENTREPRENEUR)
  @Query(() => [CoachingSession], { description: 'Her past sessions (to rate, or to name in a complaint), latest first' })
  myPastSessions(@CurrentActor() actor: Actor): Promise<CoachingSession[]> {
    return applySessionVisibility(this.dataSource.createQueryBuilder(CoachingSession, 's'), actor, 's')
      .andWhere('s.starts_at < now()')
      .orderBy('s.starts_at', 'DESC')
      .limit(20)
      .getMany();
  }

  @Allow(...STAFF)
  @Query(() => Satisfaction)
  satisfaction(@CurrentActor() actor: Actor, @Args() args: SatisfactionArgs): Promise<Satisfaction> {
    return this.ratings.summary(actor, args.programId);
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'Abuse or discrimination: admins and the safeguarding focal point only' })
  sensitive(@Parent() c: Complaint): boolean {
    return SENSITIVE_CATEGORIES.includes(c.category);
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'Open and past its deadline' })
  overdue(@Parent() c: Complaint): boolean {
    return OPEN_STATUSES.includes(c.status) && c.dueAt.getTime() < Date.now();
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'Whether the caller may still appeal (her own, decided, not appealed yet)' })
  canAppeal(@Parent() c: Complaint, @CurrentActor() actor: Actor): boolean {
    return actor.role === Role.ENTREPRENEUR && !c.appealedAt && ['RESOLVED', 'REJECTED', 'REFERRED'].includes(c.status);
  }

  @Allow(...ALL)
  @ResolveField(() => Person, { nullable: true, description: 'The complainant; null when anonymous (except for admins and herself)' })
  async person(@Parent() c: Complaint, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<Person | null> {
    if (!(await this.service.canSeeIdentity(actor, c))) return null;
    return ctx.loaders.visiblePeople.load(c.personId);
  }

  @Allow(...ALL)
  @ResolveField(() => User, { nullable: true, description: 'Who filed it; hidden like her identity when anonymous' })
  async filedBy(@Parent() c: Complaint, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<User | null> {
    if (!c.filedBy || !(await this.service.canSeeIdentity(actor, c))) return null;
    return ctx.loaders.usersById.load(c.filedBy);
  }

  @Allow(...ALL)
  @ResolveField(() => CoachingSession, { nullable: true, description: 'The session it is about, when the caller may see it' })
  session(@Parent() c: Complaint, @Context() ctx: GqlContext): Promise<CoachingSession | null> | null {
    return c.sessionId ? this.loaders(ctx).sessions.load(c.sessionId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => User, { nullable: true, description: 'The coach it is about' })
  coach(@Parent() c: Complaint, @Context() ctx: GqlContext): Promise<User | null> | null {
    return c.coachUserId ? ctx.loaders.usersById.load(c.coachUserId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Program, { nullable: true })
  program(@Parent() c: Complaint, @Context() ctx: GqlContext): Promise<Program> | null {
    return c.programId ? ctx.loaders.programs.load(c.programId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => User, { nullable: true })
  assignee(@Parent() c: Complaint, @Context() ctx: GqlContext): Promise<User | null> | null {
    return c.assigneeUserId ? ctx.loaders.usersById.load(c.assigneeUserId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => [ComplaintAttachment], { description: 'Download at /api/complaints/attachments/{id}' })
  attachments(@Parent() c: Complaint, @Context() ctx: GqlContext): Promise<ComplaintAttachment[]> {
    return this.loaders(ctx).attachments.load(c.id);
  }
}

/** Her rating of a past session, on "My journey". */
@Resolver(() => CoachingSession)
export class SessionRatingResolver {
  constructor(
    private readonly satisfaction: SatisfactionService,
    private readonly dataSource: DataSource,
  ) {}

  @AllowSignedIn()
  @ResolveField(() => Int, { nullable: true, description: 'The signed-in entrepreneur’s rating of this session (1–5); null for others' })
  myRating(@Parent() s: CoachingSession, @Context() ctx: GqlContext): Promise<number | null> {
    let l = LOADERS.get(ctx);
    if (!l) LOADERS.set(ctx, (l = makeLoaders(this.dataSource, ctx.auth.actor, this.satisfaction)));
    return l.myRatings.load(s.id);
  }
}
