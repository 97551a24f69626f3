import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes from the environment only, validated once at start-up.
 * Each bad variable is named with what was expected, and the process stops before doing anything.
 */
const boolish = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'], { error: 'expected 1/0, true/false or yes/no' })
  .transform((v) => ['1', 'true', 'yes'].includes(v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'expected development, production or test' }).default('development'),
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected 0–65535')
    .max(65535, 'expected 0–65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  RAFIQ_DATA_DIR: z.string().min(1, 'must not be empty').default('./.data'),
  RAFIQ_DEMO: boolish.optional(),
  RAFIQ_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RAFIQ_SESSION_IDLE_HOURS: z.coerce.number().positive('expected a positive number of hours').default(12),
  RAFIQ_SESSION_MAX_DAYS: z.coerce.number().positive('expected a positive number of days').default(14),
  RAFIQ_TRUST_PROXY: z.string().default('loopback'),
  RAFIQ_WEB_DIR: z.string().optional(),
  RAFIQ_EXPOSE_SQL_COUNT: boolish.default(false),
  RAFIQ_JOBS: boolish.default(true),
  RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE: z.coerce
    .number({ error: 'expected a number of people' })
    .int('expected a whole number')
    .min(1, 'expected at least 1')
    .default(100_000),
  RAFIQ_METRICS: boolish.default(false),
  RAFIQ_REQUIRE_2FA: boolish.optional(),
  RAFIQ_METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  RAFIQ_SLOW_QUERY_MS: z.coerce.number({ error: 'expected a number of milliseconds' }).int('expected a whole number').min(1, 'expected at least 1').default(500),
  RAFIQ_SHUTDOWN_TIMEOUT_MS: z.coerce.number({ error: 'expected a number of milliseconds' }).int('expected a whole number').min(0).default(10000),
  RAFIQ_IDEMPOTENCY_RETENTION_DAYS: z.coerce
    .number({ error: 'expected a number of days' })
    .int('expected a whole number of days')
    .min(1, 'expected at least 1 day')
    .default(30),
  RAFIQ_BACKUP_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'expected 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  RAFIQ_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'expected 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  // Outgoing channels for reminders: each is off until configured.
  RAFIQ_SMTP_URL: z.url({ error: 'expected an SMTP URL such as smtps://user:password@smtp.example.org:465' }).optional(),
  RAFIQ_EMAIL_FROM: z.string().min(3).default('Rafiq <no-reply@rafiq.invalid>'),
  RAFIQ_SMS_WEBHOOK_URL: z.url({ error: 'expected the URL of your SMS gateway' }).optional(),
  RAFIQ_SMS_WEBHOOK_TOKEN: z.string().optional(),
  RAFIQ_WHATSAPP_TOKEN: z.string().min(1).optional(),
  RAFIQ_WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).optional(),
  RAFIQ_WHATSAPP_API_URL: z.url().default('https://graph.facebook.com/v21.0'),
});

/** Outgoing channels, each present only when configured. */
export interface ChannelsConfig {
  email?: { smtpUrl: string; from: string };
  sms?: { webhookUrl: string; token?: string };
  whatsapp?: { apiUrl: string; token: string; phoneNumberId: string };
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  logLevel: string;
  sessionIdleMs: number;
  sessionMaxMs: number;
  trustProxy: string;
  webDir: string;
  exposeSqlCount: boolean;
  /** Run scheduled jobs (reminders) in this process. */
  jobs: boolean;
  /**
   * Organisations with at least this many people get their dashboards from snapshots refreshed
   * every 5 minutes (docs/indicators.md, "Scale and freshness"); smaller ones are always live.
   */
  impactSnapshotMinPeople: number;
  /** 32 bytes; when unset, a key file in RAFIQ_DATA_DIR is used (created on first start), except in production. */
  encryptionKey?: Buffer;
  channels: ChannelsConfig;
  /** Serve /metrics (Prometheus text format); with a token, only to `Authorization: Bearer <token>`. */
  metrics: { enabled: boolean; token?: string };
  /** SQL statements slower than this are logged (warn, "slow sql") and counted. */
  slowQueryMs: number;
  /** How long SIGTERM waits for running requests before closing their connections. */
  shutdownTimeoutMs: number;
  /** 32 bytes encrypting backups (AES-256-GCM); when unset, the field-encryption key is used. */
  backupKey?: Buffer;
  /** Idempotency keys older than this many days are purged every night (a replay after that is a new request). */
  idempotencyRetentionDays: number;
  /**
   * Admins, programme leads and coaches must turn two-factor sign-in on before anything else.
   * RAFIQ_REQUIRE_2FA; by default on in production, except for the demo.
   */
  requireTwoFactor: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const values: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    values[key] = v === '' ? undefined : v;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${String(i.path[0])}=${JSON.stringify(values[String(i.path[0])])}: ${i.message}`),
    );
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    production: c.NODE_ENV === 'production',
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.RAFIQ_DATA_DIR),
    demo: c.RAFIQ_DEMO ?? !c.DATABASE_URL,
    logLevel: c.RAFIQ_LOG_LEVEL,
    sessionIdleMs: c.RAFIQ_SESSION_IDLE_HOURS * 3600_000,
    sessionMaxMs: c.RAFIQ_SESSION_MAX_DAYS * 86400_000,
    trustProxy: c.RAFIQ_TRUST_PROXY,
    webDir: path.resolve(c.RAFIQ_WEB_DIR ?? path.join(__dirname, '..', '..', '..', 'frontend', 'dist')),
    exposeSqlCount: c.RAFIQ_EXPOSE_SQL_COUNT,
    jobs: c.RAFIQ_JOBS,
    impactSnapshotMinPeople: c.RAFIQ_IMPACT_SNAPSHOT_MIN_PEOPLE,
    encryptionKey: c.RAFIQ_ENCRYPTION_KEY ? Buffer.from(c.RAFIQ_ENCRYPTION_KEY, 'base64') : undefined,
    metrics: { enabled: c.RAFIQ_METRICS, token: c.RAFIQ_METRICS_TOKEN },
    slowQueryMs: c.RAFIQ_SLOW_QUERY_MS,
    shutdownTimeoutMs: c.RAFIQ_SHUTDOWN_TIMEOUT_MS,
    backupKey: c.RAFIQ_BACKUP_KEY ? Buffer.from(c.RAFIQ_BACKUP_KEY, 'base64') : undefined,
    idempotencyRetentionDays: c.RAFIQ_IDEMPOTENCY_RETENTION_DAYS,
    requireTwoFactor: c.RAFIQ_REQUIRE_2FA ?? (c.NODE_ENV === 'production' && !(c.RAFIQ_DEMO ?? !c.DATABASE_URL)),
    channels: {
      email: c.RAFIQ_SMTP_URL ? { smtpUrl: c.RAFIQ_SMTP_URL, from: c.RAFIQ_EMAIL_FROM } : undefined,
      sms: c.RAFIQ_SMS_WEBHOOK_URL ? { webhookUrl: c.RAFIQ_SMS_WEBHOOK_URL, token: c.RAFIQ_SMS_WEBHOOK_TOKEN } : undefined,
      whatsapp:
        c.RAFIQ_WHATSAPP_TOKEN && c.RAFIQ_WHATSAPP_PHONE_NUMBER_ID
          ? { apiUrl: c.RAFIQ_WHATSAPP_API_URL, token: c.RAFIQ_WHATSAPP_TOKEN, phoneNumberId: c.RAFIQ_WHATSAPP_PHONE_NUMBER_ID }
          : undefined,
    },
  };
}
