import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ErrorReason, Locale, Role } from '@rafiq/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/input';
import { Connection, PageArgs } from '../../../common/pagination';
import { PasswordResetLink } from '../../auth/password-reset.resolver';
import { User } from '../../auth/user.entity';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus', description: 'Whether an account may sign in.' });

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@ObjectType({ description: 'The person record an entrepreneur account is linked to.' })
export class LinkedPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: ErrorReason.INVALID_VALUE })
  role?: Role;

  @Field({ nullable: true, description: 'Part of the name or e-mail address (case and accents ignored).' })
  @IsOptional()
  @IsString({ message: ErrorReason.INVALID_VALUE })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  search?: string;

  @Field(() => UserStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UserStatus, { message: ErrorReason.INVALID_VALUE })
  status?: UserStatus;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@InputType({ description: 'A new account: no password until she opens the invitation link.' })
export class InviteUserInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(254, { message: ErrorReason.TOO_LONG })
  email: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ErrorReason.INVALID_VALUE })
  role: Role;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale, { message: ErrorReason.INVALID_VALUE })
  locale?: Locale | null;

  @Field(() => ID, { nullable: true, description: 'Entrepreneurs only: the person record the account belongs to.' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId?: string | null;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => User)
  user: User;

  @Field(() => PasswordResetLink, {
    description: 'The single-use invitation link (7 days) to hand over; she chooses her password with it.',
  })
  link: PasswordResetLink;
}

@InputType({ description: 'Send the version read (else CONFLICT); fields left out stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;

  @Field(() => Int)
  @IsInt({ message: ErrorReason.INVALID_VALUE })
  @Min(1, { message: ErrorReason.INVALID_VALUE })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: ErrorReason.REQUIRED })
  @MaxLength(200, { message: ErrorReason.TOO_LONG })
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: ErrorReason.INVALID_VALUE })
  role?: Role;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale, { message: ErrorReason.INVALID_VALUE })
  locale?: Locale | null;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  id: string;
}

@ArgsType()
export class LinkPersonAccountArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  personId: string;

  @Field(() => ID, { nullable: true, description: 'An entrepreneur account of the organisation; null unlinks the person.' })
  @IsOptional()
  @IsUUID('all', { message: ErrorReason.INVALID_VALUE })
  userId?: string | null;
}
