import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason, Stage } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { NotNullIfGiven } from '../../../common/input';
import { PageArgs } from '../../../common/pagination';

@InputType()
export class CreateVentureInput {
  @Field(() => ID, { nullable: true, description: 'Owner: a person…' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ownerPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or a cooperative (exactly one of the two)' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ownerCooperativeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string | null;

  @Field()
  @IsString()
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  valueChainId?: string | null;

  @Field(() => String, { nullable: true, description: "Defaults to the owner's region" })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  provinceCode?: string | null;

  @Field(() => Stage, { nullable: true, defaultValue: Stage.IDEA })
  @IsOptional()
  @IsEnum(Stage, { message: ErrorReason.INVALID_VALUE })
  stage?: Stage;
}

@InputType()
export class UpdateVentureInput {
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
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  valueChainId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any unique string (a UUID) chosen by the client for this write (an edit made offline): replaying it with the same input returns the first answer (not a CONFLICT with itself); with another input it is refused (IDEMPOTENCY_KEY_REUSED)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  idempotencyKey?: string | null;
}

@InputType()
export class MoveVentureStageInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Stage)
  @IsEnum(Stage, { message: ErrorReason.INVALID_VALUE })
  toStage: Stage;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default; not in the future nor before the last move' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  changedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  note?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  evidence?: string | null;

  @Field(() => [ID], { nullable: true, description: "Criteria of the programme's checklist for the new stage that are met" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  criteriaMet?: string[];

  @Field(() => String, { nullable: true, description: 'Required when a criterion is not met' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  justification?: string | null;
}

@InputType()
export class CriterionInput {
  @Field()
  @IsString()
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  labelFr: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  labelAr?: string | null;
}

@InputType()
export class SetStageCriteriaInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId: string;

  @Field(() => Stage)
  @IsEnum(Stage, { message: ErrorReason.INVALID_VALUE })
  stage: Stage;

  @Field(() => [CriterionInput], { description: 'Replaces the checklist for reaching this stage' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];
}

@InputType()
export class VentureFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'Ventures of people enrolled in this cohort' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cohortId?: string;

  @Field(() => Stage, { nullable: true })
  @IsOptional()
  @IsEnum(Stage, { message: ErrorReason.INVALID_VALUE })
  stage?: Stage;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  valueChainId?: string;

  @Field(() => ID, { nullable: true, description: "Ventures whose owner has an ACTIVE enrolment with this coach" })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  coachId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ownerPersonId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ownerCooperativeId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: ErrorReason.TOO_LONG })
  search?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class VenturesArgs extends PageArgs {
  @Field(() => VentureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VentureFilter)
  filter?: VentureFilter;
}
