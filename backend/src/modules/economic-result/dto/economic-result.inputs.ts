import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDay } from '../../../common/day';
import { TrimToNull } from '../../../common/input';
import { IsCount, IsMoney } from '../../../common/money';
import { PeriodKind } from '../economic-result.entity';

// The pipe reports the check nearest the property first, so `@IsNotEmpty` (REQUIRED) goes last.

/** Fields that must not be null when given (recording a period again leaves out what it does not change). */
const given = (_: object, value: unknown) => value !== undefined;

@InputType({
  description:
    "A period's results. The first time, missing counts are 0; when the period has results already, send their `version` (else CONFLICT): the fields sent change, the others stay.",
})
export class RecordEconomicResultInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId: string;

  @Field(() => PeriodKind, { defaultValue: PeriodKind.MONTH })
  @IsEnum(PeriodKind, { message: ErrorReason.INVALID_VALUE })
  periodKind: PeriodKind;

  @Field({ description: 'YYYY-MM-DD: the first day of the month, or of the quarter (January, April, July, October); not a future period' })
  @IsDay()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  periodStart: string;

  @Field(() => Int, { nullable: true, description: 'The version read, when the period has results already' })
  @IsOptional()
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version?: number | null;

  @Field(() => Float, { nullable: true, description: 'Sales in MAD (≥ 0, 2 decimals); required the first time' })
  @ValidateIf(given)
  @IsMoney()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  revenue?: number;

  @Field(() => Float, { nullable: true, description: 'MAD (≥ 0, 2 decimals); null clears' })
  @IsOptional()
  @IsMoney()
  costs?: number | null;

  @Field(() => Int, { nullable: true })
  @ValidateIf(given)
  @IsCount()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  jobsWomen?: number;

  @Field(() => Int, { nullable: true })
  @ValidateIf(given)
  @IsCount()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  jobsYouth?: number;

  @Field(() => Int, { nullable: true, description: 'Jobs created in the period: at least jobsWomen and at least jobsYouth' })
  @ValidateIf(given)
  @IsCount()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  jobsTotal?: number;

  @Field(() => Int, { nullable: true, description: 'Active members, for a venture of a cooperative; null clears' })
  @IsOptional()
  @IsCount()
  activeMembers?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any unique string (a UUID) chosen by the client for this write (results recorded offline): replaying it with the same input returns the first answer without writing again; with another input it is refused (IDEMPOTENCY_KEY_REUSED)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  idempotencyKey?: string | null;
}

@ArgsType()
export class DeleteEconomicResultArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;
}
