import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { PeriodicReportsRepository } from './periodic-reports.repository.js';
import { PeriodicReportsService } from './periodic-reports.service.js';
import { ReportJobs } from './report.jobs.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import './reports.messages.js';

/** Statistics: a read model over the registry, the cases and the referrals. */
@Module({
  imports: [AreasModule, ChildrenModule, ReferenceModule, ReferralsModule],
  controllers: [ReportsController],
  providers: [
    ReportsRepository,
    ReportsService,
    PeriodicReportsRepository,
    PeriodicReportsService,
    ReportJobs,
  ],
})
export class ReportsModule {}
