import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { IdempotencyPurge } from './idempotency-purge';

/** Idempotency keys themselves are written by `idempotent()` (idempotency.ts) in each write's transaction; this module purges old ones. */
@Module({
  imports: [NotificationModule],
  providers: [IdempotencyPurge],
})
export class IdempotencyModule {}
