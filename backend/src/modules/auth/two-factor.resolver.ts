import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Allow, AllowSignedIn } from './allow.decorator';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { ResetTwoFactorArgs, TwoFactorCodeArgs, TwoFactorSetup, TwoFactorStatus } from './dto/two-factor.types';
import { TwoFactor } from './two-factor';
import { User } from './user.entity';

/** Setting up, using and resetting two-factor sign-in (docs/security.md, "Two-factor sign-in"). */
@Resolver(() => User)
export class TwoFactorResolver {
  constructor(
    private readonly service: TwoFactor,
    private readonly auth: AuthService,
  ) {}

  /** Her own only: whether it is on, required, and how many recovery codes are left. Null on anyone else. */
  @AllowSignedIn()
  @ResolveField(() => TwoFactorStatus, { nullable: true, description: 'Two-factor sign-in (your own user only; null on others).' })
  twoFactor(@Parent() user: User, @CurrentActor() actor: Actor): Promise<TwoFactorStatus> | null {
    return user.id === actor.userId ? this.service.status(actor.userId, actor.role) : null;
  }

  @AllowSignedIn()
  @Mutation(() => TwoFactorSetup, {
    description: 'Starts setting up two-factor sign-in: a new secret and its QR code. Not on until confirmTwoFactorSetup.',
  })
  async beginTwoFactorSetup(@CurrentActor() actor: Actor): Promise<TwoFactorSetup> {
    const me = await this.auth.me(actor);
    return this.service.begin(actor, me.email);
  }

  @AllowSignedIn()
  @Mutation(() => [String], {
    description: 'Turns two-factor sign-in on with a first code from the app; answers the recovery codes (shown once). Other sessions end.',
  })
  confirmTwoFactorSetup(@Args() { code }: TwoFactorCodeArgs, @CurrentActor() actor: Actor): Promise<string[]> {
    return this.service.confirm(actor, code);
  }

  @AllowSignedIn()
  @Mutation(() => [String], { description: 'New recovery codes after a code from the app; the old ones stop working.' })
  regenerateRecoveryCodes(@Args() { code }: TwoFactorCodeArgs, @CurrentActor() actor: Actor): Promise<string[]> {
    return this.service.regenerateRecoveryCodes(actor, code);
  }

  @AllowSignedIn()
  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off after a code; FORBIDDEN where it is required of her role.' })
  async disableTwoFactor(@Args() { code }: TwoFactorCodeArgs, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.service.disable(actor, code);
    return true;
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Admins: turns a colleague’s two-factor sign-in off (lost phone and codes) and ends her sessions; she sets it up again.',
  })
  async resetTwoFactor(@Args() { userId }: ResetTwoFactorArgs, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.service.reset(actor, userId);
    return true;
  }
}
