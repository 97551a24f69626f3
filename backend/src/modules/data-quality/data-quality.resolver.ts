import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { PageArgs, selects } from '../../common/pagination';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DataQualityService, REVIEWERS } from './data-quality.service';
import { PersonDuplicateConnection } from './data-quality.types';
import { MergePeopleInput, PersonPairInput } from './data-quality.inputs';
import { Person } from '../person/person.entity';

@Resolver()
export class DataQualityResolver {
  constructor(private readonly service: DataQualityService) {}

  @Allow(...REVIEWERS)
  @Query(() => PersonDuplicateConnection, {
    description:
      'Likely duplicate people (same national ID, same phone, or similar name and same birth date) among those the caller may see.',
  })
  personDuplicates(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonDuplicateConnection> {
    return this.service.duplicates(actor, page, selects(info, 'totalCount'));
  }

  @Allow(...REVIEWERS)
  @Mutation(() => Person, { description: 'Merges a duplicate into the kept person in one transaction; CONFLICT on stale versions.' })
  mergePeople(@CurrentActor() actor: Actor, @Args('input') input: MergePeopleInput): Promise<Person> {
    return this.service.merge(actor, input);
  }

  @Allow(...REVIEWERS)
  @Mutation(() => Boolean, { description: '"Not a duplicate": the pair is no longer listed.' })
  dismissPersonDuplicate(@CurrentActor() actor: Actor, @Args('input') input: PersonPairInput): Promise<boolean> {
    return this.service.dismiss(actor, input);
  }
}
