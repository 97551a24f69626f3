import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNumber, Max, ValidateNested } from 'class-validator';
import { NotNullIfGiven } from '../../../common/input';
import { IsBoolean } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { ErrorReason, Indicator } from '@rafiq/shared';
import '../program-target.entity';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateProgramInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  endsOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  regionCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Programme leads (users with that role); the creating lead is always one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  leadIds?: string[];

  @Field(() => [ID], { nullable: true, description: "The programme's partners (this organisation's, not archived); replaces the list" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  partnerIds?: string[];
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  endsOn?: string | null;
}

@InputType()
export class ArchiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  endsOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  regionCodes?: string[];

  @Field(() => Int, { nullable: true, description: 'Days in one stage after which a venture shows as stalled (7–730)' })
  @IsOptional()
  @IsInt()
  @Min(7, { message: ErrorReason.INVALID_VALUE })
  @Max(730, { message: ErrorReason.INVALID_VALUE })
  stallAfterDays?: number;

  @Field(() => [ID], { nullable: true, description: 'Replaces the leads (at least one stays)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  leadIds?: string[];

  @Field(() => [ID], { nullable: true, description: "The programme's partners (this organisation's, not archived); replaces the list" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  partnerIds?: string[];
}

/** The largest target a numeric(14,4) column holds (in whole units). */
const MAX_TARGET = 9_999_999_999;

@InputType()
export class TargetInput {
  @Field(() => Indicator)
  @IsEnum(Indicator, { message: ErrorReason.INVALID_VALUE })
  indicator: Indicator;

  @Field(() => Float, { description: 'A count, or a share between 0 and 1 for *_SHARE and DROPOUT_RATE' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: ErrorReason.INVALID_VALUE })
  @Min(0, { message: ErrorReason.INVALID_VALUE })
  @Max(MAX_TARGET, { message: ErrorReason.INVALID_VALUE })
  value: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  dueOn?: string | null;
}

@InputType()
export class SetProgramTargetsInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId: string;

  @Field(() => [TargetInput], { description: 'Replaces every target of the programme' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TargetInput)
  targets: TargetInput[];
}

@InputType()
export class UpdateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  endsOn?: string | null;
}
