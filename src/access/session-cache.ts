import { Global, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { PgListener } from '../database/pg-listener.js';
import type { Actor } from './actor.js';

/** The channel the access trigger notifies (migration AccessChangeNotify). */
const CHANNEL = 'access_changes';
/** Sessions kept at most; the oldest checked goes first. */
const MAX_SESSIONS = 50_000;

export type AccessChange = 'session' | 'user' | 'organization';

/**
 * The actors of signed-in sessions, checked against the database once and kept for
 * SESSION_CACHE_MS, only while this process listens to the database's `access_changes`: a
 * trigger on sessions, accounts and organisations notifies every change when it commits
 * (a session's as its user's), and the process drops what it concerns at once. While the
 * listening connection is down nothing is kept: every request reads the database.
 *
 * A change made by this process is dropped here as soon as it is written too, so that the
 * request after a sign-out, a deactivation or a new password is refused without waiting for the
 * notification. A check read before a change is never kept (the generation).
 */
@Injectable()
export class SessionCache implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionCache.name);
  private readonly sessions = new Map<string, { actor: Actor; until: number }>();
  private readonly sessionsOfUser = new Map<string, Set<string>>();
  /** Bumped by every change. */
  private generation = 0;
  private listening = false;
  private listener?: PgListener;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** The session's actor, from memory, or from `check` (null: refused, never kept). */
  async actor(sessionId: string, check: () => Promise<Actor | null>): Promise<Actor | null> {
    const kept = this.sessions.get(sessionId);
    if (kept && kept.until > Date.now()) return kept.actor;
    if (kept) this.drop(sessionId);
    this.listen();
    const generation = this.generation;
    const actor = await check();
    if (actor && this.listening && generation === this.generation) this.keep(sessionId, actor);
    return actor;
  }

  /** A session, an account or an organisation changed: the sessions it concerns are checked again. */
  changed(kind: AccessChange, id: string): void {
    this.generation++;
    if (kind === 'session') {
      this.drop(id);
      return;
    }
    if (kind === 'user') {
      for (const sessionId of this.sessionsOfUser.get(id) ?? []) this.drop(sessionId);
      return;
    }
    for (const [sessionId, { actor }] of this.sessions) {
      if (actor.organizationId === id) this.drop(sessionId);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }

  /** Starts listening with the first request: a worker process, which takes none, never does. */
  private listen(): void {
    if (this.listener || this.config.SESSION_CACHE_MS === 0) return;
    this.listener = new PgListener(
      (this.dataSource.options as { url: string }).url,
      CHANNEL,
      'bvte-session-cache',
      {
        notification: (payload) => {
          const [kind, id] = payload.split(':');
          if (id && (kind === 'session' || kind === 'user' || kind === 'organization')) {
            this.changed(kind, id);
          } else {
            this.clear();
          }
        },
        up: () => {
          this.clear();
          this.listening = true;
        },
        down: () => {
          this.listening = false;
          this.clear();
        },
      },
      this.logger,
    );
    void this.listener.start();
  }

  private keep(sessionId: string, actor: Actor): void {
    if (this.sessions.size >= MAX_SESSIONS) this.drop(this.sessions.keys().next().value!);
    // Shared by the session's requests: frozen, so that none can change it for the others.
    Object.freeze(actor.scope.provinces);
    Object.freeze(actor.scope.communes);
    Object.freeze(actor.scope);
    Object.freeze(actor.home);
    Object.freeze(actor.roles);
    this.sessions.set(sessionId, {
      actor: Object.freeze(actor),
      until: Date.now() + this.config.SESSION_CACHE_MS,
    });
    const ofUser = this.sessionsOfUser.get(actor.id) ?? new Set<string>();
    ofUser.add(sessionId);
    this.sessionsOfUser.set(actor.id, ofUser);
  }

  private drop(sessionId: string): void {
    const kept = this.sessions.get(sessionId);
    if (!kept) return;
    this.sessions.delete(sessionId);
    const ofUser = this.sessionsOfUser.get(kept.actor.id);
    ofUser?.delete(sessionId);
    if (ofUser?.size === 0) this.sessionsOfUser.delete(kept.actor.id);
  }

  private clear(): void {
    this.generation++;
    this.sessions.clear();
    this.sessionsOfUser.clear();
  }
}

/** Global: the accounts', organisations' and sessions' repositories tell it what they change. */
@Global()
@Module({ providers: [SessionCache], exports: [SessionCache] })
export class SessionCacheModule {}
