import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CoachProfileInput {
  @Field(() => ID, { description: 'The coach (a user with the COACH role)' })
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  userId: string;

  @Field(() => Int, { nullable: true, description: 'The version read; omit when creating the profile' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true, message: ErrorReason.TOO_LONG })
  expertise?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(10, { each: true, message: ErrorReason.TOO_LONG })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  regionCodes?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  valueChainIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: ErrorReason.INVALID_VALUE })
  @Max(80, { message: ErrorReason.INVALID_VALUE })
  weeklyCapacityHours?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  external?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  bio?: string | null;
}
