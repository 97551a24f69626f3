import { Args, ArgsType, Context, Field, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow, Public } from './allow.decorator';
import { CurrentActor } from './current-actor.decorator';
import { PasswordReset, resetPath } from './password-reset';

@ObjectType({ description: 'A single-use password reset link, to hand to the user (a message, a visit).' })
export class PasswordResetLink {
  @Field()
  url: string;

  @Field()
  expiresAt: Date;
}

@ArgsType()
class CreatePasswordResetLinkArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'INVALID_VALUE' })
  userId: string;
}

@ArgsType()
class ResetPasswordArgs {
  @Field({ description: 'The token of the reset link.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  token: string;

  @Field()
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  newPassword: string;
}

/** Password reset links (docs/security.md, "Password reset"). */
@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordReset) {}

  @Allow(Role.ADMIN)
  @Mutation(() => PasswordResetLink, {
    description: 'Admins: a single-use link (24 hours) for a colleague who forgot her password; her earlier unused links stop working.',
  })
  async createPasswordResetLink(
    @Args() { userId }: CreatePasswordResetLinkArgs,
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<PasswordResetLink> {
    const { token, expiresAt } = await this.resets.createLink(actor, userId);
    return { url: `${ctx.req.protocol}://${ctx.req.get('host')}${resetPath(token)}`, expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link (single use, throttled); every session of the account ends.',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Context() ctx: GqlContext): Promise<boolean> {
    await this.resets.reset(token, newPassword, ctx.auth.ip ?? 'unknown');
    return true;
  }
}
