import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IMPORT_COLUMNS, ImportProblem } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination';

registerEnumType(ImportProblem, { name: 'ImportProblem', description: 'What is wrong with a row or the file (translated by the client)' });

@ObjectType()
export class ImportColumnMapping {
  @Field({ description: "The file's header" })
  header: string;

  @Field(() => String, { nullable: true, description: `The format column it feeds (${IMPORT_COLUMNS.join(', ')}), or null when ignored` })
  column: string | null;
}

@ObjectType()
export class ImportRowProblem {
  @Field(() => Int, { description: 'Row number in the file; the header is row 1' })
  row: number;

  @Field({ description: "The file's header of the column ('' for the whole row or file)" })
  column: string;

  @Field(() => ImportProblem)
  reason: ImportProblem;
}

@ObjectType({ description: 'What importing an uploaded file would do, written nothing yet.' })
export class PeopleImportPreview {
  @Field(() => ID)
  uploadId: string;

  @Field()
  fileName: string;

  @Field(() => [ImportColumnMapping])
  mapping: ImportColumnMapping[];

  @Field(() => [String])
  ignoredColumns: string[];

  @Field(() => [[String]], { description: 'The first data rows, as in the file' })
  rows: string[][];

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  rejectedRows: number;

  @Field(() => [ImportRowProblem], { description: 'The first 500 problems' })
  problems: ImportRowProblem[];
}

@InputType()
export class ImportColumnMappingInput {
  @Field()
  @IsString()
  @MaxLength(200)
  header: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...IMPORT_COLUMNS, null])
  column?: string | null;
}

@InputType()
export class PeopleImportInput {
  @Field(() => ID)
  @IsUUID()
  uploadId: string;

  @Field(() => [ImportColumnMappingInput], { nullable: true, description: 'Corrections of the detected mapping' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnMappingInput)
  mapping?: ImportColumnMappingInput[];

  @Field({ nullable: true, description: 'Import the valid rows even if others are refused' })
  @IsOptional()
  @IsBoolean()
  skipInvalid?: boolean;
}

@ArgsType()
export class ImportRunsArgs extends PageArgs {}
