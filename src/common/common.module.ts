import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { Clock } from './clock.js';
import { FieldCipher, sealColumnsWith } from './field-cipher.js';

/** The clock the rules read and the cipher built from the configured keys, for every module. */
@Global()
@Module({
  providers: [
    // The cipher of the sealed columns too (SEALED_TEXT).
    {
      provide: FieldCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => sealColumnsWith(new FieldCipher(config)),
    },
    Clock,
  ],
  exports: [FieldCipher, Clock],
})
export class CommonModule {}
