import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { WorkingHoursRange } from '../working-hours';

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

  @Field(() => [String], { nullable: true, description: 'Provinces she works in' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(80)
  @IsString({ each: true })
  provinceCodes?: string[];

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

  @Field(() => [WorkingHoursRange], { nullable: true, description: 'Replaces the weekly working hours' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => WorkingHoursRange)
  workingHours?: WorkingHoursRange[];

  @Field(() => [String], { nullable: true, description: 'Replaces the days off (YYYY-MM-DD)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @IsISO8601({ strict: true }, { each: true, message: ErrorReason.INVALID_VALUE })
  daysOff?: string[];
}
