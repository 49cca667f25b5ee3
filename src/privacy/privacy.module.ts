import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { PopulationModule } from '../population/population.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { ProcessingRegisterController } from './processing-register.controller.js';
import { ProcessingRegisterService } from './processing-register.service.js';
import { RetentionController } from './retention.controller.js';
import { RetentionRepository } from './retention.repository.js';
import { RetentionService } from './retention.service.js';
import './privacy.messages.js';

/**
 * Personal data under Law 91/2025 across the modules that hold it: retention (the policies, their
 * dry run, the daily job that anonymises what is past them) and the processing register. Above
 * children, cases, referrals and population, whose records it reaches through what they publish.
 */
@Module({
  imports: [CasesModule, ChildrenModule, PopulationModule, ReferralsModule],
  controllers: [RetentionController, ProcessingRegisterController],
  providers: [RetentionRepository, RetentionService, ProcessingRegisterService],
})
export class PrivacyModule {}
