import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import './users.messages.js';

@Module({
  imports: [AreasModule, OrganizationsModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
