import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { NotNullIfGiven } from '../../../common/input';
import { PageArgs } from '../../../common/pagination';
import { LegalForm, MemberRole } from '../cooperative.enums';

@InputType()
export class MemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId: string;

  @Field(() => MemberRole, { nullable: true, defaultValue: MemberRole.MEMBER })
  @IsOptional()
  @IsEnum(MemberRole, { message: ErrorReason.INVALID_VALUE })
  role?: MemberRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  since?: string | null;
}

@InputType({ isAbstract: true })
class CooperativeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  nameAr?: string | null;

  @Field(() => LegalForm, { nullable: true })
  @IsOptional()
  @IsEnum(LegalForm, { message: ErrorReason.INVALID_VALUE })
  legalForm?: LegalForm;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: ErrorReason.TOO_LONG })
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  createdOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  commune?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  valueChainId?: string | null;
}

@InputType()
export class CreateCooperativeInput extends CooperativeFields {
  @Field()
  @IsString()
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  name: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  regionCode: string;

  @Field(() => [MemberInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => MemberInput)
  members?: MemberInput[];
}

@InputType()
export class UpdateCooperativeInput extends CooperativeFields {
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
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  regionCode?: string;
}

@InputType()
export class AddMemberInput extends MemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cooperativeId: string;
}

@InputType()
export class CooperativeFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: ErrorReason.TOO_LONG })
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  valueChainId?: string;

  @Field(() => LegalForm, { nullable: true })
  @IsOptional()
  @IsEnum(LegalForm, { message: ErrorReason.INVALID_VALUE })
  legalForm?: LegalForm;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class CooperativesArgs extends PageArgs {
  @Field(() => CooperativeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CooperativeFilter)
  filter?: CooperativeFilter;
}
