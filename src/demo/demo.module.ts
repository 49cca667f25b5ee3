import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({
  imports: [OrganizationsModule, UsersModule, ChildrenModule, CasesModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
