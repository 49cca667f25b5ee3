import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditSealer } from './audit-sealer.service.js';
import { AuditService } from './audit.service.js';

/** Global: every capability records into the one audit log. The workers' processes seal it. */
@Global()
@Module({})
export class AuditModule {
  static forRoot({ sealer }: { sealer: boolean }): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditController],
      providers: [AuditRepository, AuditService, ...(sealer ? [AuditSealer] : [])],
      exports: [AuditService],
    };
  }
}
