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
import { CasesController } from './cases.controller.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';
import { DeadlineEngine, DeadlineJobs } from './deadline-engine.js';
import { DeadlinesRepository } from './deadlines.repository.js';

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
  controllers: [CaseTransfersController, CasesController],
  providers: [
    CaseRetention,
    CasesRepository,
    CasesService,
    CaseTransfersRepository,
    CaseTransfersService,
    DeadlinesRepository,
    DeadlineEngine,
    DeadlineJobs,
    CaseDeadlines,
  ],
  exports: [CasesService, CaseRetention, DeadlineEngine, DeadlineJobs],
})
export class CasesModule {}
