import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ArchiveValueChainArgs, CreateValueChainInput, UpdateValueChainInput, ValueChainsArgs } from './dto/value-chain.inputs';
import { ValueChain } from './value-chain.entity';
import { ValueChainService } from './value-chain.service';

/** permissions.md: value chains are managed by admins and read by programme leads and coaches. */
const READERS = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => ValueChain)
export class ValueChainResolver {
  constructor(private readonly service: ValueChainService) {}

  @Allow(...READERS)
  @Query(() => [ValueChain], {
    description: "The organisation's value chains (filières), sorted by French name; live ones unless `includeArchived`.",
  })
  valueChains(@Args() { includeArchived }: ValueChainsArgs, @CurrentActor() actor: Actor): Promise<ValueChain[]> {
    return this.service.list(actor, includeArchived);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ValueChain)
  createValueChain(@Args('input') input: CreateValueChainInput, @CurrentActor() actor: Actor): Promise<ValueChain> {
    return this.service.create(actor, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ValueChain, { description: 'A stale `version` answers CONFLICT and changes nothing.' })
  updateValueChain(@Args('input') input: UpdateValueChainInput, @CurrentActor() actor: Actor): Promise<ValueChain> {
    return this.service.update(actor, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ValueChain, { description: 'No longer offered for new records; records that use it keep it.' })
  archiveValueChain(@Args() args: ArchiveValueChainArgs, @CurrentActor() actor: Actor): Promise<ValueChain> {
    return this.service.archive(actor, args);
  }
}
