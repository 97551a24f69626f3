import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Person } from '../person/person.entity';
import { Venture } from './venture.entity';
import { VentureService } from './venture.service';

@ObjectType({ description: "The signed-in entrepreneur's own journey" })
export class MyJourney {
  @Field(() => Person, { nullable: true, description: 'Her record (null until staff link her account to it)' })
  person: Person | null;

  @Field(() => [Venture], { description: "Her ventures and her cooperatives' ventures" })
  ventures: Venture[];
}

@Resolver(() => MyJourney)
export class JourneyResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ventures: VentureService,
  ) {}

  @Allow(Role.ENTREPRENEUR)
  @Query(() => MyJourney, { description: 'For the signed-in entrepreneur: her ventures with stage and history, and (as they land) actions, sessions and results.' })
  async myJourney(@CurrentActor() actor: Actor): Promise<MyJourney> {
    const person = await this.dataSource.getRepository(Person).findOneBy({ userId: actor.userId, organizationId: actor.organizationId });
    const ventures = await this.ventures.visible(actor).andWhere('v.archived_at IS NULL').orderBy('v.created_at', 'ASC').getMany();
    return { person, ventures };
  }
}
