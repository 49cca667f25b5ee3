import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { vietnamDay } from '../calendar/working-days.js';
import { ChildRetention, lastDueBirthDay } from '../children/child-retention.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { PopulationChangesRepository } from '../population/population-changes.repository.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import type {
  RetentionPolicyDto,
  RetentionRunDto,
  UpdateRetentionPolicyDto,
} from './dto/retention.dto.js';
import type { RetentionKind, RetentionPolicy } from './entities/retention-policy.entity.js';
import { RetentionRepository } from './retention.repository.js';

/** Records anonymised per transaction. */
const BATCH = 200;

/**
 * Retention of personal data (Law 91/2025): each kind of record keeps its personal data for as
 * long as its policy says, then a daily job anonymises it. What the job would do now (the dry
 * run) shows beside each policy; nothing is anonymised while a policy is disabled.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly retention: RetentionRepository,
    private readonly children: ChildRetention,
    private readonly populationChanges: PopulationChangesRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every policy with its dry run. */
  async policies(): Promise<RetentionPolicyDto[]> {
    return Promise.all((await this.retention.policies()).map((policy) => this.withDryRun(policy)));
  }

  async update(
    kind: RetentionKind,
    dto: UpdateRetentionPolicyDto,
    actor: Actor,
  ): Promise<RetentionPolicyDto> {
    const updated = await this.dataSource.transaction(async (tx) => {
      const before = await this.retention.policy(kind, tx);
      if (!before) throw new AppException('not-found');
      const patch = {
        enabled: dto.enabled ?? before.enabled,
        keepYears: dto.keepYears ?? before.keepYears,
      };
      await this.retention.update(tx, kind, { ...patch, updatedBy: actor.id });
      await this.audit.record(
        {
          actor,
          action: 'privacy.retention_policy_updated',
          details: {
            kind,
            from: { enabled: before.enabled, keepYears: before.keepYears },
            to: patch,
          },
        },
        tx,
      );
      return (await this.retention.policy(kind, tx))!;
    });
    return this.withDryRun(updated);
  }

  /** Queues the job now rather than at its daily time. */
  async runNow(kind: RetentionKind, actor: Actor): Promise<RetentionRunDto> {
    const policy = await this.retention.policy(kind);
    if (!policy) throw new AppException('not-found');
    if (!policy.enabled) throw new AppException('retention-disabled');
    await this.dataSource.transaction(async (tx) => {
      await this.outbox.enqueue(tx, JobName.ApplyRetention, { kind }, { key: randomUUID() });
      await this.audit.record(
        { actor, action: 'privacy.retention_run_requested', details: { kind } },
        tx,
      );
    });
    return { kind, queued: true };
  }

  /** Anonymises every record past its enabled policy, a batch per transaction. */
  @OnJob(JobName.ApplyRetention)
  async apply({ kind }: JobPayloads[JobName.ApplyRetention]): Promise<{ anonymised: number }> {
    const policy = await this.retention.policy(kind as RetentionKind);
    if (!policy?.enabled) return { anonymised: 0 };
    const lastBirthDay = lastDueBirthDay(vietnamDay(this.clock.now()), policy.keepYears);
    let anonymised = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (tx) => {
        const due = await this.retention.nextDue(tx, lastBirthDay, BATCH);
        const ids = due.map((record) => record.id);
        const personalIds = await this.children.anonymise(tx, ids);
        await this.populationChanges.forget(tx, ids, personalIds);
        for (const record of due) {
          await this.audit.record(
            {
              actor: null,
              action: 'child.anonymised',
              entity: { type: 'child', id: record.id },
              area: record,
              details: { policy: kind, keepYears: policy.keepYears },
            },
            tx,
          );
        }
        return due.length;
      });
      anonymised += done;
      if (done < BATCH) break;
    }
    this.logger.log({ kind, anonymised }, 'Retention applied');
    return { anonymised };
  }

  private async withDryRun(policy: RetentionPolicy): Promise<RetentionPolicyDto> {
    const lastBirthDay = lastDueBirthDay(vietnamDay(this.clock.now()), policy.keepYears);
    const byProvince = await this.retention.dueByProvince(lastBirthDay);
    return {
      kind: policy.kind,
      enabled: policy.enabled,
      keepYears: policy.keepYears,
      lastBirthDay,
      due: byProvince.reduce((sum, p) => sum + p.due, 0),
      keptByCase: byProvince.reduce((sum, p) => sum + p.keptByCase, 0),
      byProvince,
      updatedAt: policy.updatedAt.toISOString(),
    };
  }
}
