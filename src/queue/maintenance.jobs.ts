import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IDEMPOTENCY_TTL_HOURS } from '../common/idempotency.interceptor.js';
import { OnJob } from './on-job.decorator.js';
import { JobName, type JobPayloads } from './queue.constants.js';

@Injectable()
export class MaintenanceJobs {
  private readonly logger = new Logger(MaintenanceJobs.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Dispatched outbox messages are kept for a while for diagnosis, then deleted; so are expired idempotency keys. */
  @OnJob(JobName.PurgeOutbox)
  async purgeOutbox({
    retentionDays,
  }: JobPayloads[JobName.PurgeOutbox]): Promise<{ deleted: number }> {
    const result = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox_messages WHERE dispatched_at < now() - make_interval(days => $1)`,
      [retentionDays],
    );
    const deleted = Number(result[1] ?? 0);
    this.logger.log(`Purged ${deleted} dispatched outbox messages`);
    // Idempotency keys whose answers are no longer given again.
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [IDEMPOTENCY_TTL_HOURS],
    );
    return { deleted };
  }
}
