import { Field, ID, InputType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, ValidateNested } from 'class-validator';

@InputType()
export class CoachAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  enrolmentId: string;

  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  coachId: string;
}

@InputType()
export class AssignCohortCoachesInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  cohortId: string;

  @Field(() => [CoachAssignmentInput], { description: 'What the preview proposed (possibly edited)' })
  @IsArray()
  @ArrayMinSize(1, { message: ErrorReason.REQUIRED })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CoachAssignmentInput)
  assignments: CoachAssignmentInput[];
}
