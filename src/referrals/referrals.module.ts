import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { UsersModule } from '../users/users.module.js';
import { ReferralDeadlines } from './referral-deadlines.js';
import { ReferralNotices } from './referral-notices.js';
import { ReferralReadsService } from './referral-reads.service.js';
import { ReferralRetention } from './referral-retention.js';
import { ReferralStatisticsRepository } from './referral-statistics.repository.js';
import { ReferralStatisticsService } from './referral-statistics.service.js';
import { ReferralsController } from './referrals.controller.js';
import { ReferralsRepository } from './referrals.repository.js';
import { ReferralsService } from './referrals.service.js';
import './referrals.messages.js';

/** Referrals between agencies: above cases, reporting outcomes back through CasesForReferrals. */
@Module({
  imports: [
    AreasModule,
    CalendarModule,
    CasesModule,
    ChildrenModule,
    NotificationsModule,
    OrganizationsModule,
    ReferenceModule,
    UsersModule,
  ],
  controllers: [ReferralsController],
  providers: [
    ReferralsRepository,
    ReferralStatisticsRepository,
    ReferralsService,
    ReferralReadsService,
    ReferralStatisticsService,
    ReferralNotices,
    ReferralDeadlines,
    ReferralRetention,
  ],
  exports: [ReferralStatisticsService, ReferralRetention],
})
export class ReferralsModule {}
