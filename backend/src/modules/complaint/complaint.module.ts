import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../notification/jobs.service';
import { NotificationModule } from '../notification/notification.module';
import { ComplaintAttachmentController } from './complaint-attachment.controller';
import { ComplaintResolver, SessionRatingResolver } from './complaint.resolver';
import { ComplaintService } from './complaint.service';
import { SatisfactionService } from './satisfaction.service';
import { VoiceImpactResolver } from './voice-impact.resolver';

/** Every 15 minutes (on the pg-boss queue, once across app instances): overdue complaints are escalated. */
@Injectable()
export class ComplaintJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly complaints: ComplaintService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('escalate-complaints', '*/15 * * * *', () => this.complaints.escalate());
  }
}

@Module({
  imports: [NotificationModule],
  controllers: [ComplaintAttachmentController],
  providers: [ComplaintService, SatisfactionService, ComplaintResolver, SessionRatingResolver, VoiceImpactResolver, ComplaintJobs],
  exports: [ComplaintService, SatisfactionService, VoiceImpactResolver],
})
export class ComplaintModule {}
