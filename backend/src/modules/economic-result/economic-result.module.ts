import { Module } from '@nestjs/common';
import { VentureModule } from '../venture/venture.module';
import { EconomicResultResolver, VentureResultsResolver } from './economic-result.resolver';
import { EconomicResultService } from './economic-result.service';

@Module({ imports: [VentureModule], providers: [EconomicResultService, EconomicResultResolver, VentureResultsResolver] })
export class EconomicResultModule {}
