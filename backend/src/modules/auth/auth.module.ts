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
import { FieldCrypto } from '../../common/crypto';
import { TWO_FACTOR_ROLES, TwoFactor } from './two-factor';
import { TwoFactorResolver } from './two-factor.resolver';
import { PasswordReset } from './password-reset';
import { PasswordResetResolver } from './password-reset.resolver';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: LOGIN_THROTTLE, useFactory: () => new LoginThrottle() },
    {
      provide: SESSION_STORE,
      inject: [DataSource, APP_CONFIG],
      useFactory: (ds: DataSource, config: AppConfig) =>
        new SessionStore(ds, { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs }, config.requireTwoFactor ? TWO_FACTOR_ROLES : []),
    },
    {
      provide: TwoFactor,
      inject: [DataSource, FieldCrypto, APP_CONFIG],
      useFactory: (ds: DataSource, crypto: FieldCrypto, config: AppConfig) => new TwoFactor(ds, crypto, 'Rafiq', config.requireTwoFactor),
    },
    TwoFactorResolver,
    {
      provide: PasswordReset,
      inject: [DataSource, LOGIN_THROTTLE],
      useFactory: (ds: DataSource, throttle: LoginThrottle) => new PasswordReset(ds, throttle),
    },
    PasswordResetResolver,
  ],
  exports: [SESSION_STORE, TwoFactor],
})
export class AuthModule {}
