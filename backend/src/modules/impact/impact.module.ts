import { Module } from '@nestjs/common';
import { ComplaintModule } from '../complaint/complaint.module';
import { NotificationModule } from '../notification/notification.module';
import { ImpactSnapshotJobs, ImpactSnapshotService } from './impact-snapshot.service';
import { ImpactSummaryService } from './impact-summary.service';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';
import { ImpactDrillDownService } from './impact-drilldown.service';
import { ImpactReportController } from './report/report.controller';
import { ImpactReportService } from './report/report.service';

@Module({
  // The funder reports include the beneficiary voice figures (complaints, satisfaction).
  imports: [ComplaintModule, NotificationModule],
  providers: [ImpactService, ImpactDrillDownService, ImpactSummaryService, ImpactSnapshotService, ImpactSnapshotJobs, ImpactResolver, ImpactReportService],
  controllers: [ImpactReportController],
  exports: [ImpactService],
})
export class ImpactModule {}
