import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { EnrolmentStatus } from '../enrolment.entity';

@InputType()
export class EnrolPersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId: string;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cohortId?: string | null;

  @Field(() => EnrolmentStatus, { nullable: true, defaultValue: EnrolmentStatus.APPLIED })
  @IsOptional()
  @IsEnum(EnrolmentStatus, { message: ErrorReason.INVALID_VALUE })
  status?: EnrolmentStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  enrolledOn?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  coachIds?: string[];
}

@InputType()
export class EnrolPeopleInput {
  @Field(() => [ID], { description: 'Up to 200 people; those already enrolled in the programme are left as they are' })
  @IsArray()
  @ArrayMinSize(1, { message: ErrorReason.REQUIRED })
  @ArrayMaxSize(200, { message: ErrorReason.INVALID_VALUE })
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  personIds: string[];

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cohortId?: string | null;

  @Field(() => EnrolmentStatus, { nullable: true, defaultValue: EnrolmentStatus.APPLIED })
  @IsOptional()
  @IsEnum(EnrolmentStatus, { message: ErrorReason.INVALID_VALUE })
  status?: EnrolmentStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  enrolledOn?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  coachIds?: string[];
}

@InputType()
export class UpdateEnrolmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => EnrolmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EnrolmentStatus, { message: ErrorReason.INVALID_VALUE })
  status?: EnrolmentStatus;

  @Field(() => String, { nullable: true, description: 'Required when the status is DROPPED_OUT' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: ErrorReason.TOO_LONG })
  dropoutReason?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the assigned coaches' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  coachIds?: string[];
}
