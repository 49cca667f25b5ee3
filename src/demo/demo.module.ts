import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({
  imports: [OrganizationsModule, UsersModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
