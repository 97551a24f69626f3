import { Module } from '@nestjs/common';
import { ImpactSummaryService } from './impact-summary.service';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';
import { ImpactDrillDownService } from './impact-drilldown.service';
import { ImpactReportController } from './report/report.controller';
import { ImpactReportService } from './report/report.service';

@Module({
  providers: [ImpactService, ImpactDrillDownService, ImpactSummaryService, ImpactResolver, ImpactReportService],
  controllers: [ImpactReportController],
  exports: [ImpactService],
})
export class ImpactModule {}
