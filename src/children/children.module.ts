import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ChildCleaningService } from './child-cleaning.service.js';
import { ChildExportService } from './child-export.service.js';
import { ChildImportsController } from './child-imports.controller.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import { ChildImportsService } from './child-imports.service.js';
import { ChildrenController } from './children.controller.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService } from './children.service.js';

@Module({
  imports: [AreasModule, ReferenceModule],
  // Imports first: their fixed paths (/children/imports/template) before /children/:id.
  controllers: [ChildImportsController, ChildrenController],
  providers: [
    ChildrenRepository,
    ChildrenService,
    ChildImportsRepository,
    ChildImportsService,
    ChildExportService,
    ChildCleaningService,
  ],
  exports: [ChildrenService, ChildExportService],
})
export class ChildrenModule {}
