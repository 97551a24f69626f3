import { migrations } from '@rafiq/migrations';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { countSqlStatement } from '../common/request-context';
import { currentMetrics } from '../observability/metrics';
import { entities } from './entities';
import { AuditContextSubscriber } from '../modules/audit/audit-context.subscriber';

export interface SqlLogSink {
  error: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
}

/** Counts every statement for the current request; reports failures and slow statements (never parameters). */
class CountingLogger implements TypeOrmLogger {
  constructor(private readonly sink?: SqlLogSink) {}
  logQuery(): void {
    countSqlStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    currentMetrics()?.queryErrors.inc();
    this.sink?.error({ query: query.slice(0, 500), err: typeof error === 'string' ? error : error.message }, 'sql error');
  }
  logQuerySlow(time: number, query: string): void {
    currentMetrics()?.slowQueries.inc();
    this.sink?.warn({ query: query.slice(0, 500), ms: time }, 'slow sql');
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The one DataSource used by the app, the CLI, migrations and tests. Never `synchronize`. */
export function createDataSource(url: string, sink?: SqlLogSink, poolSize = 20, slowQueryMs = 500): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    subscribers: [AuditContextSubscriber],
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error'],
    maxQueryExecutionTime: slowQueryMs,
    logger: new CountingLogger(sink),
    // An undefined or null value in a where clause must never silently match every row.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5000,
      application_name: 'rafiq',
      // Name search (person.service.ts) uses the indexable `<%` operator: a close spelling is a word
      // similarity of 0.5 or more, set on every connection so the GIN trigram index can answer it.
      options: '-c pg_trgm.word_similarity_threshold=0.5',
    },
  });
}
