import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { InputSanityPipe } from './graphql/input-sanity.pipe';
import { createValidationPipe } from './graphql/validation';
import { httpMiddleware } from './http';
import { SESSION_STORE } from './modules/auth/auth.service';
import { SessionStore } from './modules/auth/session-store';
import { Lifecycle } from './observability/lifecycle';
import { installMetrics, Metrics } from './observability/metrics';

/**
 * Builds the whole HTTP application on a DataSource that is already connected and migrated.
 * `lifecycle` lets the caller drain it on SIGTERM (main.ts).
 */
export async function createApp(config: AppConfig, dataSource: DataSource, logger: Logger, lifecycle?: Lifecycle): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, logger), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(NestPinoLogger));
  app.set('trust proxy', config.trustProxy === 'false' ? false : config.trustProxy === 'true' ? true : config.trustProxy.split(',').map((s) => s.trim()));
  app.disable('x-powered-by');
  const metrics = new Metrics(dataSource);
  installMetrics(metrics);
  for (const handler of httpMiddleware(config, app.get<SessionStore>(SESSION_STORE), metrics, lifecycle)) app.use(handler);
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new InputSanityPipe(), createValidationPipe());
  return app;
}
