import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDay } from '../../../common/day';
import { Trim, TrimToNull } from '../../../common/input';
import { PageArgs } from '../../../common/pagination';
import { ActionItemStatus, ActionOwnerKind, ActionSourceKind } from '../action-item.entity';

// The pipe reports the check nearest the property first, so `@IsNotEmpty` (REQUIRED) goes last.

/** Fields that must not be null when given (an update leaves out what it does not change). */
const given = (_: object, value: unknown) => value !== undefined;

@InputType()
export class CreateActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId: string;

  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  details?: string | null;

  @Field(() => ActionOwnerKind)
  @IsEnum(ActionOwnerKind, { message: ErrorReason.INVALID_VALUE })
  ownerKind: ActionOwnerKind;

  @Field(() => ID, { nullable: true, description: 'For COACH items: the staff member (defaults to the calling coach). Not for ENTREPRENEUR items.' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ownerUserId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDay()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  dueOn: string;

  @Field(() => ActionSourceKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActionSourceKind, { message: ErrorReason.INVALID_VALUE })
  sourceKind?: ActionSourceKind | null;

  @Field(() => ID, { nullable: true, description: 'The session or diagnostic that produced it (needs sourceKind)' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sourceId?: string | null;
}

@InputType({ description: 'Only the fields sent change; null clears an optional one.' })
export class UpdateActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  details?: string | null;

  @Field(() => ActionOwnerKind, { nullable: true })
  @ValidateIf(given)
  @IsEnum(ActionOwnerKind, { message: ErrorReason.INVALID_VALUE })
  ownerKind?: ActionOwnerKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ownerUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf(given)
  @IsDay()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  dueOn?: string;

  @Field(() => ActionItemStatus, { nullable: true, description: 'DONE records when; OPEN or CANCELLED clears it' })
  @ValidateIf(given)
  @IsEnum(ActionItemStatus, { message: ErrorReason.INVALID_VALUE })
  status?: ActionItemStatus;

  @Field(() => ActionSourceKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActionSourceKind, { message: ErrorReason.INVALID_VALUE })
  sourceKind?: ActionSourceKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sourceId?: string | null;
}

@ArgsType()
export class CompleteActionItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => Boolean, { defaultValue: true, description: 'true ticks it off (DONE), false reopens it (OPEN)' })
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  done: boolean;
}

@ArgsType()
export class MyActionItemsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also DONE and CANCELLED ones' })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  includeClosed?: boolean;
}
