import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { FieldCipher, sealColumnsWith } from '../common/field-cipher.js';
import { AppConfig } from './app-config.js';

/**
 * Provides the validated configuration, injected by its class, the cipher built from its keys and
 * the clock the rules read.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        // The cipher of the sealed columns too (SEALED_TEXT).
        { provide: FieldCipher, useFactory: () => sealColumnsWith(new FieldCipher(config)) },
        Clock,
      ],
      exports: [AppConfig, FieldCipher, Clock],
    };
  }
}
