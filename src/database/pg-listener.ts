import type { Logger } from '@nestjs/common';
import pg from 'pg';

/** Wait before listening again on a new connection once one is lost. */
const RELISTEN_MS = 1_000;

export interface ListenerHandlers {
  notification(payload: string): void;
  /** Listening (again): what was notified while it was down is lost, the caller catches up. */
  up(): void;
  /** The connection is lost; `up` follows once another one listens. */
  down(): void;
}

/**
 * A LISTEN on a connection of its own (not one of the pool's, which a long wait could exhaust),
 * kept up: a connection lost is opened again each RELISTEN_MS until one listens.
 */
export class PgListener {
  private client?: pg.Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly name: string,
    private readonly handlers: ListenerHandlers,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the first connection listens or has failed (then it retries). */
  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: this.name,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    const lost = (error: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      this.handlers.down();
      if (this.stopped) return;
      this.logger.warn({ err: error }, `Listener on ${this.channel} lost; listening again`);
      this.retry = setTimeout(() => void this.start(), RELISTEN_MS);
    };
    client.on('notification', (message) => this.handlers.notification(message.payload ?? ''));
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.client === client) this.handlers.up();
    } catch (error) {
      lost(error as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    // A connection still being opened ends only once it opens or fails: do not wait for it.
    const ended = this.client?.end().catch(() => undefined);
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  }
}
