import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { ErrorReason } from '@rafiq/shared';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateProgramInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  endsOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  regionCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Programme leads (users with that role); the creating lead is always one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: ErrorReason.INVALID_VALUE })
  leadIds?: string[];
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  name: string;

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
export class ArchiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}
