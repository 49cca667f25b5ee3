import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { UsersModule } from '../users/users.module.js';
import { CaseDeadlines } from './case-deadlines.js';
import { CaseRetention } from './case-retention.js';
import { CaseTransfersController } from './case-transfers.controller.js';
import { CaseTransfersRepository } from './case-transfers.repository.js';
import { CaseTransfersService } from './case-transfers.service.js';
import { CaseDocuments } from './case-documents.service.js';
import { CaseIsolationController } from './case-isolation.controller.js';
import { CaseIsolation } from './case-isolation.service.js';
import { CaseAbusersController } from './case-abusers.controller.js';
import { CaseAbusersService } from './case-abusers.service.js';
import { CaseSanctionsController } from './case-sanctions.controller.js';
import { CaseRegistersRepository } from './case-registers.repository.js';
import { CaseSanctionsService } from './case-sanctions.service.js';
import { CasePlansController } from './case-plans.controller.js';
import { CasePlans } from './case-plans.service.js';
import { CaseQueries } from './case-queries.service.js';
import { CaseSteps } from './case-steps.js';
import { CaseViews } from './case-views.js';
import { CasesController } from './cases.controller.js';
import { CasesForReferrals } from './cases-for-referrals.service.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';
import { DeadlineEngine, DeadlineJobs } from './deadline-engine.js';
import { DeadlinesRepository } from './deadlines.repository.js';
import './cases.messages.js';

@Module({
  imports: [
    AreasModule,
    CalendarModule,
    ChildrenModule,
    NotificationsModule,
    OrganizationsModule,
    ReferenceModule,
    UsersModule,
  ],
  // Transfers first: `GET /cases/transfers` before `GET /cases/:id`.
  controllers: [
    CaseTransfersController,
    CasesController,
    CaseIsolationController,
    CasePlansController,
    CaseSanctionsController,
    CaseAbusersController,
  ],
  providers: [
    CaseRetention,
    CasesRepository,
    CasesService,
    CaseViews,
    CaseSteps,
    CaseQueries,
    CaseDocuments,
    CaseIsolation,
    CasePlans,
    CaseRegistersRepository,
    CaseSanctionsService,
    CaseAbusersService,
    CasesForReferrals,
    CaseTransfersRepository,
    CaseTransfersService,
    DeadlinesRepository,
    DeadlineEngine,
    DeadlineJobs,
    CaseDeadlines,
  ],
  exports: [
    CasesService,
    CaseSanctionsService,
    CaseAbusersService,
    CasesForReferrals,
    CaseRetention,
    DeadlineEngine,
    DeadlineJobs,
  ],
})
export class CasesModule {}
