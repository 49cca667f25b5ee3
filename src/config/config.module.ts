import { type DynamicModule, Global, Module } from '@nestjs/common';
import { FieldCipher } from '../common/field-cipher.js';
import { AppConfig } from './app-config.js';

/** Provides the validated configuration, injected by its class, and the cipher built from its keys. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }, FieldCipher],
      exports: [AppConfig, FieldCipher],
    };
  }
}
