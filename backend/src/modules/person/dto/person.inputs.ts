import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { NotNullIfGiven } from '../../../common/input';
import { PageArgs } from '../../../common/pagination';
import { ErrorReason } from '@rafiq/shared';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { Area, ConsentChannel, ConsentGiver, EducationLevel, Gender, PersonSort } from '../person.enums';
import { EnrolmentStatus } from '../../enrolment/enrolment.entity';

const NAME = { message: ErrorReason.TOO_LONG };

/** A consent as recorded: when, to which version of the notice, through which channel, given by whom. */
@InputType()
export class ConsentInput {
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future' })
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  givenOn: string;

  @Field(() => Int, { nullable: true, description: "Version of the organisation's consent notice; defaults to the current one" })
  @IsOptional()
  @IsInt()
  @Min(1)
  noticeVersion?: number | null;

  @Field(() => ConsentChannel)
  @IsEnum(ConsentChannel, { message: ErrorReason.INVALID_VALUE })
  channel: ConsentChannel;

  @Field(() => ConsentGiver, { defaultValue: ConsentGiver.SELF })
  @IsEnum(ConsentGiver, { message: ErrorReason.INVALID_VALUE })
  givenBy: ConsentGiver;
}

/** Fields shared by create and update. On update, absent fields are left as they are. */
@InputType({ isAbstract: true })
export class PersonFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, NAME)
  firstNameAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, NAME)
  lastNameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, in the past' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'National ID (CIN); unique in the organisation' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{1,2}[\s-]?\d{3,8}$/, { message: ErrorReason.INVALID_VALUE })
  nationalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Any usual writing; stored in E.164' })
  @IsOptional()
  @IsString()
  @MaxLength(40, NAME)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, NAME)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, NAME)
  commune?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, NAME)
  locality?: string | null;

  @Field(() => Area, { nullable: true })
  @IsOptional()
  @IsEnum(Area, { message: ErrorReason.INVALID_VALUE })
  area?: Area | null;

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EducationLevel, { message: ErrorReason.INVALID_VALUE })
  educationLevel?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  neet?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['ar', 'fr', 'en'], { message: ErrorReason.INVALID_VALUE })
  preferredLocale?: string | null;

  @Field(() => ConsentInput, {
    nullable: true,
    description: 'Her consent; without one (given now or before) only name, gender, region and programme may be stored.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput | null;
}

@InputType()
export class CreatePersonInput extends PersonFields {
  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, NAME)
  firstName: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, NAME)
  lastName: string;

  @Field(() => Gender)
  @IsEnum(Gender, { message: ErrorReason.INVALID_VALUE })
  gender: Gender;

  @Field({ description: 'ISO 3166-2 region code, e.g. MA-09' })
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  regionCode: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Any unique string (a UUID) chosen by the client for this write (a person met on site, recorded offline): replaying it with the same input returns the first answer without writing again; with another input it is refused (IDEMPOTENCY_KEY_REUSED)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  idempotencyKey?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Met at this session (field mode): she joins its participants in the same transaction. A coach creates people only this way, at a session she runs (so that she is assigned to her through the session).',
  })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionId?: string | null;
}

@InputType()
export class UpdatePersonInput extends PersonFields {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int, { description: 'The version that was read; a newer one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, NAME)
  firstName?: string;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, NAME)
  lastName?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender, { message: ErrorReason.INVALID_VALUE })
  gender?: Gender;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  regionCode?: string;
}

@InputType()
export class PersonFilter {
  @Field({ nullable: true, description: 'Fuzzy name search, Latin or Arabic script' })
  @IsOptional()
  @IsString()
  @MaxLength(100, NAME)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  provinceCode?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender, { message: ErrorReason.INVALID_VALUE })
  gender?: Gender;

  @Field(() => Area, { nullable: true })
  @IsOptional()
  @IsEnum(Area, { message: ErrorReason.INVALID_VALUE })
  area?: Area;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  neet?: boolean;

  @Field(() => EnrolmentStatus, { nullable: true, description: 'People with an enrolment in this status (in the programme, if given)' })
  @IsOptional()
  @IsEnum(EnrolmentStatus, { message: ErrorReason.INVALID_VALUE })
  status?: EnrolmentStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cohortId?: string;

  @Field(() => ID, { nullable: true, description: 'People assigned to this coach' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  coachId?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;

  @Field(() => PersonSort, { nullable: true, defaultValue: PersonSort.NAME })
  @IsOptional()
  @IsEnum(PersonSort, { message: ErrorReason.INVALID_VALUE })
  sort?: PersonSort;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter;
}

/** A person's withdrawal of her consent, as staff record it. */
@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int, { description: 'The version that was read; a newer one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the future and not before her consent' })
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  withdrawnOn: string;

  @Field(() => ConsentChannel)
  @IsEnum(ConsentChannel, { message: ErrorReason.INVALID_VALUE })
  channel: ConsentChannel;
}
