import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { AuditRepository } from './audit.repository.js';

/** Entries linked per transaction. */
const BATCH = 2000;

/**
 * Links committed audit entries into the hash chain, in the worker processes, every
 * AUDIT_SEAL_INTERVAL_MS, and publishes the chain's head every AUDIT_HEAD_INTERVAL_MS (to
 * `audit_heads` and to the log, which is kept outside the database). One sealer works at a time
 * across every process (an advisory lock, tried: the others skip their turn), so requests never
 * wait on the chain.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditSealer.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private lastPublished = 0;

  constructor(
    private readonly audit: AuditRepository,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.lastPublished = Date.now();
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Links every committed entry not yet linked; returns how many this process linked. */
  async sealPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const linked = await this.audit.seal(BATCH);
      if (linked === null) return total;
      total += linked;
      if (linked < BATCH) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .catch((error: Error) => this.logger.warn({ err: error }, 'Audit sealer failed; retrying'))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.config.AUDIT_SEAL_INTERVAL_MS);
  }

  private async pass(): Promise<void> {
    await this.sealPending();
    if (Date.now() - this.lastPublished < this.config.AUDIT_HEAD_INTERVAL_MS) return;
    this.lastPublished = Date.now();
    const head = await this.audit.publishHead();
    if (head) this.logger.log(`Audit chain head published: seq ${head.seq}, hash ${head.hash}`);
  }
}
