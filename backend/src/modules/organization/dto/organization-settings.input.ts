import { Field, InputType, Int } from '@nestjs/graphql';
import { ErrorReason } from '@rafiq/shared';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/input';

@InputType()
export class OrganizationSettingsInput {
  @Field({ description: 'An IANA time zone, e.g. Africa/Casablanca or Africa/Dakar' })
  @Trim()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(64, { message: ErrorReason.TOO_LONG })
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  timeZone: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;
}
