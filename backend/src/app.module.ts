import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/config';
import { CoreModule } from './config/config.module';
import './graphql/enums';
import { graphqlOptions } from './graphql/graphql.config';
import { GraphqlErrorFilter } from './graphql/graphql-error.filter';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { ValueChainModule } from './modules/value-chain/value-chain.module';
import { PartnerModule } from './modules/partner/partner.module';
import { EnrolmentModule } from './modules/enrolment/enrolment.module';
import { PersonModule } from './modules/person/person.module';
import { CooperativeModule } from './modules/cooperative/cooperative.module';
import { CoachModule } from './modules/coach/coach.module';
import { VentureModule } from './modules/venture/venture.module';
import { SessionModule } from './modules/session/session.module';
import { MentorshipModule } from './modules/mentorship/mentorship.module';
import { AlertModule } from './modules/alert/alert.module';
import { NotificationModule } from './modules/notification/notification.module';
import { ProgramModule } from './modules/program/program.module';
import { ActionItemModule } from './modules/action-item/action-item.module';
import { EconomicResultModule } from './modules/economic-result/economic-result.module';
import { ReferralModule } from './modules/referral/referral.module';
import { FollowUpModule } from './modules/follow-up/follow-up.module';
import { AuditModule } from './modules/audit/audit.module';
import { ImportModule } from './modules/import/import.module';
import { DataQualityModule } from './modules/data-quality/data-quality.module';
import { ImpactModule } from './modules/impact/impact.module';
import { OrganizationModule } from './modules/organization/organization.module';
import { DiagnosticModule } from './modules/diagnostic/diagnostic.module';
import { ComplaintModule } from './modules/complaint/complaint.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { IdempotencyModule } from './modules/idempotency/idempotency.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource),
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: (req) => (req as { id?: string }).id ?? 'unknown',
            autoLogging: { ignore: (req) => req.url === '/health' },
            customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
          },
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, dataSource, (obj, msg) => logger.error(obj, msg)),
        }),
        AuthModule,
        ReferenceModule,
        ValueChainModule,
        PartnerModule,
        HealthModule,
        PersonModule,
        ProgramModule,
        EnrolmentModule,
        CooperativeModule,
        CoachModule,
        VentureModule,
        ActionItemModule,
        EconomicResultModule,
        ReferralModule,
        FollowUpModule,
        AuditModule,
        SessionModule,
        MentorshipModule,
        AlertModule,
        NotificationModule,
        ImportModule,
        DataQualityModule,
        ImpactModule,
        OrganizationModule,
        DiagnosticModule,
        ComplaintModule,
        PrivacyModule,
        IdempotencyModule,
        UsersModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphqlErrorFilter }],
    };
  }
}
