import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class RequestMentorshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  mentorId: string;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  menteeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  goals?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  endsOn?: string | null;
}

@InputType()
export class RespondMentorshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @IsBoolean()
  accept: boolean;
}
