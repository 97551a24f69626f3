import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const LONG = { message: ErrorReason.TOO_LONG };

/** What a declaration or authorisation to the CNDP covers. National ID numbers need a prior authorisation. */
export enum Processing {
  BENEFICIARIES = 'BENEFICIARIES',
  NATIONAL_ID = 'NATIONAL_ID',
  MESSAGES = 'MESSAGES',
  RESEARCH = 'RESEARCH',
}
export enum DeclarationKind {
  DECLARATION = 'DECLARATION',
  AUTHORISATION = 'AUTHORISATION',
}
export enum RetentionCategory {
  /** People whose every programme ended more than N years ago. */
  PARTICIPANTS_AFTER_PROGRAM_END = 'PARTICIPANTS_AFTER_PROGRAM_END',
  /** People never enrolled, recorded more than N years ago. */
  NOT_ENROLLED = 'NOT_ENROLLED',
}
registerEnumType(Processing, { name: 'Processing', description: 'A processing of personal data declared to the data-protection authority' });
registerEnumType(DeclarationKind, { name: 'DeclarationKind' });
registerEnumType(RetentionCategory, { name: 'RetentionCategory' });

@ObjectType()
export class ConsentNotice {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  textAr: string;

  @Field()
  textFr: string;

  @Field()
  textEn: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class ConsentNoticeInput {
  @Field()
  @IsString()
  @MaxLength(20_000, LONG)
  textAr: string;

  @Field()
  @IsString()
  @MaxLength(20_000, LONG)
  textFr: string;

  @Field()
  @IsString()
  @MaxLength(20_000, LONG)
  textEn: string;
}

@ObjectType('ProcessingDeclaration')
@InputType('ProcessingDeclarationInput')
export class ProcessingDeclaration {
  @Field(() => Processing)
  @IsEnum(Processing, { message: ErrorReason.INVALID_VALUE })
  processing: Processing;

  @Field(() => DeclarationKind)
  @IsEnum(DeclarationKind, { message: ErrorReason.INVALID_VALUE })
  kind: DeclarationKind;

  @Field({ description: 'The number given by the authority (e.g. D-123/2025, A-45/2025)' })
  @IsString()
  @MaxLength(100, LONG)
  number: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ErrorReason.INVALID_VALUE })
  grantedOn?: string | null;
}

@ObjectType('DataProcessor')
@InputType('DataProcessorInput')
export class DataProcessor {
  @Field()
  @IsString()
  @MaxLength(200, LONG)
  name: string;

  @Field({ description: 'What it does with the data (hosting, SMS, e-mail…)' })
  @IsString()
  @MaxLength(200, LONG)
  purpose: string;

  @Field({ description: 'Where the data is processed' })
  @IsString()
  @MaxLength(100, LONG)
  country: string;
}

@ObjectType('RetentionRule')
@InputType('RetentionRuleInput')
export class RetentionRule {
  @Field(() => RetentionCategory)
  @IsEnum(RetentionCategory, { message: ErrorReason.INVALID_VALUE })
  category: RetentionCategory;

  @Field(() => Int, { description: 'Years after the event that starts the period' })
  @IsInt()
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  @Max(50, { message: ErrorReason.INVALID_VALUE })
  years: number;
}

@ObjectType()
export class ComplianceRecord {
  @Field(() => String, { nullable: true, description: 'Where the data is hosted (country, provider, data centre)' })
  hostingLocation: string | null;

  @Field(() => [DataProcessor])
  processors: DataProcessor[];

  @Field(() => [ProcessingDeclaration])
  declarations: ProcessingDeclaration[];

  @Field(() => [RetentionRule])
  retention: RetentionRule[];

  @Field(() => Int, { description: '0 until first saved' })
  version: number;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => Int, { description: 'People with a national ID on record' })
  peopleWithNationalId: number;

  @Field({ description: 'A prior authorisation for processing national ID numbers is on record' })
  nationalIdAuthorised: boolean;
}

@InputType()
export class ComplianceRecordInput {
  @Field(() => Int, { description: 'The version read (0 for a first save); a newer one answers CONFLICT' })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, LONG)
  hostingLocation?: string | null;

  @Field(() => [DataProcessor])
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => DataProcessor)
  processors: DataProcessor[];

  @Field(() => [ProcessingDeclaration])
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => ProcessingDeclaration)
  declarations: ProcessingDeclaration[];

  @Field(() => [RetentionRule])
  @ValidateNested({ each: true })
  @ArrayMaxSize(10)
  @Type(() => RetentionRule)
  retention: RetentionRule[];
}

@ObjectType()
export class RetentionReport {
  @Field(() => RetentionCategory)
  category: RetentionCategory;

  @Field(() => Int)
  years: number;

  @Field(() => Int)
  pseudonymised: number;
}

@ObjectType()
export class RetentionRun {
  @Field(() => ID)
  id: string;

  @Field()
  asOf: string;

  @Field(() => Int)
  pseudonymised: number;

  @Field(() => [RetentionReport])
  rules: RetentionReport[];

  @Field()
  ranAt: Date;
}

@ObjectType()
export class RewrittenCount {
  @Field()
  table: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ErasureOutcome {
  @Field(() => ID)
  personId: string;

  @Field({ description: 'The pseudonym that now stands for her' })
  pseudonym: string;

  @Field(() => [RewrittenCount], { description: 'Records whose free text about her was removed or rewritten, per table' })
  rewritten: RewrittenCount[];
}
