import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import {
  startOfVietnamDay,
  vietnamDay,
  vietnamTimeAndDate,
  nextDay,
} from '../calendar/working-days.js';
import {
  type CheckedRecord,
  ChildVerificationService,
  requireCommuneInScope,
} from '../children/child-verification.service.js';
import type { ImportActor } from '../children/entities/child-import.entity.js';
import { AppException } from '../common/app.exception.js';
import { fill, type Language, POPULATION_RUN_MESSAGES } from '../common/i18n.js';
import { AppConfig } from '../config/app-config.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { VerificationRunDto } from './dto/verification-run.dto.js';
import type { VerificationRun } from './entities/verification-run.entity.js';
import {
  POPULATION_GATEWAY,
  type PopulationGateway,
  PopulationQuotaSpent,
  PopulationRefused,
  PopulationUnavailable,
} from './population-gateway.js';
import { VerificationRunsRepository } from './verification-runs.repository.js';

/**
 * Checking a commune's children online against the national population database (Đề án 06,
 * step 3; issue 25): a run is a job that asks about the children in batches within the day's
 * quota, records each answer on its record (children module), and waits and goes on by itself
 * when the service is down or the quota spent. A child already checked today is skipped unless
 * the run is forced; a run never asks about a child twice.
 */
@Injectable()
export class PopulationService {
  private readonly logger = new Logger(PopulationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: VerificationRunsRepository,
    private readonly verification: ChildVerificationService,
    private readonly areas: AreasService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @Optional() @Inject(POPULATION_GATEWAY) private readonly gateway: PopulationGateway | null,
  ) {}

  /** Starts checking a commune's children, or answers with the run already under way there. */
  async start(
    communeCode: string,
    force: boolean,
    actor: Actor,
    language: Language,
  ): Promise<VerificationRunDto> {
    const provinceCode = await requireCommuneInScope(this.areas, communeCode, actor);
    if (!this.gateway) throw new AppException('population-offline');
    const runActor: ImportActor = {
      kind: actor.kind,
      id: actor.id,
      name: actor.name,
      fullName: actor.fullName,
      home: actor.home,
      scope: actor.scope,
    };
    const run = await this.dataSource.transaction(async (tx) => {
      const active = await this.runs.active(tx, communeCode);
      if (active) return active;
      const created = await this.runs.insert(tx, {
        provinceCode,
        communeCode,
        status: 'queued',
        force,
        actor: runActor,
        createdBy: actor.id,
      });
      await this.outbox.enqueue(
        tx,
        JobName.VerifyChildren,
        { runId: created.id },
        {
          key: created.id,
        },
      );
      await this.audit.record(
        {
          actor,
          action: 'population.verification_started',
          entity: { type: 'verification_run', id: created.id },
          area: { provinceCode, communeCode },
          details: { force },
        },
        tx,
      );
      return created;
    });
    return VerificationRunDto.from(run, language);
  }

  async run(id: string, actor: Actor, language: Language): Promise<VerificationRunDto> {
    const run = await this.runs.inScope(actor.scope, id);
    if (!run) throw new AppException('not-found');
    return VerificationRunDto.from(run, language);
  }

  async ofCommune(
    communeCode: string,
    actor: Actor,
    language: Language,
  ): Promise<VerificationRunDto[]> {
    await requireCommuneInScope(this.areas, communeCode, actor);
    return (await this.runs.ofCommune(actor.scope, communeCode, 20)).map((run) =>
      VerificationRunDto.from(run, language),
    );
  }

  @OnJob(JobName.VerifyChildren)
  async work({ runId }: JobPayloads[JobName.VerifyChildren]): Promise<void> {
    let run = await this.runs.byId(runId);
    if (!run || run.status === 'done' || run.status === 'failed') return;
    if (!this.gateway) {
      await this.end(run, 'failed', POPULATION_RUN_MESSAGES.offline);
      return;
    }
    // Not the records checked since the day the run was asked for began (unless forced): fixed
    // for the run, so a run that waited overnight does not take yesterday's checks as missing.
    const checkedBefore = run.force ? null : startOfVietnamDay(vietnamDay(run.createdAt));
    await this.runs.update(this.dataSource.manager, run.id, {
      status: 'running',
      message: null,
      resumeAt: null,
      startedAt: run.startedAt ?? new Date(),
      total: run.total ?? (await this.verification.countToCheck(run.communeCode, checkedBefore)),
    });
    run = (await this.runs.byId(runId))!;
    for (;;) {
      const batch = await this.verification.toCheck(
        run.communeCode,
        run.cursor,
        checkedBefore,
        this.config.POPULATION_BATCH_SIZE,
      );
      if (batch.length === 0) {
        await this.end(run, 'done', null);
        return;
      }
      if (!(await this.checkBatch(run, batch))) return;
      run = (await this.runs.byId(runId))!;
    }
  }

  /** Asks about one batch and records the answers; false when the run must wait or stop. */
  private async checkBatch(run: VerificationRun, batch: CheckedRecord[]): Promise<boolean> {
    const day = vietnamDay(new Date());
    const granted = await this.runs.takeQuota(
      day,
      batch.length,
      this.config.POPULATION_DAILY_QUOTA,
    );
    if (granted === 0) return this.waitForTomorrow(run, day);
    const asked = batch.slice(0, granted);
    let replies;
    try {
      replies = await this.gateway!.lookup(
        asked.map((child) => ({
          ref: child.id,
          fullName: child.fullName,
          dateOfBirth: child.dateOfBirth,
          sex: child.sex,
          personalId: child.personalId,
        })),
      );
    } catch (error) {
      if (error instanceof PopulationUnavailable) {
        await this.runs.returnQuota(day, granted);
        await this.wait(run, error.retryAt, POPULATION_RUN_MESSAGES.unavailable, error.message);
        return false;
      }
      if (error instanceof PopulationQuotaSpent) return this.waitForTomorrow(run, day);
      if (error instanceof PopulationRefused) {
        await this.end(run, 'failed', POPULATION_RUN_MESSAGES.refused, error.message);
        return false;
      }
      throw error;
    }
    const found = new Map(replies.map((reply) => [reply.ref, reply.person]));
    // A record the answer leaves out was not answered: the batch ends before it, to ask again.
    const answeredUpTo = asked.findIndex((child) => !found.has(child.id));
    const answered = answeredUpTo === -1 ? asked : asked.slice(0, answeredUpTo);
    if (answered.length === 0) {
      await this.wait(
        run,
        new Date(Date.now() + this.config.POPULATION_PAUSE_MS),
        POPULATION_RUN_MESSAGES.unavailable,
        'the answer left out the first record asked about',
      );
      return false;
    }
    await this.dataSource.transaction(async (tx) => {
      const counts = await this.verification.record(
        tx,
        answered.map((child) => ({ child, found: found.get(child.id) ?? null })),
        { method: 'online', runId: run.id, actor: run.actor },
      );
      const moved = await this.runs.advance(tx, run, answered[answered.length - 1].id, {
        processed: answered.length,
        verified: counts.verified,
        mismatched: counts.mismatch,
        notFound: counts.not_found,
      });
      if (!moved) throw new Error(`verification run ${run.id} was moved on by another worker`);
    });
    return true;
  }

  private waitForTomorrow(run: VerificationRun, day: string): Promise<false> {
    return this.wait(run, startOfVietnamDay(nextDay(day)), POPULATION_RUN_MESSAGES.quota).then(
      () => false as const,
    );
  }

  /** The run waits, and its job is queued again for when it may go on. */
  private async wait(
    run: VerificationRun,
    resumeAt: Date,
    message: { vi: string; en: string },
    reason = '',
  ): Promise<void> {
    const params = { time: vietnamTimeAndDate(resumeAt), reason };
    this.logger.warn({ runId: run.id, resumeAt, reason }, 'Verification run waits');
    await this.dataSource.transaction(async (tx) => {
      await this.runs.update(tx, run.id, {
        status: 'waiting',
        resumeAt,
        message: { vi: fill(message.vi, params), en: fill(message.en, params) },
      });
      await this.outbox.enqueue(
        tx,
        JobName.VerifyChildren,
        { runId: run.id },
        { key: `${run.id}.${resumeAt.getTime()}`, runAt: resumeAt },
      );
    });
  }

  private async end(
    run: VerificationRun,
    status: 'done' | 'failed',
    message: { vi: string; en: string } | null,
    reason = '',
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.runs.update(tx, run.id, {
        status,
        finishedAt: new Date(),
        resumeAt: null,
        message: message
          ? { vi: fill(message.vi, { reason }), en: fill(message.en, { reason }) }
          : null,
      });
      await this.audit.record(
        {
          actor: run.actor,
          action: 'population.verification_finished',
          entity: { type: 'verification_run', id: run.id },
          area: { provinceCode: run.provinceCode, communeCode: run.communeCode },
          details: {
            status,
            processed: run.processed,
            verified: run.verified,
            mismatched: run.mismatched,
            notFound: run.notFound,
          },
        },
        tx,
      );
    });
    this.logger.log({ runId: run.id, status }, 'Verification run finished');
  }
}
