import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FieldCrypto } from '../common/crypto';
import { AppConfig } from './config';
import { fieldCryptoFor } from './encryption-key';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Makes the validated configuration and the one DataSource injectable everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: FieldCrypto, useFactory: () => fieldCryptoFor(config) },
      ],
      exports: [APP_CONFIG, DataSource, FieldCrypto],
    };
  }
}
