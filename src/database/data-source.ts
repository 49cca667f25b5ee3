import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * How long anything may wait on the database, so that every wait ends in an error rather than a
 * hang. 0 turns a limit off (PostgreSQL's and pg's convention).
 */
export interface ConnectionLimits {
  /** Waiting for a free connection of the pool, or for a new one to open. */
  poolWaitMs: number;
  /** One statement, lock waits included. */
  statementTimeoutMs: number;
  /** Waiting for a row or advisory lock. */
  lockTimeoutMs: number;
  /** A transaction open while its connection does nothing. */
  idleInTransactionTimeoutMs: number;
}

/** The limits of a process of the service: the API's statements short, the worker's jobs long. */
export function connectionLimits(
  config: AppConfig,
  role: 'all' | 'api' | 'worker',
): ConnectionLimits {
  return {
    poolWaitMs: config.DB_POOL_WAIT_MS,
    statementTimeoutMs:
      role === 'api' ? config.DB_STATEMENT_TIMEOUT_MS : config.DB_WORKER_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

export interface DataSourceSettings {
  poolSize?: number;
  /** Unset (command-line tools, migrations): no limit. */
  limits?: ConnectionLimits;
}

/** One definition of how the service talks to PostgreSQL, shared by the app, the CLI and tests. */
export function dataSourceOptions(
  url: string,
  { poolSize = 10, limits }: DataSourceSettings = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Query errors reach the caller as exceptions and the problem filter logs what is unexpected.
    logging: false,
    extra: {
      max: poolSize,
      application_name: 'bvte',
      ...(limits && {
        connectionTimeoutMillis: limits.poolWaitMs,
        // Sent when each connection opens: every session of the pool carries them.
        statement_timeout: limits.statementTimeoutMs,
        lock_timeout: limits.lockTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      }),
    },
  };
}

/** For command-line tools and tests: no time limits (a migration may run long). */
export function createDataSource(url: string, poolSize?: number): GuardedDataSource {
  return new GuardedDataSource(dataSourceOptions(url, { poolSize }));
}

/** The async context of a transaction's callback while it runs. */
const inTransaction = new AsyncLocalStorage<{ active: boolean }>();

export class SecondConnectionError extends Error {
  constructor() {
    super(
      'A query borrowed a second connection from the pool inside a transaction: every query in ' +
        "dataSource.transaction(...) must use the transaction's EntityManager (pass `tx` on), " +
        'or be made before the transaction starts. Concurrent requests doing this take every ' +
        'connection of the pool and wait for one another for good.',
    );
    this.name = 'SecondConnectionError';
  }
}

/**
 * A DataSource that refuses what once hung the whole API (issue 20): a query inside a
 * transaction's callback that does not use the transaction's EntityManager borrows a second
 * connection while holding the first, and a burst of such requests holds every connection of the
 * pool while each waits for one more. The callback runs in an AsyncLocalStorage context; the pool
 * checks it on every borrow.
 */
export class GuardedDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    private readonly secondConnection: 'throw' | 'log' = process.env.NODE_ENV === 'production'
      ? 'log'
      : 'throw',
  ) {
    super(options);
  }

  override async initialize(): Promise<this> {
    await super.initialize();
    const pool = (this.driver as PostgresDriver).master as Pool;
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
    pool.connect = ((...args: unknown[]) => {
      this.checkBorrow();
      return connect(...args);
    }) as Pool['connect'];
    return this;
  }

  /**
   * What the pool checks on every borrow, also for work that borrows later on behalf of the
   * caller (the audit's batched inserts): inside a transaction's callback, refuse, or log in
   * production.
   */
  checkBorrow(): void {
    if (!inTransaction.getStore()?.active) return;
    const error = new SecondConnectionError();
    if (this.secondConnection === 'throw') throw error;
    new Logger('Database').error({ err: error }, error.message);
  }

  override transaction<T>(run: (manager: EntityManager) => Promise<T>): Promise<T>;
  override transaction<T>(
    isolation: IsolationLevel,
    run: (manager: EntityManager) => Promise<T>,
  ): Promise<T>;
  override transaction<T>(
    isolationOrRun: IsolationLevel | ((manager: EntityManager) => Promise<T>),
    maybeRun?: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const run = typeof isolationOrRun === 'function' ? isolationOrRun : maybeRun!;
    const guarded = (manager: EntityManager): Promise<T> => {
      const context = { active: true };
      return inTransaction.run(context, async () => {
        try {
          return await run(manager);
        } finally {
          // Work the callback left running after it settled is no longer part of the transaction.
          context.active = false;
        }
      });
    };
    return typeof isolationOrRun === 'function'
      ? super.transaction(guarded)
      : super.transaction(isolationOrRun, guarded);
  }
}
