import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { ChildFriendlyController } from './child-friendly.controller.js';
import { ChildFriendlyRepository } from './child-friendly.repository.js';
import { ChildFriendlyService } from './child-friendly.service.js';
import { ReportCalendarController } from './report-calendar.controller.js';
import { ReportCalendarRepository } from './report-calendar.repository.js';
import { ReportCalendarService } from './report-calendar.service.js';
import { PeriodicReportsRepository } from './periodic-reports.repository.js';
import { PeriodicReportsService } from './periodic-reports.service.js';
import { ReportJobs } from './report.jobs.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import './reports.messages.js';

/** Statistics: a read model over the registry, the cases and the referrals. */
@Module({
  imports: [
    AreasModule,
    ChildrenModule,
    NotificationsModule,
    ReferenceModule,
    ReferralsModule,
    UsersModule,
  ],
  controllers: [ReportsController, ReportCalendarController, ChildFriendlyController],
  providers: [
    ReportsRepository,
    ReportsService,
    PeriodicReportsRepository,
    PeriodicReportsService,
    ReportJobs,
    ReportCalendarRepository,
    ReportCalendarService,
    ChildFriendlyRepository,
    ChildFriendlyService,
  ],
})
export class ReportsModule {}
