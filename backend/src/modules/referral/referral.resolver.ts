import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Partner } from '../partner/partner.entity';
import { Venture } from '../venture/venture.entity';
import { CreateReferralInput, UpdateReferralInput } from './dto/referral.inputs';
import { Referral } from './referral.entity';
import { ReferralService } from './referral.service';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(private readonly service: ReferralService) {}

  @Allow(...STAFF)
  @Mutation(() => Referral, { description: 'Refers a venture the caller may see to a partner of the organisation.' })
  createReferral(@CurrentActor() actor: Actor, @Args('input') input: CreateReferralInput): Promise<Referral> {
    return this.service.create(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Referral, { description: 'Records the outcome (or corrects the referral). A stale `version` answers CONFLICT.' })
  updateReferral(@CurrentActor() actor: Actor, @Args('input') input: UpdateReferralInput): Promise<Referral> {
    return this.service.update(actor, input);
  }

  @Allow(...STAFF)
  @ResolveField(() => Partner, { description: 'The partner with its contacts (staff)' })
  partner(@Parent() referral: Referral, @Context() ctx: GqlContext): Promise<Partner> {
    return ctx.loaders.partners.load(referral.partnerId);
  }

  @Allow(...ALL)
  @ResolveField(() => String, { description: "The partner's name (for the entrepreneur too)" })
  async partnerName(@Parent() referral: Referral, @Context() ctx: GqlContext): Promise<string> {
    return (await ctx.loaders.partners.load(referral.partnerId)).name;
  }
}

@Resolver(() => Venture)
export class VentureReferralsResolver {
  @Allow(...ALL)
  @ResolveField(() => [Referral], { description: 'Referrals to partners, latest first' })
  referrals(@Parent() venture: Venture, @Context() ctx: GqlContext): Promise<Referral[]> {
    return ctx.loaders.referralsByVenture.load(venture.id);
  }
}
