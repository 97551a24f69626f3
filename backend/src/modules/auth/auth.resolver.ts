import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Organization } from '../organization/organization.entity';
import { AllowSignedIn, Public } from './allow.decorator';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { ChangePasswordArgs } from './dto/change-password.args';
import { LoginArgs } from './dto/login.args';
import { SetLocaleArgs } from './dto/set-locale.args';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => User, { description: 'Signs in and sets an httpOnly session cookie.' })
  async login(@Args() { email, password, code }: LoginArgs, @Context() ctx: GqlContext): Promise<User> {
    const { user, actor, token, expiresAt } = await this.auth.login(email, password, ctx.auth.ip ?? 'unknown', ctx.auth.userAgent, code);
    setSessionCookie(ctx.req, ctx.res, token, expiresAt);
    // The rest of this response (e.g. `login { organization { name } }`) is read as the new user.
    Object.assign(ctx.auth, { actor, expired: false });
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session at once. True even when nobody was signed in.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    if (ctx.auth.actor) await this.auth.logout(ctx.auth.actor);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: GqlContext): Promise<User> | null {
    return ctx.auth.actor ? this.auth.me(ctx.auth.actor) : null;
  }

  @AllowSignedIn()
  @Mutation(() => Boolean, {
    description: 'Changes the password (the current one is checked; throttled like sign-in); every other session of the account ends.',
  })
  async changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.changePassword(ctx.auth.actor!, currentPassword, newPassword, ctx.auth.ip ?? 'unknown');
    return true;
  }

  @AllowSignedIn()
  @Mutation(() => Int, {
    description: 'Signs out everywhere: ends every session of the account, this one included; answers how many ended.',
  })
  async signOutEverywhere(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<number> {
    const ended = await this.auth.signOutEverywhere(actor);
    clearSessionCookie(ctx.req, ctx.res);
    return ended;
  }

  @AllowSignedIn()
  @Mutation(() => User, { description: 'Remembers the interface language of the signed-in user.' })
  setMyLocale(@Args() { locale }: SetLocaleArgs, @CurrentActor() actor: Actor): Promise<User> {
    return this.auth.setLocale(actor, locale);
  }

  /**
   * Staff see colleagues' addresses; an entrepreneur sees her own in full and other users' (her
   * coaches, mentors) masked — she has no need for them and they are personal data.
   */
  @AllowSignedIn()
  @ResolveField(() => String)
  email(@Parent() user: User, @CurrentActor() actor: Actor): string {
    if (actor.role !== Role.ENTREPRENEUR || actor.userId === user.id) return user.email;
    const [local, domain] = user.email.split('@');
    return `${local.slice(0, 1)}•••@${domain}`;
  }

  @AllowSignedIn()
  @ResolveField(() => Organization)
  async organization(@Parent() user: User, @Context() ctx: GqlContext): Promise<Organization> {
    return ctx.loaders.organizations.load(user.organizationId);
  }
}
