import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule, type ProcessRole } from '../src/app.module.js';
import { Clock } from '../src/common/clock.js';
import { loadConfig } from '../src/config/app-config.js';
import { configureHttp } from '../src/http.js';
import { createTestDatabase, dropTestDatabase } from './database.js';

/** A clock the test moves forward: deadlines pass without waiting for them. */
export class TestClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** The secrets of every test app, and of a service process started on a test app's database. */
export const TEST_SECRETS = {
  JWT_SECRET: 'test-only-signing-secret-0123456789abcdef',
  ENCRYPTION_KEYS: `test:${Buffer.alloc(32, 7).toString('base64')}`,
};

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof supertest>;
  /** An HTTP client sending this bearer token on every request. */
  as: (accessToken: string) => ReturnType<typeof supertest.agent>;
  dataSource: DataSource;
  databaseUrl: string;
  database: { name: string; url: string };
  close: () => Promise<void>;
}

/**
 * The real application (every module, global pipes, filters and guards, HTTP setup) on its own
 * database copied from the migrated template, with its own queue prefix on Redis.
 */
export async function createTestApp({
  role = 'all',
  env = {},
  clock,
  sharing,
}: {
  role?: ProcessRole;
  env?: Record<string, string>;
  clock?: TestClock;
  /** Another process of the same deployment: its database, left to that app to drop. */
  sharing?: TestApp;
} = {}): Promise<TestApp> {
  const database = sharing ? sharing.database : await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '100',
    QUEUE_PREFIX: database.name,
    ...TEST_SECRETS,
    ...env,
    DATABASE_URL: database.url,
  });
  const builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl: database.url, role })],
  });
  if (clock) builder.overrideProvider(Clock).useValue(clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: false,
  });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    http: supertest(app.getHttpServer()),
    as: (accessToken) =>
      supertest.agent(app.getHttpServer()).set('Authorization', `Bearer ${accessToken}`),
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    database,
    close: async () => {
      await app.close();
      if (!sharing) await dropTestDatabase(database.name);
    },
  };
}
