import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { Trim } from '../../../common/input';

// The pipe reports the check nearest the property first, so `@IsNotEmpty` (REQUIRED) goes last.

export const VALUE_CHAIN_NAME_MAX = 120;

@ArgsType()
export class ValueChainsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  includeArchived?: boolean;
}

@InputType()
export class CreateValueChainInput {
  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(VALUE_CHAIN_NAME_MAX, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  nameFr: string;

  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(VALUE_CHAIN_NAME_MAX, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  nameAr: string;
}

@InputType()
export class UpdateValueChainInput {
  @Field(() => ID)
  @IsString({ message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int, { description: 'The version read: a stale one answers CONFLICT.' })
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => String, { nullable: true, description: 'Unchanged when left out.' })
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @MaxLength(VALUE_CHAIN_NAME_MAX, { message: ErrorReason.TOO_LONG })
  @IsString({ message: ErrorReason.REQUIRED })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  nameFr?: string;

  @Field(() => String, { nullable: true, description: 'Unchanged when left out.' })
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @MaxLength(VALUE_CHAIN_NAME_MAX, { message: ErrorReason.TOO_LONG })
  @IsString({ message: ErrorReason.REQUIRED })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  nameAr?: string;
}

@ArgsType()
export class ArchiveValueChainArgs {
  @Field(() => ID)
  @IsString({ message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;
}
