import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

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

  @Field({
    nullable: true,
    description: 'When two-factor sign-in is on: a 6-digit code from the authenticator app, or an unused recovery code.',
  })
  @IsOptional()
  @MaxLength(20, { message: 'TOO_LONG' })
  code?: string;
}
