import { Module } from '@nestjs/common';
import { VentureModule } from '../venture/venture.module';
import { ReferralResolver, VentureReferralsResolver } from './referral.resolver';
import { ReferralService } from './referral.service';

@Module({ imports: [VentureModule], providers: [ReferralService, ReferralResolver, VentureReferralsResolver] })
export class ReferralModule {}
