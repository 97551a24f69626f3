import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow, AllowSignedIn } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { CalendarService } from './calendar.service';

const feedUrl = (ctx: GqlContext, token: string) => `${ctx.req.protocol}://${ctx.req.get('host')}/calendar/${token}.ics`;

@Resolver(() => User)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @AllowSignedIn()
  @ResolveField(() => String, { nullable: true, description: 'Your private calendar feed (coaches only; only on your own user).' })
  async calendarFeedUrl(@Parent() user: User, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<string | null> {
    if (user.id !== actor.userId || actor.role !== Role.COACH) return null;
    return feedUrl(ctx, await this.calendar.tokenFor(actor));
  }

  @Allow(Role.COACH)
  @Mutation(() => String, { description: 'A new calendar feed URL; the old one stops working at once.' })
  async rotateCalendarFeed(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<string> {
    return feedUrl(ctx, await this.calendar.rotate(actor));
  }
}
