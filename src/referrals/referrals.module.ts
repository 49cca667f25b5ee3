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
import { ReferralRetention } from './referral-retention.js';
import { ReferralsController } from './referrals.controller.js';
import { ReferralsRepository } from './referrals.repository.js';
import { ReferralsService } from './referrals.service.js';

/** Referrals between agencies: above cases, reporting outcomes back through CasesService. */
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
  providers: [ReferralsRepository, ReferralsService, ReferralDeadlines, ReferralRetention],
  exports: [ReferralsService, ReferralRetention],
})
export class ReferralsModule {}
