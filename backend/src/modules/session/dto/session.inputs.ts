import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination';

export enum RepeatEvery {
  DAY = 'DAY',
  WEEK = 'WEEK',
  TWO_WEEKS = 'TWO_WEEKS',
}
export enum ChangeScope {
  THIS = 'THIS',
  FOLLOWING = 'FOLLOWING',
}
registerEnumType(RepeatEvery, { name: 'RepeatEvery' });
registerEnumType(ChangeScope, { name: 'ChangeScope', description: 'THIS session, or it and the FOLLOWING ones of its series' });

@InputType()
export class RepeatInput {
  @Field(() => RepeatEvery)
  @IsEnum(RepeatEvery, { message: ErrorReason.INVALID_VALUE })
  every: RepeatEvery;

  @Field(() => Int, { description: 'How many sessions in all (2–52)' })
  @IsInt()
  @Min(2, { message: ErrorReason.INVALID_VALUE })
  @Max(52, { message: ErrorReason.INVALID_VALUE })
  count: number;
}
import { Attendance, SessionKind, SessionMode, SessionStatus } from '../session.enums';

@InputType()
export class ScheduleSessionInput {
  @Field(() => SessionKind)
  @IsEnum(SessionKind, { message: ErrorReason.INVALID_VALUE })
  kind: SessionKind;

  @Field({ description: 'ISO 8601 date-time with offset' })
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  endsAt: Date;

  @Field(() => [ID], { description: 'Coaches (user ids); a coach scheduling must include herself' })
  @IsArray()
  @ArrayMinSize(1, { message: ErrorReason.REQUIRED })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  coachIds: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'People taking part' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  participantIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cooperativeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId?: string | null;

  @Field(() => SessionMode, { nullable: true, defaultValue: SessionMode.ON_SITE })
  @IsOptional()
  @IsEnum(SessionMode, { message: ErrorReason.INVALID_VALUE })
  mode?: SessionMode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  place?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: ErrorReason.TOO_LONG })
  topics?: string[];

  @Field(() => RepeatInput, { nullable: true, description: 'Creates a series in one go (all or nothing)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepeatInput)
  repeat?: RepeatInput | null;

  @Field(() => Int, { nullable: true, description: 'Places available (trainings); participants beyond it are waitlisted' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  @Max(1000, { message: ErrorReason.INVALID_VALUE })
  capacity?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string (a UUID) chosen by the client for this write: replaying it with the same input returns the first answer without writing again; with another input it is refused (IDEMPOTENCY_KEY_REUSED)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  idempotencyKey?: string | null;
}

@InputType()
export class RescheduleSessionInput {
  @Field(() => ChangeScope, { nullable: true, defaultValue: ChangeScope.THIS })
  @IsOptional()
  @IsEnum(ChangeScope, { message: ErrorReason.INVALID_VALUE })
  scope?: ChangeScope;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  endsAt: Date;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId: string;

  @Field(() => Attendance)
  @IsEnum(Attendance, { message: ErrorReason.INVALID_VALUE })
  attendance: Attendance;
}

@InputType()
export class LogSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => SessionStatus, { nullable: true, defaultValue: SessionStatus.DONE, description: 'DONE, NO_SHOW or CANCELLED' })
  @IsOptional()
  @IsEnum(SessionStatus, { message: ErrorReason.INVALID_VALUE })
  status?: SessionStatus;

  @Field(() => [AttendanceInput], { nullable: true, description: 'Participants not listed stay as they are' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceInput)
  attendance?: AttendanceInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: ErrorReason.TOO_LONG })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  nextSteps?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  topics?: string[];

  @Field(() => String, { nullable: true, description: 'Why it was cancelled' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: ErrorReason.TOO_LONG })
  cancelReason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string (a UUID) chosen by the client for this write: replaying it with the same input returns the first answer without writing again; with another input it is refused (IDEMPOTENCY_KEY_REUSED)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  idempotencyKey?: string | null;
}

@InputType()
export class SessionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  coachId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId?: string;

  @Field({ nullable: true, description: 'Sessions ending after this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  from?: Date;

  @Field({ nullable: true, description: 'Sessions starting before this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  to?: Date;

  @Field(() => SessionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SessionStatus, { message: ErrorReason.INVALID_VALUE })
  status?: SessionStatus;

  @Field(() => SessionKind, { nullable: true })
  @IsOptional()
  @IsEnum(SessionKind, { message: ErrorReason.INVALID_VALUE })
  kind?: SessionKind;
}

@ArgsType()
export class SessionsArgs extends PageArgs {
  @Field(() => SessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionFilter)
  filter?: SessionFilter;
}

@InputType()
export class SlotCheckInput {
  @Field()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: ErrorReason.INVALID_VALUE })
  endsAt: Date;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  coachIds: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  participantIds?: string[];

  @Field(() => ID, { nullable: true, description: 'The session being moved (its own time does not count)' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionId?: string | null;
}
