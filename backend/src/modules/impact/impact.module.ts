import { Module } from '@nestjs/common';
import { ComplaintModule } from '../complaint/complaint.module';
import { ImpactSummaryService } from './impact-summary.service';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';
import { ImpactDrillDownService } from './impact-drilldown.service';
import { ImpactReportController } from './report/report.controller';
import { ImpactReportService } from './report/report.service';

@Module({
  // The funder reports include the beneficiary voice figures (complaints, satisfaction).
  imports: [ComplaintModule],
  providers: [ImpactService, ImpactDrillDownService, ImpactSummaryService, ImpactResolver, ImpactReportService],
  controllers: [ImpactReportController],
  exports: [ImpactService],
})
export class ImpactModule {}
