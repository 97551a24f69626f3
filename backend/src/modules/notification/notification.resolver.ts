import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Allow(...ALL)
  @Query(() => [Notification], { description: 'Your in-app notifications, newest first' })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
  ): Promise<Notification[]> {
    return this.service.mine(actor, unreadOnly);
  }

  @Allow(...ALL)
  @Mutation(() => Int, { description: 'Marks your notifications read; answers how many changed' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(actor, ids.slice(0, 500));
  }
}
