import { ChildRetention } from './child-retention.js';
import { ChildSealing } from './child-sealing.js';
import { ChildPersonalDataController } from './child-personal-data.controller.js';
import { ChildPersonalDataService } from './child-personal-data.service.js';
import { CorrectionRequestsRepository } from './correction-requests.repository.js';
import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ChildCleaningService } from './child-cleaning.service.js';
import { ChildExportService } from './child-export.service.js';
import { ChildImportsController } from './child-imports.controller.js';
import { ChildImportsRepository } from './child-imports.repository.js';
import { ChildImportsService } from './child-imports.service.js';
import { ChildImportJob } from './child-imports.job.js';
import { ChildImportRows } from './child-import-rows.js';
import { SupportImportRows } from './support-import-rows.js';
import { ChildImportReport } from './child-import-report.js';
import { ChildVerificationController } from './child-verification.controller.js';
import { ChildVerificationService } from './child-verification.service.js';
import { ChildVerificationsRepository } from './child-verifications.repository.js';
import { ChildrenController } from './children.controller.js';
import { ChildDataQualityRepository } from './child-data-quality.repository.js';
import { ChildDuplicatesRepository } from './child-duplicates.repository.js';
import { ChildHistoryRepository } from './child-history.repository.js';
import { ChildSearchRepository } from './child-search.repository.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService } from './children.service.js';
import { ChildSupportsController } from './child-supports.controller.js';
import { ChildSupportsRepository } from './child-supports.repository.js';
import { ChildSupportsService } from './child-supports.service.js';
import { ChildInjuriesController } from './child-injuries.controller.js';
import { ChildInjuriesService } from './child-injuries.service.js';
import { ChildAnnexesRepository } from './child-annexes.repository.js';
import { ChildAnnexesService } from './child-annexes.service.js';
import './children.messages.js';

@Module({
  imports: [AreasModule, ReferenceModule],
  // Imports and verification first: their fixed paths (/children/imports/template,
  // /children/verification-worklist) before /children/:id.
  controllers: [
    ChildImportsController,
    ChildVerificationController,
    ChildPersonalDataController,
    ChildSupportsController,
    ChildInjuriesController,
    ChildrenController,
  ],
  providers: [
    ChildrenRepository,
    ChildSearchRepository,
    ChildDuplicatesRepository,
    ChildHistoryRepository,
    ChildDataQualityRepository,
    ChildrenService,
    ChildImportsRepository,
    ChildImportsService,
    ChildImportJob,
    ChildImportRows,
    SupportImportRows,
    ChildImportReport,
    ChildExportService,
    ChildCleaningService,
    ChildVerificationsRepository,
    CorrectionRequestsRepository,
    ChildPersonalDataService,
    ChildSupportsRepository,
    ChildSupportsService,
    ChildInjuriesService,
    ChildAnnexesRepository,
    ChildAnnexesService,
    ChildRetention,
    ChildSealing,
    ChildVerificationService,
  ],
  exports: [
    ChildrenService,
    ChildExportService,
    ChildVerificationService,
    ChildRetention,
    ChildSupportsService,
  ],
})
export class ChildrenModule {}
