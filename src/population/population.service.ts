import type { Writable } from 'node:stream';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import { type Actor, jobActor } from '../access/actor.js';
import {
  startOfVietnamDay,
  vietnamDay,
  vietnamTimeAndDate,
  nextDay,
} from '../calendar/working-days.js';
import {
  type CheckedRecord,
  ChildVerificationService,
  type PersonAnswer,
  requireCommuneInScope,
} from '../children/child-verification.service.js';
import { personOf } from '../children/dto/child-verification.dto.js';
import type { PersonFields } from '../children/entities/child-verification.entity.js';
import { differences } from '../children/population-match.js';
import { readSheet, UnreadableSheet } from '../children/sheet-reader.js';
import { uploadedSheet, type UploadedSheet } from '../children/sheet-upload.js';
import { writeSheet } from '../children/sheet-writer.js';
import { AppException } from '../common/app.exception.js';
import { fill, type Language } from '../common/i18n.js';
import {
  EXCHANGE_ROW_MESSAGES,
  type ExchangeRowMessage,
  POPULATION_RUN_MESSAGES,
} from './population.messages.js';
import { AppConfig } from '../config/app-config.js';
import { OnJob } from '../queue/on-job.decorator.js';
import { OutboxService } from '../queue/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { type AnswerFileResultDto, VerificationRunDto } from './dto/verification-run.dto.js';
import {
  type AnswerRow,
  EXCHANGE_COLUMNS,
  type ExchangeKey,
  exchangeColumns,
  readAnswerRow,
  toExchangeRow,
} from './exchange-file.js';
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
    const run = await this.dataSource.transaction(async (tx) => {
      const active = await this.runs.active(tx, communeCode);
      if (active) return active;
      const created = await this.runs.insert(tx, {
        provinceCode,
        communeCode,
        status: 'queued',
        force,
        actor: jobActor(actor),
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

  /**
   * The file to check a commune's records with the commune police, where there is no online
   * connection: the records not verified (or all), our values and blank columns for the answer.
   */
  async exportFile(
    communeCode: string,
    all: boolean,
    actor: Actor,
    open: () => Writable,
  ): Promise<void> {
    const provinceCode = await requireCommuneInScope(this.areas, communeCode, actor);
    const records = await this.verification.forFile(actor, communeCode, all);
    await this.audit.record({
      actor,
      action: 'population.file_exported',
      area: { provinceCode, communeCode },
      details: { all, records: records.length },
    });
    const sheet = writeSheet(open(), 'Doi chieu dan cu', EXCHANGE_COLUMNS);
    for (const record of records) {
      sheet.add(toExchangeRow(record));
      await sheet.drained();
    }
    await sheet.commit();
  }

  /**
   * Records the answers the police wrote in an exported file (method `file`): the same states as an
   * online check. A row is taken only for a record in the caller's areas still holding the values
   * the file was exported with; the others are reported with the reason, by row.
   */
  async importAnswers(
    file: UploadedSheet | undefined,
    actor: Actor,
    language: Language,
  ): Promise<AnswerFileResultDto> {
    if (!file) throw new AppException('import-file-missing');
    const { fileName, format } = uploadedSheet(file);
    const rows: { row: number; answer: AnswerRow }[] = [];
    let columns: Map<ExchangeKey, number> | null = null;
    try {
      for await (const { row, cells } of readSheet(file.buffer, format)) {
        if (!columns) {
          const header = exchangeColumns(cells);
          if (header.missing.length > 0) {
            throw new AppException('import-missing-columns', {
              columns: header.missing.join(', '),
            });
          }
          columns = header.columns;
        } else rows.push({ row, answer: readAnswerRow(cells, columns) });
      }
    } catch (error) {
      if (error instanceof UnreadableSheet) {
        throw new AppException(error.code, { fileName, ...error.params });
      }
      throw error;
    }
    if (!columns) throw new AppException('import-empty', { fileName });

    const result: AnswerFileResultDto = {
      verified: 0,
      mismatched: 0,
      notFound: 0,
      unanswered: 0,
      rejected: [],
    };
    const reject = (row: number, id: string | null, message: { vi: string; en: string }) =>
      result.rejected.push({ row, id, message: message[language] });
    const answered: { row: number; id: string; sent: PersonFields; found: PersonFields | null }[] =
      [];
    const rowOf = new Map<string, number>();
    for (const { row, answer } of rows) {
      if (answer.kind === 'unanswered') result.unanswered += 1;
      else if (answer.kind === 'rejected') reject(row, answer.id, answer.message);
      else if (rowOf.has(answer.id)) {
        reject(
          row,
          answer.id,
          exchangeMessage('duplicate', { id: answer.id, row: `${rowOf.get(answer.id)}` }),
        );
      } else {
        rowOf.set(answer.id, row);
        answered.push({ row, ...answer });
      }
    }
    for (let i = 0; i < answered.length; i += FILE_BATCH) {
      const batch = answered.slice(i, i + FILE_BATCH);
      const records = new Map(
        (
          await this.verification.current(
            actor,
            batch.map((a) => a.id),
          )
        ).map((r) => [r.id, r]),
      );
      const taken: (PersonAnswer & { row: number })[] = [];
      for (const { row, id, sent, found } of batch) {
        const record = records.get(id);
        if (!record) reject(row, id, exchangeMessage('id-not-found', { id }));
        else if (differences(personOf(record), sent).length > 0) {
          reject(row, id, exchangeMessage('changed', { id }));
        } else taken.push({ row, child: record, found });
      }
      const counts = await this.dataSource.transaction(async (tx) => {
        const recorded = await this.verification.record(tx, taken, {
          method: 'file',
          runId: null,
          actor,
        });
        const { ids: _ids, ...outcomes } = recorded;
        await this.audit.record(
          {
            actor,
            action: 'population.file_answers_recorded',
            details: { fileName, ...outcomes },
          },
          tx,
        );
        return recorded;
      });
      // A record edited between its read above and the write: the answer is of its old values.
      for (const { row, child } of taken) {
        if (!counts.ids.has(child.id))
          reject(row, child.id, exchangeMessage('changed', { id: child.id }));
      }
      result.verified += counts.verified;
      result.mismatched += counts.mismatch;
      result.notFound += counts.not_found;
    }
    result.rejected.sort((a, b) => a.row - b.row);
    return result;
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

/** Answers of a file recorded per transaction. */
const FILE_BATCH = 500;

function exchangeMessage(
  message: ExchangeRowMessage,
  params: Record<string, string>,
): { vi: string; en: string } {
  const text = EXCHANGE_ROW_MESSAGES[message];
  return { vi: fill(text.vi, params), en: fill(text.en, params) };
}
