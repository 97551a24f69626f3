import { Args, Context, ID, Info, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Venture } from '../venture/venture.entity';
import { ActionItem, ActionItemStatus } from './action-item.entity';
import { ActionItemService, isOverdue } from './action-item.service';
import { CompleteActionItemArgs, CreateActionItemInput, MyActionItemsArgs, UpdateActionItemInput } from './dto/action-item.inputs';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@ObjectType()
export class ActionItemConnection extends Connection(ActionItem, 'ActionItem') {}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  constructor(private readonly service: ActionItemService) {}

  @Allow(...ALL)
  @Query(() => ActionItem, { description: 'One action item; NOT_FOUND when the caller may not see its venture.' })
  actionItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ActionItem> {
    return this.service.get(actor, id);
  }

  @Allow(...STAFF)
  @Query(() => ActionItemConnection, { description: 'Action items the caller owns (COACH items), soonest due first; open ones unless includeClosed.' })
  myActionItems(@CurrentActor() actor: Actor, @Args() args: MyActionItemsArgs, @Info() info: GraphQLResolveInfo): Promise<ActionItemConnection> {
    return this.service.mine(actor, args, selects(info, 'totalCount'));
  }

  @Allow(...STAFF)
  @Mutation(() => ActionItem)
  createActionItem(@CurrentActor() actor: Actor, @Args('input') input: CreateActionItemInput): Promise<ActionItem> {
    return this.service.create(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => ActionItem, { description: 'A stale `version` answers CONFLICT and changes nothing.' })
  updateActionItem(@CurrentActor() actor: Actor, @Args('input') input: UpdateActionItemInput): Promise<ActionItem> {
    return this.service.update(actor, input);
  }

  @Allow(...ALL)
  @Mutation(() => ActionItem, { description: 'Ticks an item off (done: true) or reopens it. The entrepreneur: only items she owns on her own ventures.' })
  completeActionItem(@CurrentActor() actor: Actor, @Args() args: CompleteActionItemArgs): Promise<ActionItem> {
    return this.service.complete(actor, args);
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'Open and due before today' })
  overdue(@Parent() item: ActionItem): boolean {
    return isOverdue(item);
  }

  @Allow(...ALL)
  @ResolveField(() => User, { nullable: true, description: 'The staff member who owns it (COACH items)' })
  ownerUser(@Parent() item: ActionItem, @Context() ctx: GqlContext): Promise<User | null> | null {
    return item.ownerUserId ? ctx.loaders.orgUsers.load(item.ownerUserId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Venture, { nullable: true })
  venture(@Parent() item: ActionItem, @Context() ctx: GqlContext): Promise<Venture | null> {
    return ctx.loaders.actionItemVentures.load(item.ventureId);
  }
}

@Resolver(() => Venture)
export class VentureActionItemsResolver {
  @Allow(...ALL)
  @ResolveField(() => [ActionItem], { description: 'The action plan, soonest due first: open items, or every item with includeClosed' })
  async actionItems(
    @Parent() venture: Venture,
    @Context() ctx: GqlContext,
    @Args('includeClosed', { type: () => Boolean, defaultValue: false }) includeClosed: boolean,
  ): Promise<ActionItem[]> {
    const items = await ctx.loaders.actionItemsByVenture.load(venture.id);
    return includeClosed ? items : items.filter((i) => i.status === ActionItemStatus.OPEN);
  }
}
