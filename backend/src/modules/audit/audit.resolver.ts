import {
  ArgsType,
  Context,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
  Args,
  Info,
} from '@nestjs/graphql';
import { ErrorReason, Role } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { PageArgs, PageInfo, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { AuditAction } from './audit-events';
import { AuditLog } from './audit-log.entity';
import { verifyAuditTrail } from './audit-seal';
import { AuditPage, AuditService, AuditSubject } from './audit.service';

registerEnumType(AuditSubject, { name: 'AuditSubject', description: 'The kinds of record that have a history.' });
registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType({ description: 'One changed field: values as text, sensitive ones masked (never raw)' })
export class AuditChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'One line of the audit trail' })
export class AuditEntry {
  @Field(() => ID)
  seq: string;

  @Field()
  occurredAt: Date;

  actorUserId: string | null;

  @Field({ description: 'ADMIN, PROGRAM_LEAD, COACH, ENTREPRENEUR, ANONYMOUS, or SYSTEM (jobs, command line)' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'The address of the request (admins only)' })
  ip: string | null;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field({ description: 'The table or kind of thing concerned, e.g. person, venture_stage_change, export' })
  entity: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whose history this line belongs to: person, enrolment, venture, cooperative, session, program, user, partner, value_chain, organization',
  })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => [AuditChange])
  changes: AuditChange[];
}

@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor: string;

  @Field(() => AuditEntry)
  node: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'Whether the sealed audit trail is intact' })
export class AuditVerificationResult {
  @Field()
  ok: boolean;

  @Field(() => Int)
  seals: number;

  @Field(() => Int)
  rowsSealed: number;

  @Field(() => ID, { nullable: true })
  brokenSealId: string | null;
}

@InputType()
export class AuditFilter {
  @Field(() => AuditSubject, { nullable: true })
  @IsOptional()
  @IsEnum(AuditSubject, { message: ErrorReason.INVALID_VALUE })
  subjectType?: AuditSubject;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  subjectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  actorUserId?: string;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction, { message: ErrorReason.INVALID_VALUE })
  action?: AuditAction;

  @Field({ nullable: true, description: 'A table name, e.g. person or economic_result' })
  @IsOptional()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(64, { message: ErrorReason.TOO_LONG })
  entity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;
}

@ArgsType()
export class RecordHistoryArgs extends PageArgs {
  @Field(() => AuditSubject)
  @IsIn(Object.values(AuditSubject), { message: ErrorReason.INVALID_VALUE })
  subjectType: AuditSubject;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));

function toConnection(page: AuditPage, actor: Actor): AuditEntryConnection {
  const edges = page.rows.map((r: AuditLog) => ({
    cursor: r.seq,
    node: {
      seq: r.seq,
      occurredAt: r.occurredAt,
      actorUserId: r.actorUserId,
      actorRole: r.actorRole ?? 'SYSTEM',
      ip: actor.role === Role.ADMIN ? r.ip : null,
      action: r.action as AuditAction,
      entity: r.entity,
      entityId: r.entityId,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      changes: Object.entries(r.changes ?? {}).map(([field, [before, after]]) => ({ field, before: text(before), after: text(after) })),
    },
  }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => AuditEntryConnection, { description: 'Searches the audit trail, newest first (leads: what concerns their programmes).' })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args() args: AuditLogArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AuditEntryConnection> {
    return toConnection(await this.audit.list(actor, args.filter ?? {}, args.first ?? 20, args.after, selects(info, 'totalCount')), actor);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => AuditEntryConnection, { description: "One record's history, newest first; NOT_FOUND unless the caller may see the record." })
  async recordHistory(
    @CurrentActor() actor: Actor,
    @Args() args: RecordHistoryArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AuditEntryConnection> {
    return toConnection(
      await this.audit.history(actor, args.subjectType, args.id, args.first ?? 20, args.after, selects(info, 'totalCount')),
      actor,
    );
  }

  @Allow(Role.ADMIN)
  @Query(() => AuditVerificationResult, { description: 'Recomputes the seals of the audit trail (tampering shows as a broken seal).' })
  auditVerification(): Promise<AuditVerificationResult> {
    return verifyAuditTrail(this.dataSource);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @ResolveField(() => User, { nullable: true, description: 'Who did it (null: the system, or an anonymous caller)' })
  actor(@Parent() entry: AuditEntry, @Context() ctx: GqlContext): Promise<User | null> | null {
    return entry.actorUserId ? ctx.loaders.usersById.load(entry.actorUserId) : null;
  }
}
