import { Module } from '@nestjs/common';
import { AreasModule } from '../areas/areas.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { AppConfig } from '../config/app-config.js';
import { OnlineGateway } from './online-gateway.js';
import { PopulationChangesController } from './population-changes.controller.js';
import { PopulationChangesRepository } from './population-changes.repository.js';
import { PopulationChangesService } from './population-changes.service.js';
import { POPULATION_GATEWAY } from './population-gateway.js';
import { PopulationController } from './population.controller.js';
import { PopulationService } from './population.service.js';
import { VerificationRunsRepository } from './verification-runs.repository.js';
import './population.messages.js';

/**
 * The national population database (CSDL quốc gia về dân cư): checking the registry's records
 * against it, and taking in the births and moves it records. Above the children module, whose records it checks through its interface.
 */
@Module({
  imports: [AreasModule, ChildrenModule],
  controllers: [PopulationController, PopulationChangesController],
  providers: [
    VerificationRunsRepository,
    PopulationService,
    PopulationChangesRepository,
    PopulationChangesService,
    {
      provide: POPULATION_GATEWAY,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.POPULATION_URL ? new OnlineGateway(config) : null),
    },
  ],
  exports: [PopulationChangesRepository],
})
export class PopulationModule {}
