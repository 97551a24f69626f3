import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ErrorReason, Stage } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { FollowUpStatus } from '../../follow-up/follow-up.entity';
import { Area, Gender } from '../../person/person.enums';
import { SessionKind } from '../../session/session.enums';

export enum PeriodGranularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(PeriodGranularity, { name: 'PeriodGranularity' });

/** Which people lie behind a figure (drill-down of a people indicator). */
export enum ImpactPeopleMeasure {
  BENEFICIARIES = 'BENEFICIARIES',
  WOMEN = 'WOMEN',
  NEET = 'NEET',
  RURAL = 'RURAL',
  YOUTH = 'YOUTH',
  COOPERATIVE_MEMBERS = 'COOPERATIVE_MEMBERS',
  PEOPLE_TRAINED = 'PEOPLE_TRAINED',
  DROPPED_OUT = 'DROPPED_OUT',
  /** Beneficiaries whose first matching enrolment falls between firstEnrolledFrom and firstEnrolledTo (the trend's periods). */
  FIRST_ENROLLED = 'FIRST_ENROLLED',
}
registerEnumType(ImpactPeopleMeasure, { name: 'ImpactPeopleMeasure', description: 'The people behind an indicator (docs/indicators.md).' });

/** The filters every indicator and every drill-down takes (docs/indicators.md). */
@InputType()
export class ImpactFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cohortId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^MA-\d{2}$|^[A-Z]{2}-[A-Z0-9]{1,3}$/, { message: ErrorReason.INVALID_VALUE })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the period (YYYY-MM-DD), inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ErrorReason.INVALID_VALUE })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period (YYYY-MM-DD), inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ErrorReason.INVALID_VALUE })
  to?: string | null;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender, { message: ErrorReason.INVALID_VALUE })
  gender?: Gender | null;

  @Field(() => Area, { nullable: true })
  @IsOptional()
  @IsEnum(Area, { message: ErrorReason.INVALID_VALUE })
  area?: Area | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  neet?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  valueChainId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Enrolments this coach is assigned to; sessions this coach ran' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  coachId?: string | null;
}

@ArgsType()
export class ImpactArgs {
  @Field(() => ImpactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpactFilter)
  filter?: ImpactFilter | null;
}

@ArgsType()
export class ImpactPeopleArgs extends PageArgs {
  @Field(() => ImpactPeopleMeasure)
  @IsEnum(ImpactPeopleMeasure, { message: ErrorReason.INVALID_VALUE })
  measure: ImpactPeopleMeasure;

  @Field(() => String, { nullable: true, description: 'FIRST_ENROLLED: first day of the trend period (YYYY-MM-DD), inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ErrorReason.INVALID_VALUE })
  firstEnrolledFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'FIRST_ENROLLED: last day of the trend period (YYYY-MM-DD), inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ErrorReason.INVALID_VALUE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ErrorReason.INVALID_VALUE })
  firstEnrolledTo?: string | null;

  @Field(() => ImpactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpactFilter)
  filter?: ImpactFilter | null;
}

@ArgsType()
export class ImpactRecordsArgs extends PageArgs {
  @Field(() => ImpactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpactFilter)
  filter?: ImpactFilter | null;
}

@ArgsType()
export class ImpactVenturesArgs extends ImpactRecordsArgs {
  @Field(() => Stage, { nullable: true, description: 'Only ventures now at this stage' })
  @IsOptional()
  @IsEnum(Stage, { message: ErrorReason.INVALID_VALUE })
  stage?: Stage | null;

  @Field(() => Boolean, { nullable: true, description: 'Only ventures at OPERATING or GROWING' })
  @IsOptional()
  @IsBoolean()
  operatingOrGrowing?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only ventures with an economic result in the period (revenue, jobs)' })
  @IsOptional()
  @IsBoolean()
  withResults?: boolean | null;
}

@ArgsType()
export class ImpactSessionsArgs extends ImpactRecordsArgs {
  @Field(() => SessionKind, { nullable: true })
  @IsOptional()
  @IsEnum(SessionKind, { message: ErrorReason.INVALID_VALUE })
  kind?: SessionKind | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions this coach ran' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  sessionCoachId?: string | null;
}

@ArgsType()
export class ImpactFollowUpsArgs extends ImpactRecordsArgs {
  @Field(() => Int, { nullable: true, description: 'Only the follow-ups at 6 or at 12 months' })
  @IsOptional()
  @IsIn([6, 12], { message: ErrorReason.INVALID_VALUE })
  months?: number | null;

  @Field(() => FollowUpStatus, {
    defaultValue: FollowUpStatus.DONE,
    description: 'DONE: recorded (the survival base); DUE: still to record',
  })
  @IsEnum([FollowUpStatus.DONE, FollowUpStatus.DUE], { message: ErrorReason.INVALID_VALUE })
  status: FollowUpStatus = FollowUpStatus.DONE;

  @Field(() => Boolean, { nullable: true, description: 'Only recorded follow-ups whose activity still operates (true) or stopped (false)' })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  stillOperating?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only follow-ups still due after their due date' })
  @IsOptional()
  @IsBoolean({ message: ErrorReason.INVALID_VALUE })
  overdue?: boolean | null;
}
