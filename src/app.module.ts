import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from './areas/areas.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AccessGuard } from './access/access.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { SessionCacheModule } from './access/session-cache.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CasesModule } from './cases/cases.module.js';
import { ChildrenModule } from './children/children.module.js';
import { CommonModule } from './common/common.module.js';
import { ProblemFilter } from './common/problem.filter.js';
import { IdempotencyInterceptor } from './common/idempotency.interceptor.js';
import { RateLimitGuard, RateLimiter } from './common/rate-limit.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { connectionLimits, dataSourceOptions, GuardedDataSource } from './database/data-source.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { queueConnection } from './queue/queue-connection.js';
import { QueueModule } from './queue/queue.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PopulationModule } from './population/population.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ReferralsModule } from './referrals/referrals.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { UsersModule } from './users/users.module.js';
import { cacheValidationMetadata } from './common/validation-metadata.js';

export type ProcessRole = 'all' | 'api' | 'worker';

export interface AppOptions {
  config: AppConfig;
  /** The database actually used: DATABASE_URL, or the embedded server's. */
  databaseUrl: string;
  role: ProcessRole;
}

/**
 * The modular monolith. The same module graph serves the API process, the worker process and the
 * all-in-one default; the role decides whether queue workers run here.
 */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, role }: AppOptions): DynamicModule {
    cacheValidationMetadata();
    const queue = queueConnection(databaseUrl, config.REDIS_URL, config.QUEUE_DB_POOL_SIZE);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            dataSourceOptions(databaseUrl, {
              poolSize: config.DB_POOL_SIZE,
              limits: connectionLimits(config, role),
            }),
          dataSourceFactory: (options) =>
            new GuardedDataSource(
              options!,
              config.NODE_ENV === 'production' ? 'log' : 'throw',
            ).initialize(),
        }),
        QueueModule.forRoot({
          ...queue,
          databaseUrl,
          prefix: config.QUEUE_PREFIX,
          concurrency: config.WORKER_CONCURRENCY,
          lockMs: config.QUEUE_LOCK_MS,
          workers: role !== 'api',
          outboxPollMs: config.OUTBOX_POLL_MS,
        }),
        HealthModule,
        SessionCacheModule,
        AuditModule.forRoot({ sealer: role !== 'api' }),
        AreasModule,
        ReferenceModule,
        OrganizationsModule,
        UsersModule,
        AuthModule.forRoot({ http: role !== 'worker' }),
        CalendarModule,
        ChildrenModule,
        PopulationModule,
        PrivacyModule,
        NotificationsModule,
        CasesModule,
        ReferralsModule,
        ReportsModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        RateLimiter,
        // In this order: a client over its limit is refused before any credential is checked.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
