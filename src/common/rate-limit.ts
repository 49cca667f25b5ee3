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
/**
 * How long a process counts a client's further requests by itself before it adds them to the
 * shared count, all clients' in one round trip: the request itself waits for no store.
 */
export const SYNC_MS = 100;
const LOGIN = Symbol('login-rate-limit');

/**
 * Puts a route under the shared LOGIN_RATE_LIMIT_PER_MINUTE budget of sign-in, token refresh,
 * password and second-factor routes, on top of the limit every request counts against.
 */
export const RateLimit = (rule: 'login') => SetMetadata(LOGIN, rule);

interface Window {
  /** The key's hits in its window, these included. */
  hits: number;
  /** Until the window ends. */
  resetMs: number;
}

/** One counter per key and window, shared by every API process of a deployment. */
interface WindowStore {
  /**
   * Adds each key's hits to its current window (opened by its first hit), in one round trip;
   * the keys are distinct.
   */
  hit(hits: [key: string, count: number][], windowMs: number): Promise<Map<string, Window>>;
  close(): Promise<void>;
}

/** INCRBY, and PEXPIRE on the window's first hits, in one script per key, pipelined. */
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
      lua: `local n = redis.call('INCRBY', KEYS[1], ARGV[2])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {n, ttl}`,
    });
  }

  async hit(hits: [string, number][], windowMs: number): Promise<Map<string, Window>> {
    const pipeline = this.client.pipeline() as unknown as {
      rateLimitHit: (key: string, windowMs: number, count: number) => void;
      exec: () => Promise<[Error | null, [number, number]][] | null>;
    };
    for (const [key, count] of hits) {
      pipeline.rateLimitHit(`${this.prefix}:rate-limit:${key}`, windowMs, count);
    }
    const results = (await pipeline.exec()) ?? [];
    return new Map(
      hits.map(([key], i) => {
        const [error, result] = results[i] ?? [new Error('no answer'), [0, 0]];
        if (error) throw error;
        return [key, { hits: result[0], resetMs: result[1] }];
      }),
    );
  }

  close(): Promise<void> {
    this.client.disconnect();
    return Promise.resolve();
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

  async hit(hits: [string, number][], windowMs: number): Promise<Map<string, Window>> {
    this.sweep();
    const { rows } = await this.pool.query<Window & { key: string }>(
      `INSERT INTO rate_limit_windows AS w (key, hits, reset_at)
       SELECT key, hits, clock_timestamp() + $3 * interval '1 millisecond'
       FROM unnest($1::text[], $2::int[]) AS h(key, hits)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.reset_at > clock_timestamp() THEN w.hits + EXCLUDED.hits ELSE EXCLUDED.hits END,
         reset_at = CASE WHEN w.reset_at > clock_timestamp() THEN w.reset_at ELSE EXCLUDED.reset_at END
       RETURNING key, hits, ceil(extract(epoch FROM reset_at - clock_timestamp()) * 1000)::int AS "resetMs"`,
      [hits.map(([key]) => key), hits.map(([, count]) => count), windowMs],
    );
    return new Map(rows.map(({ key, ...window }) => [key, window]));
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

/** A client's count as this process knows it, in the store's window. */
interface Counter {
  /** The shared count at the last round trip, this process's hits included. */
  shared: number;
  /** This process's hits since, not yet added to the store. */
  unsent: number;
  /** Hits sent to the store whose answer has not come back: still this process's to count. */
  inFlight: number;
  /** When the window ends, by this process's clock. */
  resetAt: number;
  /** When the store last told the shared count. */
  syncedAt: number;
}

/**
 * Fixed-window rate limiting per client address (Express's `req.ip`, which honours TRUST_PROXY),
 * counted where every API process sees the same count: Redis when REDIS_URL is set, otherwise
 * PostgreSQL. Every API request counts, unknown routes included (`middleware`, before routing; the
 * web app's files and the health checks are not API requests); sign-in routes count against their
 * own smaller budget too (`RateLimitGuard`).
 *
 * A client's request asks the store where it stands when the process has not heard from the store
 * about it for SYNC_MS; while it has, requests are counted in the process at once and added to the
 * store every SYNC_MS, every client's in one round trip. So a process never lets a client past
 * the limit by its own count, and misses at most the others' last SYNC_MS of it; a client that
 * keeps sending costs the store one round trip per SYNC_MS, not one per request. The sign-in
 * budget, which guards passwords, is counted in the store on every request.
 * When the store cannot be reached the request passes: the limit is protection, not a dependency.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly store: WindowStore;
  private readonly counters = new Map<string, Counter>();
  /** The keys whose counters hold hits not yet sent to the store. */
  private readonly toSend = new Set<string>();
  /** The store's answer awaited for a key. */
  private readonly asking = new Map<string, Promise<Window>>();
  private syncing?: NodeJS.Timeout;
  private sweptAt = Date.now();
  readonly limit: number;
  readonly loginLimit: number;

  constructor(config: AppConfig, dataSource: DataSource) {
    this.store = config.REDIS_URL
      ? new RedisWindows(config.REDIS_URL, config.QUEUE_PREFIX)
      : new PostgresWindows((dataSource.options as { url: string }).url);
    this.limit = config.RATE_LIMIT_PER_MINUTE;
    this.loginLimit = config.LOGIN_RATE_LIMIT_PER_MINUTE;
  }

  /**
   * Counts one request of `group` from the request's address (in the store at once when
   * `exact`); sets the X-RateLimit headers.
   */
  async check(
    group: string,
    limit: number,
    request: Request,
    response: Response,
    exact = false,
  ): Promise<void> {
    const key = `${group}|${request.ip}`;
    let window: Window;
    try {
      window = exact ? await this.hitNow(key) : await this.count(key);
    } catch (error) {
      this.logger.warn({ err: error }, 'Rate limit not counted');
      return;
    }
    const resetSeconds = Math.max(1, Math.ceil(window.resetMs / 1000));
    response.setHeader('X-RateLimit-Limit', limit);
    response.setHeader('X-RateLimit-Remaining', Math.max(0, limit - window.hits));
    response.setHeader('X-RateLimit-Reset', resetSeconds);
    if (window.hits > limit) {
      response.setHeader('Retry-After', resetSeconds);
      throw new AppException('rate-limited');
    }
  }

  /** Express middleware, mounted on the API before its routes: over the limit, 429 problem+json. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    this.check('*', this.limit, request, response).then(() => next(), next);
  };

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.syncing);
    await this.sync();
    await this.store.close();
  }

  private async hitNow(key: string): Promise<Window> {
    return (await this.store.hit([[key, 1]], WINDOW_MS)).get(key)!;
  }

  /**
   * A hit counted here while the store's count is fresh, in the store otherwise; requests that
   * come while the store is being asked wait for its answer and are counted here (a screen's
   * requests come together).
   */
  private async count(key: string): Promise<Window> {
    for (;;) {
      const now = Date.now();
      const counter = this.counters.get(key);
      if (counter && counter.resetAt > now && now - counter.syncedAt <= SYNC_MS) {
        counter.unsent++;
        this.toSend.add(key);
        this.syncing ??= setTimeout(() => void this.sync(), SYNC_MS).unref();
        return { hits: counted(counter), resetMs: counter.resetAt - now };
      }
      const asked = this.asking.get(key);
      if (!asked) break;
      // Its answer makes the count fresh; if it failed, this request asks for itself.
      await asked.catch(() => undefined);
    }
    const now = Date.now();
    if (now - this.sweptAt > WINDOW_MS) this.sweep(now);
    const asked = this.hitNow(key);
    this.asking.set(key, asked);
    let window: Window;
    try {
      window = await asked;
    } finally {
      this.asking.delete(key);
    }
    // Hits counted here meanwhile (`unsent`) are the next sync's; those of a sync still in flight
    // may or may not be in this answer, and count until the sync's own answer (erring high).
    const known = this.counters.get(key) ?? {
      shared: 0,
      unsent: 0,
      inFlight: 0,
      resetAt: 0,
      syncedAt: 0,
    };
    // As in a sync: the store's count only grows within a window. A sync's answer may have been
    // handled before this one although the store counted this question first (on a busy process,
    // the two answers' continuations run in either order): this older count does not take the
    // sync's back.
    const answered = Date.now();
    const sameWindow = known.resetAt > answered;
    Object.assign(known, {
      shared: sameWindow ? Math.max(known.shared, window.hits) : window.hits,
      resetAt: now + window.resetMs,
      syncedAt: answered,
    });
    this.counters.set(key, known);
    return { hits: counted(known), resetMs: window.resetMs };
  }

  /** Adds the hits counted here to the store, every client's in one round trip. */
  private async sync(): Promise<void> {
    this.syncing = undefined;
    const sent: [string, number][] = [];
    const started = Date.now();
    for (const key of this.toSend) {
      const counter = this.counters.get(key)!;
      // Hits of a window that ended count for nothing.
      if (counter.resetAt > started) {
        sent.push([key, counter.unsent]);
        counter.inFlight += counter.unsent;
      }
      counter.unsent = 0;
    }
    this.toSend.clear();
    if (sent.length === 0) return;
    let windows = new Map<string, Window>();
    try {
      windows = await this.store.hit(sent, WINDOW_MS);
    } catch (error) {
      this.logger.warn({ err: error }, 'Rate limit not counted');
    }
    const answered = Date.now();
    for (const [key, count] of sent) {
      const counter = this.counters.get(key);
      if (!counter) continue;
      counter.inFlight -= count;
      const window = windows.get(key);
      if (!window) continue;
      // The store's count only grows within a window: an answer overtaken by a later one (two
      // syncs in flight) does not take it back.
      const sameWindow = counter.resetAt > answered;
      Object.assign(counter, {
        shared: sameWindow ? Math.max(counter.shared, window.hits) : window.hits,
        resetAt: started + window.resetMs,
        syncedAt: answered,
      });
    }
  }

  /** Forgets the windows that ended. */
  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, counter] of this.counters) {
      if (counter.resetAt <= now && counter.unsent === 0 && counter.inFlight === 0) {
        this.counters.delete(key);
      }
    }
  }
}

/** A client's count as this process knows it: the store's, and this process's hits it lacks. */
function counted(counter: Counter): number {
  return counter.shared + counter.inFlight + counter.unsent;
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
      true,
    );
    return true;
  }
}
