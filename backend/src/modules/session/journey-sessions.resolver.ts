import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { MyJourney } from '../venture/journey.resolver';
import { CoachingSession } from './session.entity';
import { SessionService } from './session.service';

/** Her sessions on "My journey": the next ones and the last ones. */
@Resolver(() => MyJourney)
export class JourneySessionsResolver {
  constructor(private readonly sessions: SessionService) {}

  @Allow(Role.ENTREPRENEUR)
  @ResolveField(() => [CoachingSession], { description: 'Her next sessions (planned), soonest first' })
  upcomingSessions(@Parent() _journey: MyJourney, @CurrentActor() actor: Actor): Promise<CoachingSession[]> {
    return this.sessions.visible(actor).andWhere("s.status = 'PLANNED' AND s.ends_at > now()").orderBy('s.starts_at', 'ASC').limit(10).getMany();
  }

  @Allow(Role.ENTREPRENEUR)
  @ResolveField(() => [CoachingSession], { description: 'Her past sessions, latest first' })
  pastSessions(@Parent() _journey: MyJourney, @CurrentActor() actor: Actor): Promise<CoachingSession[]> {
    return this.sessions.visible(actor).andWhere('s.starts_at < now()').orderBy('s.starts_at', 'DESC').limit(20).getMany();
  }
}
