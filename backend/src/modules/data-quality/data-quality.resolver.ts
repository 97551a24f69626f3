import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { PageArgs, selects } from '../../common/pagination';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DataQualityService, REVIEWERS } from './data-quality.service';
import { PersonDuplicateConnection } from './data-quality.types';

@Resolver()
export class DataQualityResolver {
  constructor(private readonly service: DataQualityService) {}

  @Allow(...REVIEWERS)
  @Query(() => PersonDuplicateConnection, {
    description: 'Likely duplicate people (same national ID, same phone, or similar name and same birth date) among those the caller may see.',
  })
  personDuplicates(@CurrentActor() actor: Actor, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo): Promise<PersonDuplicateConnection> {
    return this.service.duplicates(actor, page, selects(info, 'totalCount'));
  }
}
