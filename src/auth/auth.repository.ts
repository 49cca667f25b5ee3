import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { ApiKey } from './entities/api-key.entity.js';
import { LoginThrottle } from './entities/login-throttle.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { Session } from './entities/session.entity.js';
import { SessionCache } from '../access/session-cache.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Longest lock, whatever the number of failures. */
const MAX_LOCK_SECONDS = 3600;

@Injectable()
export class AuthRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionCache,
  ) {}

  throttle(username: string): Promise<LoginThrottle | null> {
    return this.dataSource.getRepository(LoginThrottle).findOneBy({ username });
  }

  /**
   * Counts a failure, atomically: from the threshold on, each failure locks the username for
   * lockSeconds × 2^(failures − threshold), up to an hour.
   */
  async recordFailure(
    username: string,
    threshold: number,
    lockSeconds: number,
  ): Promise<{ failures: number; lockedUntil: Date | null }> {
    const [row] = await this.dataSource.query<{ failures: number; locked_until: Date | null }[]>(
      `INSERT INTO auth_login_throttles AS t (username, failures, locked_until, updated_at)
       VALUES ($1, 1, CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END, now())
       ON CONFLICT (username) DO UPDATE SET
         failures = t.failures + 1,
         locked_until = CASE WHEN t.failures + 1 >= $2
           THEN now() + make_interval(secs => LEAST($4, $3 * power(2, LEAST(t.failures + 1 - $2, 12))))
           END,
         updated_at = now()
       RETURNING failures, locked_until`,
      [username, threshold, lockSeconds, MAX_LOCK_SECONDS],
    );
    return { failures: row.failures, lockedUntil: row.locked_until };
  }

  async clearFailures(username: string): Promise<void> {
    await this.dataSource.getRepository(LoginThrottle).delete({ username });
  }

  /** A new session and its first refresh token, in the caller's transaction. */
  async openSession(
    manager: EntityManager,
    userId: string,
    client: { ip: string | null; userAgent: string | null },
    secondFactor: boolean,
    refreshToken: string,
    expiresAt: Date,
  ): Promise<Session> {
    const session = await manager.save(
      Session,
      manager.create(Session, { userId, ...client, secondFactor }),
    );
    await manager.insert(RefreshToken, {
      sessionId: session.id,
      tokenHash: sha256(refreshToken),
      expiresAt,
    });
    return session;
  }

  refreshToken(token: string): Promise<RefreshToken | null> {
    return this.dataSource.getRepository(RefreshToken).findOne({
      where: { tokenHash: sha256(token) },
      relations: { session: true },
    });
  }

  /**
   * Exchanges a refresh token for the next one. False when another request used it first: the
   * caller treats that as reuse.
   */
  async rotate(used: RefreshToken, next: string, expiresAt: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const result = await tx.update(
        RefreshToken,
        { id: used.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      if (result.affected !== 1) return false;
      await tx.insert(RefreshToken, {
        sessionId: used.sessionId,
        tokenHash: sha256(next),
        expiresAt,
      });
      return true;
    });
  }

  /** A session with its account and the account's organisation, in one query. */
  sessionWithUser(id: string): Promise<Session | null> {
    return this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .leftJoinAndSelect('u.organization', 'organization')
      .where('s.id = :id', { id })
      .getOne();
  }

  async revokeSession(manager: EntityManager, id: string, reason: string): Promise<void> {
    await manager
      .getRepository(Session)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    this.sessions.changed('session', id);
  }

  apiKeyByPrefix(prefix: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOne({
      where: { prefix },
      relations: { organization: true },
    });
  }

  /** Last use, written at most once a minute per key. */
  async touchApiKey(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }

  createApiKey(manager: EntityManager, key: Partial<ApiKey>): Promise<ApiKey> {
    return manager.save(ApiKey, manager.create(ApiKey, key));
  }

  apiKeys(): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  apiKey(id: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOneBy({ id });
  }

  async revokeApiKey(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(ApiKey)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
