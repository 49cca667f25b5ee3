import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule, type ProcessRole } from './app.module.js';
import { type AppConfig, listenHost, loadConfig } from './config/app-config.js';
import { withSecrets } from './config/secrets.js';
import { EMBEDDED_DATABASE } from './database/command-database.js';
import { EmbeddedPostgres } from './database/embedded-postgres.js';
import { migrate } from './database/migrate.js';
import { checkConnection, ensureDatabase } from './database/postgres-url.js';
import { createRootLogger, PinoLoggerService } from './common/logging.js';
import { configureHttp } from './http.js';
import { DemoDataService } from './demo/demo-data.service.js';
import { UsersService } from './users/users.service.js';

/**
 * Starts one process of the service. `all` (npm start) serves the API and runs the workers, on the
 * embedded PostgreSQL unless DATABASE_URL is set; `api` and `worker` are the production roles and
 * need DATABASE_URL. Any failure before serving is one readable line and exit code 1.
 */
export async function run(role: ProcessRole): Promise<void> {
  let config: AppConfig;
  try {
    const loaded = loadConfig();
    config = withSecrets(loaded, isEmbedded(loaded.DATABASE_URL, role));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const log = createRootLogger(config.LOG_LEVEL, { role });
  const embedded = !isEmbedded(config.DATABASE_URL, role)
    ? undefined
    : new EmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, (line) =>
        log.info(line),
      );
  let app: INestApplicationContext | undefined;

  const stop = async (code: number) => {
    // Stop taking requests first and let those in flight finish; then workers finish their jobs,
    // queues and the database close (Nest's shutdown hooks), then the embedded server stops.
    const server = (app as NestExpressApplication | undefined)?.getHttpServer?.();
    if (server?.listening) await new Promise((resolve) => server.close(resolve));
    await app?.close().catch((error: Error) => log.error({ err: error }, 'Error while closing'));
    await embedded
      ?.stop()
      .catch((error: Error) => log.error({ err: error }, 'Error while stopping PostgreSQL'));
    process.exit(code);
  };

  try {
    if (!config.DATABASE_URL && role !== 'all') {
      throw new Error(
        `DATABASE_URL is required for the ${role} process (npm start runs the embedded database)`,
      );
    }
    const databaseUrl =
      config.DATABASE_URL ?? (await ensureDatabase(await embedded!.start(), EMBEDDED_DATABASE));
    await checkConnection(databaseUrl);
    if (embedded || config.MIGRATIONS_RUN === 'auto') {
      await migrate(databaseUrl, {
        queueOnPostgres: !config.REDIS_URL,
        log: (line) => log.info(line),
      });
    }

    const module = AppModule.forRoot({ config, databaseUrl, role });
    if (role === 'worker') {
      app = await NestFactory.createApplicationContext(module, { bufferLogs: true });
      app.useLogger(new PinoLoggerService(log));
      await app.init();
    } else {
      const http = await NestFactory.create<NestExpressApplication>(module, {
        bufferLogs: true,
        bodyParser: false,
      });
      app = http;
      configureHttp(http, config);
      const demo = config.DEMO_DATA
        ? config.DEMO_DATA === 'on'
        : Boolean(embedded) && config.NODE_ENV !== 'production';
      if (demo) {
        await http.get(DemoDataService).loadIntoEmptyDatabase();
      }
      await http.get(UsersService).ensureFirstAdmin(config);
      const host = listenHost(config, { embedded: Boolean(embedded), demo });
      await http.listen(config.PORT, host);
      log.info(`Listening on http://${host}:${config.PORT} (API docs at /api/docs)`);
    }
  } catch (error) {
    log.fatal((error as Error).message);
    await stop(1);
    return;
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal} received: finishing requests and jobs, then stopping`);
    setTimeout(() => {
      log.error(`Shutdown took longer than ${config.SHUTDOWN_TIMEOUT_MS} ms; stopping anyway`);
      // Whatever is still pending (a request stuck on the database, a pool waiting for its
      // connections) is given up; the embedded server has a few seconds to stop first. Without
      // an embedded server this exited nothing, and a stuck request kept the process for good.
      const stopped = embedded?.stop().catch(() => undefined);
      void Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5000))]).finally(
        () => process.exit(1),
      );
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
    void stop(0);
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/** `npm start` without DATABASE_URL runs its own PostgreSQL. */
function isEmbedded(databaseUrl: string | undefined, role: ProcessRole): boolean {
  return !databaseUrl && role === 'all';
}
