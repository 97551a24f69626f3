import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDay } from '../../../common/day';
import { TrimToNull } from '../../../common/input';
import { IsMoney } from '../../../common/money';
import { ReferralKind, ReferralOutcome } from '../referral.entity';

// The pipe reports the check nearest the property first, so `@IsNotEmpty` (REQUIRED) goes last.

/** Fields that must not be null when given (an update leaves out what it does not change). */
const given = (_: object, value: unknown) => value !== undefined;

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId: string;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  partnerId: string;

  @Field(() => ReferralKind)
  @IsEnum(ReferralKind, { message: ErrorReason.INVALID_VALUE })
  kind: ReferralKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default; not in the future' })
  @IsOptional()
  @IsDay()
  referredOn?: string | null;

  @Field(() => ReferralOutcome, { nullable: true, defaultValue: ReferralOutcome.PENDING })
  @IsOptional()
  @IsEnum(ReferralOutcome, { message: ErrorReason.INVALID_VALUE })
  outcome?: ReferralOutcome;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default once there is an outcome' })
  @IsOptional()
  @IsDay()
  outcomeOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'MAD (≥ 0, 2 decimals)' })
  @IsOptional()
  @IsMoney()
  amount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  note?: string | null;
}

@InputType({ description: 'Only the fields sent change; null clears an optional one. Record the outcome here.' })
export class UpdateReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => ID, { nullable: true })
  @ValidateIf(given)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  partnerId?: string;

  @Field(() => ReferralKind, { nullable: true })
  @ValidateIf(given)
  @IsEnum(ReferralKind, { message: ErrorReason.INVALID_VALUE })
  kind?: ReferralKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf(given)
  @IsDay()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  referredOn?: string;

  @Field(() => ReferralOutcome, { nullable: true })
  @ValidateIf(given)
  @IsEnum(ReferralOutcome, { message: ErrorReason.INVALID_VALUE })
  outcome?: ReferralOutcome;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default when an outcome is recorded' })
  @IsOptional()
  @IsDay()
  outcomeOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'MAD (≥ 0, 2 decimals); null clears' })
  @IsOptional()
  @IsMoney()
  amount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  note?: string | null;
}
