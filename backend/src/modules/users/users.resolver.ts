import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow, AllowSignedIn } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { invitationPath } from '../auth/password-reset';
import { User } from '../auth/user.entity';
import {
  InviteUserInput,
  InviteUserPayload,
  LinkedPerson,
  LinkPersonAccountArgs,
  UpdateUserInput,
  UserConnection,
  UserIdArgs,
  UsersArgs,
} from './dto/users.types';
import { seesAccountDetails } from './users.loaders';
import { UsersService } from './users.service';

/** Team and accounts (docs/api.md, "Users"): admins manage the users of their organisation. */
@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Allow(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Admins: the users of the organisation, by name.' })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs, @Info() info: GraphQLResolveInfo) {
    return this.service.list(actor, args.filter, args, selects(info, 'totalCount'));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => InviteUserPayload, {
    description: 'Admins: creates an account without a password and answers its single-use invitation link (7 days) to hand over.',
  })
  async inviteUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteUserInput,
    @Context() ctx: GqlContext,
  ): Promise<InviteUserPayload> {
    const { user, token, expiresAt } = await this.service.invite(actor, input);
    return { user, link: { url: `${ctx.req.protocol}://${ctx.req.get('host')}${invitationPath(token)}`, expiresAt } };
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, {
    description: 'Admins: name, role, language of a user; CONFLICT on a stale version. A role change ends her sessions.',
  })
  updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.service.update(actor, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, {
    description: 'Admins: the user can no longer sign in; her sessions end at once. Not yourself, not the last admin.',
  })
  disableUser(@CurrentActor() actor: Actor, @Args() { id }: UserIdArgs): Promise<User> {
    return this.service.disable(actor, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: 'Admins: a disabled user may sign in again.' })
  enableUser(@CurrentActor() actor: Actor, @Args() { id }: UserIdArgs): Promise<User> {
    return this.service.enable(actor, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins: links a person record to an entrepreneur account (userId null: unlinks it).' })
  linkPersonAccount(@CurrentActor() actor: Actor, @Args() { personId, userId }: LinkPersonAccountArgs): Promise<boolean> {
    return this.service.linkPersonAccount(actor, personId, userId ?? null);
  }

  @AllowSignedIn()
  @ResolveField(() => Int, { nullable: true, description: 'For updateUser (admins, or your own user; null otherwise).' })
  version(@Parent() user: User, @Context() ctx: GqlContext): number | null {
    return seesAccountDetails(ctx.auth, user) ? user.version : null;
  }

  @AllowSignedIn()
  @ResolveField(() => Date, { nullable: true, description: 'When the account was disabled (admins, or your own user; null otherwise).' })
  disabledAt(@Parent() user: User, @Context() ctx: GqlContext): Date | null {
    return seesAccountDetails(ctx.auth, user) ? user.disabledAt : null;
  }

  @AllowSignedIn()
  @ResolveField(() => Date, { nullable: true, description: 'Her last sign-in (admins, or your own user; null otherwise or never).' })
  lastSignInAt(@Parent() user: User, @Context() ctx: GqlContext): Promise<Date | null> | null {
    return seesAccountDetails(ctx.auth, user) ? ctx.loaders.userLastSignIn.load(user.id) : null;
  }

  @AllowSignedIn()
  @ResolveField(() => Boolean, { nullable: true, description: 'Is two-factor sign-in on? (admins, or your own user; null otherwise).' })
  twoFactorEnabled(@Parent() user: User, @Context() ctx: GqlContext): Promise<boolean> | null {
    return seesAccountDetails(ctx.auth, user) ? ctx.loaders.userTwoFactorOn.load(user.id) : null;
  }

  @AllowSignedIn()
  @ResolveField(() => LinkedPerson, {
    nullable: true,
    description: 'The person record of an entrepreneur account (admins, or your own user; null otherwise).',
  })
  person(@Parent() user: User, @Context() ctx: GqlContext): Promise<LinkedPerson | null> | null {
    return user.role === Role.ENTREPRENEUR && seesAccountDetails(ctx.auth, user) ? ctx.loaders.userPerson.load(user.id) : null;
  }
}
