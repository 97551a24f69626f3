import { Module } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config';
import { JobsService } from './jobs.service';
import { NOTIFICATION_SENDERS, NotificationService } from './notification.service';
import { NotificationResolver } from './notification.resolver';
import { InAppSender, LogSender } from './senders';

@Module({
  providers: [
    NotificationService,
    NotificationResolver,
    JobsService,
    {
      provide: NOTIFICATION_SENDERS,
      inject: [APP_CONFIG, Logger],
      // In-app always; a log sender outside production. SMS, WhatsApp and e-mail senders join this list once configured.
      useFactory: (config: AppConfig, logger: Logger) => [
        new InAppSender(),
        ...(config.production ? [] : [new LogSender((message, details) => logger.log(details, message))]),
      ],
    },
  ],
  exports: [NotificationService, JobsService],
})
export class NotificationModule {}
