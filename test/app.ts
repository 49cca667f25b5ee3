import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule, type ProcessRole } from '../src/app.module.js';
import { loadConfig } from '../src/config/app-config.js';
import { configureHttp } from '../src/http.js';
import { createTestDatabase, dropTestDatabase } from './database.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof supertest>;
  dataSource: DataSource;
  databaseUrl: string;
  close: () => Promise<void>;
}

/**
 * The real application (every module, global pipes, filters and guards, HTTP setup) on its own
 * database copied from the migrated template, with its own queue prefix on Redis.
 */
export async function createTestApp({
  role = 'all',
  env = {},
}: { role?: ProcessRole; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '100',
    QUEUE_PREFIX: database.name,
    ...env,
    DATABASE_URL: database.url,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl: database.url, role })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: false,
  });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    http: supertest(app.getHttpServer()),
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await dropTestDatabase(database.name);
    },
  };
}
