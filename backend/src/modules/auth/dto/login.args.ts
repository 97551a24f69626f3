import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail({}, { message: 'INVALID_EMAIL' })
  @MaxLength(254, { message: 'TOO_LONG' })
  email: string;

  @Field()
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  password: string;
}
