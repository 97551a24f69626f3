import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** One working window on a weekday, in the organisation's time zone. */
@ObjectType()
@InputType('WorkingHoursRangeInput')
export class WorkingHoursRange {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  @IsInt()
  @Min(0, { message: ErrorReason.INVALID_VALUE })
  @Max(6, { message: ErrorReason.INVALID_VALUE })
  day: number;

  @Field({ description: 'HH:MM' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: ErrorReason.INVALID_VALUE })
  start: string;

  @Field({ description: 'HH:MM, after start' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: ErrorReason.INVALID_VALUE })
  end: string;
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
