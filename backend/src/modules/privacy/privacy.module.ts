import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { PrivacyController } from './privacy.controller';
import { PrivacyJobs } from './privacy.jobs';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** Consent notices, a person's rights, research exports, the compliance record and retention (issue 9). */
@Module({
  imports: [NotificationModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, PrivacyResolver, PrivacyJobs],
  exports: [PrivacyService],
})
export class PrivacyModule {}
