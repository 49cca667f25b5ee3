import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ChildrenController } from './children.controller.js';
import { ChildrenRepository } from './children.repository.js';
import { ChildrenService } from './children.service.js';

@Module({
  imports: [AreasModule, ReferenceModule],
  controllers: [ChildrenController],
  providers: [ChildrenRepository, ChildrenService],
  exports: [ChildrenService],
})
export class ChildrenModule {}
