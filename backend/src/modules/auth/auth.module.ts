import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService, LOGIN_THROTTLE, SESSION_STORE } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionStore } from './session-store';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: LOGIN_THROTTLE, useFactory: () => new LoginThrottle() },
    {
      provide: SESSION_STORE,
      inject: [DataSource, APP_CONFIG],
      useFactory: (ds: DataSource, config: AppConfig) => new SessionStore(ds, { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs }),
    },
  ],
  exports: [SESSION_STORE],
})
export class AuthModule {}
