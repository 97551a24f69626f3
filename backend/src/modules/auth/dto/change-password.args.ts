import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: 'The password in use now (the caller signs in again, in effect).' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  currentPassword: string;

  @Field({ description: 'At least 10 characters; not a common password, not the e-mail address.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  newPassword: string;
}
