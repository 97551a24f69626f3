import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { IsDay } from '../../../common/day';
import { TrimToNull } from '../../../common/input';
import { IsCount, IsMoney } from '../../../common/money';
import { PageArgs } from '../../../common/pagination';
import { FollowUpStatus } from '../follow-up.entity';


@InputType({ description: 'What a coach found at a follow-up visit or call. Send the version read (else CONFLICT).' })
export class RecordFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field({ description: 'Is the activity still operating?' })
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  stillOperating: boolean;

  @Field(() => Float, { nullable: true, description: 'Monthly revenue, MAD (≥ 0, 2 decimals)' })
  @IsOptional()
  @IsMoney()
  revenue?: number | null;

  @Field(() => Int, { nullable: true, description: 'Jobs the activity holds: at least jobsWomen and at least jobsYouth' })
  @IsOptional()
  @IsCount()
  jobsTotal?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount()
  jobsWomen?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount()
  jobsYouth?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  note?: string | null;
}

@InputType()
export class FollowUpFilter {
  @Field(() => FollowUpStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FollowUpStatus, { message: ErrorReason.INVALID_VALUE })
  status?: FollowUpStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD: due on or before this day' })
  @IsOptional()
  @IsDay()
  dueBefore?: string;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => FollowUpFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpFilter)
  filter?: FollowUpFilter;
}

@ArgsType()
export class FollowUpSummaryArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;
}
