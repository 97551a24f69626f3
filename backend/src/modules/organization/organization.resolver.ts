import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { OrganizationSettingsInput } from './dto/organization-settings.input';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Allow(Role.ADMIN)
  @Mutation(() => Organization, { description: "Changes the caller's organisation settings (its time zone). CONFLICT on a stale version." })
  updateOrganizationSettings(@CurrentActor() actor: Actor, @Args('input') input: OrganizationSettingsInput): Promise<Organization> {
    return this.service.updateSettings(actor, input);
  }
}
