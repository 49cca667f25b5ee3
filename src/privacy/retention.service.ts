import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { vietnamDay } from '../calendar/working-days.js';
import { CaseRetention, lastDueClosedDay } from '../cases/case-retention.js';
import { ChildRetention, lastDueBirthDay } from '../children/child-retention.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { PopulationChangesRepository } from '../population/population-changes.repository.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { ReferralRetention } from '../referrals/referral-retention.js';
import type {
  RetentionPolicyDto,
  RetentionRunDto,
  UpdateRetentionPolicyDto,
} from './dto/retention.dto.js';
import {
  RETENTION_KINDS,
  type RetentionKind,
  type RetentionPolicy,
} from './entities/retention-policy.entity.js';
import { RetentionRepository } from './retention.repository.js';

/** How a kind of record meets its policy, through what the module that owns it publishes. */
interface RetentionRule {
  /** The last day a record due on `today` can have (born, closed) under `keepYears`. */
  lastDueDay(today: string, keepYears: number): string;
  /** The record's type in the audit log. */
  entity: 'child' | 'case';
  /** Anonymises the records in the caller's transaction. */
  anonymise(tx: EntityManager, ids: string[]): Promise<void>;
}

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
  private readonly rules: Record<RetentionKind, RetentionRule>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly retention: RetentionRepository,
    children: ChildRetention,
    populationChanges: PopulationChangesRepository,
    cases: CaseRetention,
    referrals: ReferralRetention,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.rules = {
      child_record: {
        lastDueDay: lastDueBirthDay,
        entity: 'child',
        async anonymise(tx, ids) {
          const personalIds = await children.anonymise(tx, ids);
          await populationChanges.forget(tx, ids, personalIds);
        },
      },
      closed_case: {
        lastDueDay: lastDueClosedDay,
        entity: 'case',
        async anonymise(tx, ids) {
          await cases.anonymise(tx, ids);
          await referrals.anonymise(tx, ids);
        },
      },
    };
  }

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

  /** Anonymises every record past its enabled policy (or every policy's), a batch per transaction. */
  @OnJob(JobName.ApplyRetention)
  async apply({ kind }: JobPayloads[JobName.ApplyRetention]): Promise<{ anonymised: number }> {
    let anonymised = 0;
    for (const each of kind ? [kind as RetentionKind] : RETENTION_KINDS) {
      anonymised += await this.applyPolicy(each);
    }
    return { anonymised };
  }

  private async applyPolicy(kind: RetentionKind): Promise<number> {
    const policy = await this.retention.policy(kind);
    if (!policy?.enabled) return 0;
    const rule = this.rules[policy.kind];
    const lastDueDay = rule.lastDueDay(vietnamDay(this.clock.now()), policy.keepYears);
    let anonymised = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (tx) => {
        const due = await this.retention.nextDue(tx, policy.kind, lastDueDay, BATCH);
        await rule.anonymise(
          tx,
          due.map((record) => record.id),
        );
        for (const record of due) {
          await this.audit.record(
            {
              actor: null,
              action: `${rule.entity}.anonymised`,
              entity: { type: rule.entity, id: record.id },
              area: record,
              details: { policy: policy.kind, keepYears: policy.keepYears },
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
    return anonymised;
  }

  private async withDryRun(policy: RetentionPolicy): Promise<RetentionPolicyDto> {
    const lastDueDay = this.rules[policy.kind].lastDueDay(
      vietnamDay(this.clock.now()),
      policy.keepYears,
    );
    const byProvince = await this.retention.dueByProvince(policy.kind, lastDueDay);
    return {
      kind: policy.kind,
      enabled: policy.enabled,
      keepYears: policy.keepYears,
      lastDueDay,
      due: byProvince.reduce((sum, p) => sum + p.due, 0),
      keptByCase: byProvince.reduce((sum, p) => sum + p.keptByCase, 0),
      byProvince,
      updatedAt: policy.updatedAt.toISOString(),
    };
  }
}
