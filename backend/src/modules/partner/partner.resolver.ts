import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { selects } from '../../common/pagination';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ArchivePartnerArgs, CreatePartnerInput, PartnerArgs, PartnersArgs, UpdatePartnerInput } from './dto/partner.inputs';
import { Partner, PartnerConnection } from './partner.entity';
import { PartnerService } from './partner.service';

/** Partners are read by admins, programme leads and coaches, and managed by admins and programme leads. */
const READERS = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
const MANAGERS = [Role.ADMIN, Role.PROGRAM_LEAD];

@Resolver(() => Partner)
export class PartnerResolver {
  constructor(private readonly service: PartnerService) {}

  @Allow(...READERS)
  @Query(() => PartnerConnection, { description: "The organisation's partners; live ones unless `filter.includeArchived`." })
  partners(@Args() args: PartnersArgs, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<PartnerConnection> {
    return this.service.list(actor, args, selects(info, 'totalCount'));
  }

  @Allow(...READERS)
  @Query(() => Partner, { description: "One partner of the caller's organisation (archived too); NOT_FOUND otherwise." })
  partner(@Args() { id }: PartnerArgs, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.get(actor, id);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Partner)
  createPartner(@Args('input') input: CreatePartnerInput, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.create(actor, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Partner, { description: 'A stale `version` answers CONFLICT and changes nothing.' })
  updatePartner(@Args('input') input: UpdatePartnerInput, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.update(actor, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Partner)
  archivePartner(@Args() args: ArchivePartnerArgs, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.archive(actor, args);
  }
}
