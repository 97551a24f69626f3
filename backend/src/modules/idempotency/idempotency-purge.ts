import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config';
import { JobsService } from '../notification/jobs.service';

/** Keys are deleted this many at a time, each batch its own short statement (no long lock on the table). */
const PURGE_BATCH = 5000;

/**
 * Deletes the idempotency keys older than `retentionDays` (every organisation: it is housekeeping,
 * not a user action). A replay of a purged key is treated as a new request, so the retention must be
 * longer than any client keeps a write queued (docs/deployment.md). Returns how many keys went.
 */
export async function purgeExpiredIdempotencyKeys(dataSource: DataSource, retentionDays: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  let purged = 0;
  for (;;) {
    const rows: Array<{ n: number }> = await dataSource.query(
      `WITH gone AS (
         DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key WHERE created_at < $1 LIMIT $2) RETURNING 1
       ) SELECT count(*)::int AS n FROM gone`,
      [before, PURGE_BATCH],
    );
    purged += rows[0].n;
    if (rows[0].n < PURGE_BATCH) return purged;
  }
}

/** Every night at 03:23 (on the pg-boss queue, once across app instances): expired idempotency keys are deleted. */
@Injectable()
export class IdempotencyPurge implements OnModuleInit {
  static readonly JOB = 'purge-idempotency-keys';
  static readonly CRON = '23 3 * * *';

  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(IdempotencyPurge.JOB, IdempotencyPurge.CRON, () => this.run());
  }

  run(now = new Date()): Promise<number> {
    return purgeExpiredIdempotencyKeys(this.dataSource, this.config.idempotencyRetentionDays, now);
  }
}
