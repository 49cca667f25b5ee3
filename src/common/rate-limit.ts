import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';

import { AppException } from './app.exception.js';
import { AppConfig } from '../config/app-config.js';

const WINDOW_MS = 60_000;
const LOGIN = Symbol('login-rate-limit');

/**
 * Puts a route under the shared LOGIN_RATE_LIMIT_PER_MINUTE budget of sign-in, token refresh,
 * password and second-factor routes, on top of the limit every request counts against.
 */
export const RateLimit = (rule: 'login') => SetMetadata(LOGIN, rule);

interface Window {
  hits: number;
  resetSeconds: number;
}

/** One counter per key and window, shared by every API process of a deployment. */
interface WindowStore {
  /** Counts a hit in the key's current window (opened by its first hit), in one round trip. */
  hit(key: string, windowMs: number): Promise<Window>;
  close(): Promise<void>;
}

/** INCR, and PEXPIRE on the window's first hit, in one script. */
class RedisWindows implements WindowStore {
  private readonly client: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // Redis away: a hit gives up after 250 ms and the request passes uncounted; the client
    // reconnects by itself, and its errors are the failed hits' (logged by the limiter).
    this.client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 250,
    });
    this.client.on('error', () => undefined);
    this.client.defineCommand('rateLimitHit', {
      numberOfKeys: 1,
      lua: `local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}`,
    });
  }

  async hit(key: string, windowMs: number): Promise<Window> {
    const [hits, ttl] = (await (
      this.client as unknown as {
        rateLimitHit: (key: string, windowMs: number) => Promise<[number, number]>;
      }
    ).rateLimitHit(`${this.prefix}:rate-limit:${key}`, windowMs)) as [number, number];
    return { hits, resetSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}

/**
 * An upsert on an UNLOGGED table (no WAL; emptied by a crash, which only forgives the counts):
 * the window opens with the key's first hit, in the database's time; expired rows are deleted
 * at most once a minute per process.
 */
class PostgresWindows implements WindowStore {
  private lastSweep = Date.now();
  /**
   * Connections of its own, waited for briefly: the limiter must not queue behind the requests
   * it limits in the application's pool (nor hold one of its connections), least of all when
   * that pool is exhausted.
   */
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 250,
      statement_timeout: 1000,
      application_name: 'bvte-rate-limit',
    });
    this.pool.on('error', () => undefined);
  }

  async hit(key: string, windowMs: number): Promise<Window> {
    this.sweep();
    const { rows } = await this.pool.query<Window>(
      `INSERT INTO rate_limit_windows AS w (key, hits, reset_at)
       VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.reset_at > clock_timestamp() THEN w.hits + 1 ELSE 1 END,
         reset_at = CASE WHEN w.reset_at > clock_timestamp() THEN w.reset_at ELSE EXCLUDED.reset_at END
       RETURNING hits, ceil(extract(epoch FROM reset_at - clock_timestamp()))::int AS "resetSeconds"`,
      [key, windowMs],
    );
    const [row] = rows;
    return { hits: row.hits, resetSeconds: Math.max(1, row.resetSeconds) };
  }

  private sweep(): void {
    if (Date.now() - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = Date.now();
    void this.pool
      .query('DELETE FROM rate_limit_windows WHERE reset_at < clock_timestamp()')
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Fixed-window rate limiting per client address (Express's `req.ip`, which honours TRUST_PROXY),
 * counted where every API process sees the same count: Redis when REDIS_URL is set, otherwise
 * PostgreSQL. Every API request counts, unknown routes included (`middleware`, before routing; the
 * web app's files and the health checks are not API requests); sign-in routes count against their
 * own smaller budget too (`RateLimitGuard`).
 * When the store cannot be reached the request passes: the limit is protection, not a dependency.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly store: WindowStore;
  readonly limit: number;
  readonly loginLimit: number;

  constructor(config: AppConfig, dataSource: DataSource) {
    this.store = config.REDIS_URL
      ? new RedisWindows(config.REDIS_URL, config.QUEUE_PREFIX)
      : new PostgresWindows((dataSource.options as { url: string }).url);
    this.limit = config.RATE_LIMIT_PER_MINUTE;
    this.loginLimit = config.LOGIN_RATE_LIMIT_PER_MINUTE;
  }

  /** Counts one request of `group` from the request's address; sets the X-RateLimit headers. */
  async check(group: string, limit: number, request: Request, response: Response): Promise<void> {
    let window: Window;
    try {
      window = await this.store.hit(`${group}|${request.ip}`, WINDOW_MS);
    } catch (error) {
      this.logger.warn({ err: error }, 'Rate limit not counted');
      return;
    }
    response.setHeader('X-RateLimit-Limit', limit);
    response.setHeader('X-RateLimit-Remaining', Math.max(0, limit - window.hits));
    response.setHeader('X-RateLimit-Reset', window.resetSeconds);
    if (window.hits > limit) {
      response.setHeader('Retry-After', window.resetSeconds);
      throw new AppException('rate-limited');
    }
  }

  /** Express middleware, mounted on the API before its routes: over the limit, 429 problem+json. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    this.check('*', this.limit, request, response).then(() => next(), next);
  };

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** The sign-in routes' smaller budget, for the routes marked `@RateLimit('login')`. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<'login' | undefined>(LOGIN, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (rule !== 'login') return true;
    const http = ctx.switchToHttp();
    await this.limiter.check(
      'login',
      this.limiter.loginLimit,
      http.getRequest<Request>(),
      http.getResponse<Response>(),
    );
    return true;
  }
}
