import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim, TrimToNull, TrimUpper } from '../../../common/input';
import { PageArgs } from '../../../common/pagination';
import { PartnerKind, PartnerSort } from '../partner.enums';

// The pipe reports the check nearest the property first, so `@IsNotEmpty` (REQUIRED) goes last.

const COUNTRY_CODE = /^[A-Z]{2}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{4,28}[0-9]$/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
/** Fields that must not be null when given (an update leaves out what it does not change). */
const given = (_: object, value: unknown) => value !== undefined;

@InputType()
export class PartnerFilter {
  @Field(() => PartnerKind, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerKind, { message: ErrorReason.INVALID_VALUE })
  kind?: PartnerKind;

  @Field(() => String, { nullable: true, description: 'Part of the name, contact name or contact e-mail (accents and case ignored).' })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(100, { message: ErrorReason.TOO_LONG })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  includeArchived?: boolean;
}

@ArgsType()
export class PartnersArgs extends PageArgs {
  @Field(() => PartnerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerFilter)
  filter?: PartnerFilter;

  @Field(() => PartnerSort, { nullable: true, defaultValue: PartnerSort.NAME_ASC })
  @IsOptional()
  @IsEnum(PartnerSort, { message: ErrorReason.INVALID_VALUE })
  sort?: PartnerSort;
}

@InputType()
export class CreatePartnerInput {
  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  name: string;

  @Field(() => PartnerKind)
  @IsEnum(PartnerKind, { message: ErrorReason.INVALID_VALUE })
  kind: PartnerKind;

  @Field(() => String, { nullable: true, defaultValue: 'MA', description: 'ISO 3166-1 alpha-2; Morocco when left out.' })
  @ValidateIf(given)
  @TrimUpper()
  @Matches(COUNTRY_CODE, { message: ErrorReason.INVALID_VALUE })
  @IsString({ message: ErrorReason.REQUIRED })
  countryCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsEmail({}, { message: ErrorReason.INVALID_EMAIL })
  @MaxLength(254, { message: ErrorReason.TOO_LONG })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, `+ ( ) . -`.' })
  @IsOptional()
  @TrimToNull()
  @Matches(PHONE, { message: ErrorReason.INVALID_VALUE })
  @MaxLength(30, { message: ErrorReason.TOO_LONG })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  @IsOptional()
  @TrimToNull()
  @IsUrl(URL_OPTIONS, { message: ErrorReason.INVALID_VALUE })
  @MaxLength(500, { message: ErrorReason.TOO_LONG })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  notes?: string | null;
}

/** Fields left out stay as they are; `null` clears an optional one. */
@InputType()
export class UpdatePartnerInput {
  @Field(() => ID)
  @IsString({ message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int, { description: 'The version read: a stale one answers CONFLICT.' })
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Trim()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  @IsString({ message: ErrorReason.REQUIRED })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
  @ValidateIf(given)
  @IsEnum(PartnerKind, { message: ErrorReason.REQUIRED })
  kind?: PartnerKind;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @TrimUpper()
  @Matches(COUNTRY_CODE, { message: ErrorReason.INVALID_VALUE })
  @IsString({ message: ErrorReason.REQUIRED })
  countryCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsEmail({}, { message: ErrorReason.INVALID_EMAIL })
  @MaxLength(254, { message: ErrorReason.TOO_LONG })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @Matches(PHONE, { message: ErrorReason.INVALID_VALUE })
  @MaxLength(30, { message: ErrorReason.TOO_LONG })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsUrl(URL_OPTIONS, { message: ErrorReason.INVALID_VALUE })
  @MaxLength(500, { message: ErrorReason.TOO_LONG })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  notes?: string | null;
}

@ArgsType()
export class PartnerArgs {
  @Field(() => ID)
  @IsString({ message: ErrorReason.INVALID_VALUE })
  id: string;
}

@ArgsType()
export class ArchivePartnerArgs {
  @Field(() => ID)
  @IsString({ message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;
}
