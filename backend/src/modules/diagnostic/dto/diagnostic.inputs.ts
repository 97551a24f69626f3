import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDay } from '../../../common/day';
import { Trim, TrimToNull } from '../../../common/input';
import { ActionOwnerKind } from '../../action-item/action-item.entity';
import { DiagnosticKind, DiagnosticSubjectKind, QuestionKind } from '../diagnostic.types';

@InputType()
export class TextsInput {
  @Field({ defaultValue: '' })
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(1000, { message: ErrorReason.TOO_LONG })
  fr: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(1000, { message: ErrorReason.TOO_LONG })
  ar: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(1000, { message: ErrorReason.TOO_LONG })
  en: string;
}

@InputType()
export class GridQuestionInput {
  @Field({ description: 'Letters, digits, - and _; unique in the grid. Keep it when editing so that answers compare.' })
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(60, { message: ErrorReason.TOO_LONG })
  key: string;

  @Field(() => TextsInput)
  @ValidateNested()
  @Type(() => TextsInput)
  text: TextsInput;

  @Field(() => QuestionKind)
  @IsEnum(QuestionKind, { message: ErrorReason.INVALID_VALUE })
  kind: QuestionKind;

  @Field(() => Float, { defaultValue: 1 })
  @IsNumber({}, { message: ErrorReason.INVALID_VALUE })
  weight: number;

  @Field(() => [TextsInput], { defaultValue: [], description: 'SCALE: exactly 5 labels, levels 0 to 4' })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => TextsInput)
  levels: TextsInput[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: ErrorReason.INVALID_VALUE })
  target?: number | null;

  @Field(() => TextsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TextsInput)
  suggestion?: TextsInput | null;
}

@InputType()
export class GridDimensionInput {
  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(60, { message: ErrorReason.TOO_LONG })
  key: string;

  @Field(() => TextsInput)
  @ValidateNested()
  @Type(() => TextsInput)
  label: TextsInput;

  @Field(() => Float, { defaultValue: 1 })
  @IsNumber({}, { message: ErrorReason.INVALID_VALUE })
  weight: number;

  @Field(() => [GridQuestionInput])
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => GridQuestionInput)
  questions: GridQuestionInput[];
}

@InputType()
export class DiagnosticGridInput {
  @Field(() => TextsInput)
  @ValidateNested()
  @Type(() => TextsInput)
  name: TextsInput;

  @Field(() => DiagnosticSubjectKind)
  @IsEnum(DiagnosticSubjectKind, { message: ErrorReason.INVALID_VALUE })
  subjectKind: DiagnosticSubjectKind;

  @Field(() => [GridDimensionInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => GridDimensionInput)
  dimensions: GridDimensionInput[];
}

@InputType({ description: 'A grid in use gets a new revision (returned); one not used yet is changed in place.' })
export class UpdateDiagnosticGridInput extends DiagnosticGridInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;
}

@ArgsType()
export class DiagnosticGridsArgs {
  @Field(() => DiagnosticSubjectKind, { nullable: true })
  @IsOptional()
  @IsEnum(DiagnosticSubjectKind, { message: ErrorReason.INVALID_VALUE })
  subjectKind?: DiagnosticSubjectKind;

  @Field(() => Boolean, { defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  includeArchived?: boolean;
}

@InputType()
export class StartDiagnosticInput {
  @Field(() => ID, { description: 'A current grid; the diagnostic keeps this revision for good' })
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  gridId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cooperativeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId?: string | null;

  @Field(() => DiagnosticKind)
  @IsEnum(DiagnosticKind, { message: ErrorReason.INVALID_VALUE })
  kind: DiagnosticKind;

  @Field({ nullable: true, description: 'YYYY-MM-DD, today by default' })
  @IsOptional()
  @IsDay()
  conductedOn?: string;
}

@InputType({ description: 'Saves one answer of a draft (the draft is kept as the coach goes).' })
export class SaveDiagnosticAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  diagnosticId: string;

  @Field()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  questionKey: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: ErrorReason.INVALID_VALUE })
  value?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  comment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(2000, { message: ErrorReason.TOO_LONG })
  evidence?: string | null;
}

@ArgsType()
export class VersionedIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;
}

@ArgsType()
export class ArchiveGridArgs extends VersionedIdArgs {
  @Field(() => Boolean, { defaultValue: true, description: 'false restores an archived grid' })
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  archived: boolean = true;
}

@InputType()
export class AcceptedActionInput {
  @Field()
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(300, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(5000, { message: ErrorReason.TOO_LONG })
  details?: string | null;

  @Field(() => ActionOwnerKind, { defaultValue: ActionOwnerKind.ENTREPRENEUR })
  @IsEnum(ActionOwnerKind, { message: ErrorReason.INVALID_VALUE })
  ownerKind: ActionOwnerKind;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDay()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  dueOn: string;
}

@InputType({ description: 'The proposals the coach accepted (edited as she likes), added to a venture action plan in one go.' })
export class AcceptDiagnosticActionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  diagnosticId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The venture whose plan gets them: the diagnosed venture by default; for a cooperative one of its ventures',
  })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  ventureId?: string | null;

  @Field(() => [AcceptedActionInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AcceptedActionInput)
  items: AcceptedActionInput[];
}
