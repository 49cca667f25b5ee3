import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DataSource } from 'typeorm';
import { AppException } from './app.exception.js';
import { IdempotencyRecord } from './entities/idempotency-record.entity.js';

/** How long a key's answer is kept and given again. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A request still marked pending after this long died with its process: it may run again. */
const ABANDONED_AFTER_MS = 120_000;
const KEY = /^[\x21-\x7e]{1,200}$/;
/** Headers of the answer that a replay carries too. */
const KEPT_HEADERS = ['etag', 'location'];

/**
 * `Idempotency-Key` on POST (api.md): the first request with a key runs and its answer is kept;
 * the same key with the same body within 24 hours gets that answer again (`Idempotency-Replayed:
 * true`) and creates nothing; with another body, 422; while the first still runs, 409. Keys are
 * the caller's own. A request that fails frees its key, so it can be retried. Multipart uploads
 * (spreadsheet imports, idempotent by their content already) and sign-in are outside it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    // The signed-in user or API key the guards put on the request (its id is all that matters).
    const req = http.getRequest<Request & { user?: { id: string } }>();
    const key = req.header('idempotency-key');
    if (req.method !== 'POST' || key === undefined || !req.user) return next.handle();
    if (req.is('multipart/form-data')) return next.handle();
    if (!KEY.test(key)) throw new AppException('idempotency-key-invalid');
    const res = http.getResponse<Response>();
    const actorId = req.user.id;
    const requestHash = createHash('sha256')
      .update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');

    return from(this.claim(actorId, key, requestHash)).pipe(
      mergeMap((earlier) => {
        if (earlier) {
          for (const [name, value] of Object.entries(earlier.headers)) res.setHeader(name, value);
          res.setHeader('Idempotency-Replayed', 'true');
          res.status(earlier.statusCode!);
          return of(earlier.body);
        }
        return next.handle().pipe(
          mergeMap((body: unknown) => from(this.finish(actorId, key, res, body))),
          catchError((error: unknown) =>
            from(this.release(actorId, key)).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }

  /**
   * Takes the key for this request, or returns the answer given to it before. A key taken for
   * another body is refused; one whose request still runs is a conflict.
   */
  private async claim(
    actorId: string,
    key: string,
    requestHash: string,
  ): Promise<IdempotencyRecord | null> {
    const repository = this.dataSource.getRepository(IdempotencyRecord);
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state)
       VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (actor_id, key) DO UPDATE
          SET request_hash = EXCLUDED.request_hash, state = 'pending', status_code = NULL,
              headers = '{}', body = NULL, created_at = now()
        WHERE idempotency_keys.created_at < now() - make_interval(hours => $4)
           OR (idempotency_keys.state = 'pending'
               AND idempotency_keys.created_at < now() - make_interval(secs => $5))
       RETURNING actor_id`,
      [actorId, key, requestHash, IDEMPOTENCY_TTL_HOURS, ABANDONED_AFTER_MS / 1000],
    );
    if (inserted.length > 0) return null;
    const earlier = await repository.findOneBy({ actorId, key });
    if (!earlier) return this.claim(actorId, key, requestHash);
    if (earlier.requestHash !== requestHash) throw new AppException('idempotency-key-reused');
    if (earlier.state === 'pending') throw new AppException('idempotency-in-progress');
    return earlier;
  }

  /** Keeps the answer for the key. */
  private async finish(actorId: string, key: string, res: Response, body: unknown) {
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = res.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await this.dataSource
      .getRepository(IdempotencyRecord)
      .update(
        { actorId, key },
        { state: 'done', statusCode: res.statusCode, headers, body: (body ?? null) as never },
      );
    return body;
  }

  /** Frees the key of a request that failed. */
  private async release(actorId: string, key: string): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyRecord)
      .delete({ actorId, key, state: 'pending' });
  }
}
