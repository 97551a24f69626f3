import { Module } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config';
import { JobsService } from './jobs.service';
import { NOTIFICATION_SENDERS, NotificationService } from './notification.service';
import { NotificationResolver } from './notification.resolver';
import { InAppSender, LogSender, SmtpEmailSender, WebhookSmsSender, WhatsAppCloudSender } from './senders';

@Module({
  providers: [
    NotificationService,
    NotificationResolver,
    JobsService,
    {
      provide: NOTIFICATION_SENDERS,
      inject: [APP_CONFIG, Logger],
      // In-app always; a log sender outside production; e-mail, SMS and WhatsApp once configured.
      useFactory: (config: AppConfig, logger: Logger) => {
        const { email, sms, whatsapp } = config.channels;
        return [
          new InAppSender(),
          ...(config.production ? [] : [new LogSender((message, details) => logger.log(details, message))]),
          ...(email ? [new SmtpEmailSender(email.smtpUrl, email.from)] : []),
          ...(sms ? [new WebhookSmsSender(sms.webhookUrl, sms.token)] : []),
          ...(whatsapp ? [new WhatsAppCloudSender(whatsapp.apiUrl, whatsapp.token, whatsapp.phoneNumberId)] : []),
        ];
      },
    },
  ],
  exports: [NotificationService, JobsService],
})
export class NotificationModule {}
