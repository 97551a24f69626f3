import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DEFAULT_TIME_ZONE } from '@rafiq/shared';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config';
import { NotificationService } from './notification.service';
import { sealAuditTrail } from '../audit/audit-seal';

/**
 * Scheduled work on a PostgreSQL-backed queue (pg-boss): several app instances can run side by
 * side, and each cron job runs once per tick across all of them. Off with RAFIQ_JOBS=0 (tests
 * call the planner and dispatcher directly).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;
  private readonly extra: Array<{ name: string; cron: string; handler: () => Promise<unknown> }> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Other modules add their scheduled work here (from `onModuleInit`, before the application starts). */
  register(name: string, cron: string, handler: () => Promise<unknown>): void {
    this.extra.push({ name, cron, handler });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    const boss = new PgBoss({ connectionString: url, max: 2, application_name: 'rafiq-jobs' });
    boss.on('error', () => undefined);
    await boss.start();
    for (const name of ['plan-reminders', 'dispatch-notifications', 'seal-audit']) await boss.createQueue(name);
    await boss.schedule('plan-reminders', '*/5 * * * *', {}, { tz: DEFAULT_TIME_ZONE });
    await boss.schedule('dispatch-notifications', '* * * * *');
    await boss.schedule('seal-audit', '*/2 * * * *');
    await boss.work('plan-reminders', async () => {
      await this.notifications.plan();
    });
    await boss.work('dispatch-notifications', async () => {
      await this.notifications.dispatch();
    });
    await boss.work('seal-audit', async () => {
      while ((await sealAuditTrail(this.dataSource)) > 0);
    });
    for (const job of this.extra) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, {}, { tz: DEFAULT_TIME_ZONE });
      await boss.work(job.name, async () => {
        await job.handler();
      });
    }
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => undefined);
  }
}
