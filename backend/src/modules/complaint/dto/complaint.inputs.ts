import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TrimToNull } from '../../../common/input';
import { PageArgs } from '../../../common/pagination';
import { ComplaintCategory, ComplaintChannel, ComplaintStatus } from '../complaint.entity';

@InputType({ description: 'A complaint: by the entrepreneur herself (no personId, channel SELF) or by staff on her behalf.' })
export class FileComplaintInput {
  @Field(() => ID, { nullable: true, description: 'The complainant; staff only (an entrepreneur files for herself)' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId?: string;

  @Field(() => ComplaintChannel, { nullable: true, description: 'SELF for the entrepreneur; PHONE, VISIT or PAPER_FORM for staff' })
  @IsOptional()
  @IsEnum(ComplaintChannel, { message: ErrorReason.INVALID_VALUE })
  channel?: ComplaintChannel;

  @Field(() => ComplaintCategory)
  @IsEnum(ComplaintCategory, { message: ErrorReason.INVALID_VALUE })
  category: ComplaintCategory;

  @Field()
  @TrimToNull()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(4000, { message: ErrorReason.TOO_LONG })
  description: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  anonymous?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: 'The coach it is about (a user id)' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  coachId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;
}

@InputType()
export class AssignComplaintInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => ID, { description: 'A staff user; never the coach the complaint is about' })
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  assigneeId: string;
}

@InputType({ description: 'The written decision; she is told in her language.' })
export class DecideComplaintInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field(() => ComplaintStatus, { description: 'RESOLVED, REJECTED or REFERRED' })
  @IsIn([ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED, ComplaintStatus.REFERRED], { message: ErrorReason.INVALID_VALUE })
  status: ComplaintStatus;

  @Field()
  @TrimToNull()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(4000, { message: ErrorReason.TOO_LONG })
  decision: string;
}

@InputType()
export class AppealComplaintInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field()
  @TrimToNull()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(4000, { message: ErrorReason.TOO_LONG })
  reason: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintStatus, { message: ErrorReason.INVALID_VALUE })
  status?: ComplaintStatus;

  @Field(() => ComplaintCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintCategory, { message: ErrorReason.INVALID_VALUE })
  category?: ComplaintCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;

  @Field({ nullable: true, description: 'Only open ones (received or in review)' })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  open?: boolean;
}

@ArgsType()
export class ComplaintsArgs extends PageArgs {
  @Field(() => ComplaintFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplaintFilter)
  filter?: ComplaintFilter;
}

@InputType()
export class ComplaintDeadlineInput {
  @Field(() => ComplaintCategory)
  @IsEnum(ComplaintCategory, { message: ErrorReason.INVALID_VALUE })
  category: ComplaintCategory;

  @Field(() => Int, { description: 'Days to decide, 1–180' })
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  @Max(180, { message: ErrorReason.INVALID_VALUE })
  days: number;
}

@InputType()
export class UpdateComplaintSettingsInput {
  @Field(() => [ComplaintDeadlineInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ComplaintDeadlineInput)
  deadlines?: ComplaintDeadlineInput[];

  @Field(() => ID, { nullable: true, description: 'The safeguarding focal point (an admin or programme lead); null clears it' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  safeguardingUserId?: string | null;
}

@InputType({ description: 'Two taps: a rating 1–5 and, optionally, one comment.' })
export class RateSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionId: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  @Max(5, { message: ErrorReason.INVALID_VALUE })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(1000, { message: ErrorReason.TOO_LONG })
  comment?: string | null;
}

@ArgsType()
export class SatisfactionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string;
}
