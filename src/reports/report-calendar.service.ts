import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AreaScope } from '../access/actor.js';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import { addDays, vietnamDay } from '../calendar/working-days.js';
import { AppException, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UsersService } from '../users/users.service.js';
import {
  type AreaSubmissionDto,
  DeadlineDto,
  type DeadlineListDto,
  type ReminderResultDto,
  ReportSubmissionDto,
  type ReportSubmissionListDto,
  type SetDeadlineDto,
  type SubmissionOverviewDto,
  type SubmissionsQuery,
  type SubmitReportDto,
} from './dto/report-calendar.dto.js';
import type { PeriodicReportSubmission } from './entities/periodic-report-submission.entity.js';
import type { PeriodicReport } from './entities/periodic-report.entity.js';
import {
  DEADLINE_REPORTS,
  type DeadlineReport,
  type ReportDeadline,
  SUBMITTED_REPORTS,
} from './entities/report-deadline.entity.js';
import { type AreaReportRow, ReportCalendarRepository } from './report-calendar.repository.js';
import { requireWholeProvince } from './province-scope.js';
import { REMINDER_TEXT } from './reports.messages.js';
import { REPORT_TERMS, type ReportTerm, termName } from './report-term.js';
import { vietnameseDate } from './report-workbook.js';

/** The report a commune's or a province's periodic report of a term is due as. */
function deadlineOf(report: Pick<PeriodicReport, 'communeCode' | 'term'>): DeadlineReport {
  return SUBMITTED_REPORTS[report.communeCode ? 'commune' : 'province'][report.term];
}

/** The communes' reports are made this many days before their due date. */
const MAKE_DAYS_BEFORE = 5;
/** The communes that have not submitted are reminded this many days before it, and the day after. */
const REMIND_DAYS_BEFORE = 3;

/** A day of the year that every year has (29 February is not one). */
function isYearlyDay(month: number, day: number): boolean {
  return day <= new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

/** Whether a submission's day is past its due date. */
function isLate(at: Date, dueOn: string): boolean {
  return vietnamDay(at) > dueOn;
}

/**
 * The reporting calendar (lịch báo cáo): each periodic report's due date (the plans' by default,
 * a province's own where it set one), its submission by its area with the second factor (the
 * files frozen as submitted, each correction a new version with its reason), and the province's
 * view of which communes have submitted, with reminders to those that have not.
 */
@Injectable()
export class ReportCalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: ReportCalendarRepository,
    private readonly areas: AreasService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The due dates in force in a province: its own where it set one, the plans' otherwise. */
  async deadlines(provinceCode: string): Promise<DeadlineListDto> {
    await this.areas.requireCodes([provinceCode]);
    return { items: (await this.effective(provinceCode)).map(DeadlineDto.from) };
  }

  /** Sets a province's due date for a report (audited); its areas' later submissions use it. */
  async setDeadline(
    report: DeadlineReport,
    dto: SetDeadlineDto,
    actor: Actor,
  ): Promise<DeadlineListDto> {
    requireWholeProvince(dto.provinceCode, actor);
    await this.areas.requireCodes([dto.provinceCode]);
    if (!isYearlyDay(dto.month, dto.day)) {
      throw new AppException('invalid-deadline', {}, [
        fieldError('day', 'deadline:day', `${dto.day}/${dto.month} is not a day of every year`),
      ]);
    }
    await this.dataSource.transaction(async (tx) => {
      await this.calendar.setDeadline(tx, {
        report,
        provinceCode: dto.provinceCode,
        month: dto.month,
        day: dto.day,
        source: dto.source ?? `Do tỉnh quy định (${actor.fullName ?? actor.name})`,
        updatedBy: actor.id,
      });
      await this.audit.record(
        {
          actor,
          action: 'report.deadline_set',
          entity: { type: 'report_deadline', id: `${dto.provinceCode}.${report}` },
          area: { provinceCode: dto.provinceCode, communeCode: null },
          details: { report, month: dto.month, day: dto.day, source: dto.source ?? null },
        },
        tx,
      );
    });
    return this.deadlines(dto.provinceCode);
  }

  /**
   * Submits a report as it was made (its files copied, frozen), with the second factor asked by the
   * route. A commune's report is submitted by the commune, a province's by the province; the same
   * generation is submitted once; a submission after the first is a correction and needs a reason.
   */
  async submit(id: string, dto: SubmitReportDto, actor: Actor): Promise<ReportSubmissionDto> {
    const submission = await this.dataSource.transaction(async (tx) => {
      const report = await this.calendar.lockedReport(tx, actor.scope, id);
      if (!report) throw new AppException('not-found');
      const area = await this.areaName(report, tx);
      const own = report.communeCode
        ? actor.scope.communes.includes(report.communeCode)
        : actor.scope.provinces.includes(report.provinceCode);
      if (!own) throw new AppException('report-submit-out-of-area', { area });
      if (report.state !== 'ready' || !report.xlsx || !report.pdf || !report.generatedAt) {
        throw new AppException('report-not-ready', { year: report.year, area });
      }
      const earlier = await this.calendar.submissions(report.id, tx);
      const newest = earlier.at(-1);
      if (newest && newest.generatedAt.getTime() === report.generatedAt.getTime()) {
        throw new AppException('report-already-submitted', {
          version: newest.version,
          generatedAt: report.generatedAt.toISOString(),
        });
      }
      if (newest && !dto.reason) {
        throw new AppException('invalid-submission', {}, [
          fieldError('reason', 'submission:reason', 'a correction needs its reason'),
        ]);
      }
      if (!newest && dto.reason) {
        throw new AppException('invalid-submission', {}, [
          fieldError('reason', 'submission:no-reason', 'the first submission has no reason'),
        ]);
      }
      const now = this.clock.now();
      const deadlines = await this.effective(report.provinceCode, tx);
      const dueOn = dueDate(deadlines, report.year, deadlineOf(report));
      const saved = await this.calendar.addSubmission(tx, {
        reportId: report.id,
        version: (newest?.version ?? 0) + 1,
        year: report.year,
        term: report.term,
        provinceCode: report.provinceCode,
        communeCode: report.communeCode,
        submittedAt: now,
        submittedBy: actor.id,
        submittedByName: actor.fullName ?? actor.name,
        reason: dto.reason ?? null,
        dueOn,
        late: isLate(now, dueOn),
        generatedAt: report.generatedAt,
        asOf: report.asOf!,
        xlsx: report.xlsx,
        pdf: report.pdf,
      });
      await this.audit.record(
        {
          actor,
          action: 'report.submitted',
          entity: { type: 'periodic_report', id: report.id },
          area: { provinceCode: report.provinceCode, communeCode: report.communeCode },
          details: {
            year: report.year,
            term: report.term,
            version: saved.version,
            reason: saved.reason,
          },
        },
        tx,
      );
      return saved;
    });
    return ReportSubmissionDto.from(submission);
  }

  /** A report's submitted versions, in the caller's areas. */
  async submissions(id: string, actor: Actor): Promise<ReportSubmissionListDto> {
    const report = await this.calendar.report(actor.scope, id);
    if (!report) throw new AppException('not-found');
    return { items: (await this.calendar.submissions(id)).map(ReportSubmissionDto.from) };
  }

  /** A submitted version's file as it was submitted; the read is audited. */
  async submissionFile(
    id: string,
    format: 'xlsx' | 'pdf',
    actor: Actor,
  ): Promise<{ submission: PeriodicReportSubmission; content: Buffer }> {
    const submission = await this.calendar.submissionWithFile(actor.scope, id, format);
    if (!submission) throw new AppException('not-found');
    await this.audit.record({
      actor,
      action: 'report.submission_read',
      entity: { type: 'periodic_report', id: submission.reportId },
      details: { version: submission.version, format },
    });
    return { submission, content: submission[format] };
  }

  /** The newest submission of each report, and each one's due date, for the list of reports. */
  async submissionState(reports: PeriodicReport[]): Promise<{
    newest: Map<string, PeriodicReportSubmission>;
    dueOn: (r: PeriodicReport) => string;
  }> {
    const newest = await this.calendar.newestOf(reports.map((r) => r.id));
    const provinces = [...new Set(reports.map((r) => r.provinceCode))];
    const dates = new Map(
      await Promise.all(provinces.map(async (p) => [p, await this.effective(p)] as const)),
    );
    return {
      newest,
      dueOn: (r) => dueDate(dates.get(r.provinceCode)!, r.year, deadlineOf(r)),
    };
  }

  /**
   * Which of a province's communes have submitted the report of the year or of its first six
   * months, by the due date or late.
   */
  async overview(query: SubmissionsQuery, actor: Actor): Promise<SubmissionOverviewDto> {
    requireWholeProvince(query.provinceCode, actor);
    return this.standing(query, actor.scope);
  }

  private async standing(
    query: SubmissionsQuery,
    scope: AreaScope,
  ): Promise<SubmissionOverviewDto> {
    const term = query.term ?? 'annual';
    const [{ items: communes }, rows, deadlines] = await Promise.all([
      this.areas.communes(query.provinceCode),
      this.calendar.areaReports(query.year, term, query.provinceCode, scope),
      this.effective(query.provinceCode),
    ]);
    const today = vietnamDay(this.clock.now());
    const due = (report: DeadlineReport) => dueDate(deadlines, query.year, report);
    const byArea = new Map(rows.map((r) => [r.areaCode, r]));
    const [province] = await this.areas.requireCodes([query.provinceCode]);
    const entry = (code: string, name: string, dueOn: string): AreaSubmissionDto =>
      areaSubmission(code, name, dueOn, today, byArea.get(code));
    const items = communes.map((c) =>
      entry(c.code, c.fullName, due(SUBMITTED_REPORTS.commune[term])),
    );
    const count = (status: AreaSubmissionDto['status']) =>
      items.filter((i) => i.status === status).length;
    return {
      year: query.year,
      term,
      today,
      province: entry(province.code, province.fullName, due(SUBMITTED_REPORTS.province[term])),
      communes: items,
      counts: {
        communes: items.length,
        onTime: count('on_time'),
        late: count('late'),
        pending: count('pending'),
        overdue: count('overdue'),
      },
    };
  }

  /**
   * Reminds every commune of the province that has not submitted the report of the year (or of
   * its first six months): its officers and chair are told in the app (and by email where they
   * have one); a commune with no account is told nothing and not counted. One reminder a commune
   * a day for each term: asking again the same day tells nobody twice.
   */
  async remind(dto: SubmissionsQuery, actor: Actor): Promise<ReminderResultDto> {
    requireWholeProvince(dto.provinceCode, actor);
    return this.remindCommunes(dto, actor);
  }

  /**
   * The calendar's work on a day (the daily job), for each term: the provinces whose communes'
   * reports are to be made, five days before their due date, and those whose communes not yet
   * submitted are to be reminded, three days before it and the day after.
   */
  async dayPlan(today: string): Promise<{ term: ReportTerm; make: string[]; remind: string[] }[]> {
    const year = Number(today.slice(0, 4));
    const [{ items: provinces }, rows] = await Promise.all([
      this.areas.provinces(),
      this.calendar.deadlines(null),
    ]);
    return REPORT_TERMS.map((term) => {
      const plan = { term, make: [] as string[], remind: [] as string[] };
      for (const { code } of provinces) {
        const due = dueDate(inForce(rows, code), year, SUBMITTED_REPORTS.commune[term]);
        if (today === addDays(due, -MAKE_DAYS_BEFORE)) plan.make.push(code);
        if (today === addDays(due, -REMIND_DAYS_BEFORE) || today === addDays(due, 1)) {
          plan.remind.push(code);
        }
      }
      return plan;
    });
  }

  /** Reminds the communes of a province that have not submitted (by someone, or the daily job). */
  async remindCommunes(dto: SubmissionsQuery, actor: Actor | null): Promise<ReminderResultDto> {
    const term = dto.term ?? 'annual';
    // The daily job reads the province as its own.
    const scope = actor?.scope ?? { provinces: [dto.provinceCode], communes: [] };
    const overview = await this.standing(dto, scope);
    const waiting = overview.communes.filter(
      (c) => c.status === 'pending' || c.status === 'overdue',
    );
    const now = this.clock.now();
    const [deadline] = (await this.effective(dto.provinceCode)).filter(
      (d) => d.report === SUBMITTED_REPORTS.commune[term],
    );
    const period = termName(dto.year, term);
    const told: string[] = [];
    let people = 0;
    await this.dataSource.transaction(async (tx) => {
      for (const commune of waiting) {
        const place = { provinceCode: dto.provinceCode, communeCode: commune.code };
        const userIds = [
          ...(await this.users.withRoleIn('commune_officer', place, undefined, tx)),
          ...(await this.users.withRoleIn('case_approver', place, undefined, tx)),
        ].map((u) => u.id);
        if (userIds.length === 0) continue;
        told.push(commune.code);
        people += new Set(userIds).size;
        const text = REMINDER_TEXT[commune.status === 'overdue' ? 'overdue' : 'pending'];
        await this.notifications.publish(tx, {
          key: `report_reminder.${dto.year}.${term}.${commune.code}.${overview.today}`,
          userIds,
          occurredAt: now,
          kind: 'report_reminder',
          entityType: 'report_deadline',
          entityId: deadline.id,
          text: {
            vi: text.vi(period, commune.name, vietnameseDate(commune.dueOn)),
            en: text.en(dto.year, term, commune.name, commune.dueOn),
          },
          data: { year: dto.year, term, communeCode: commune.code, dueOn: commune.dueOn },
        });
      }
      await this.audit.record(
        {
          actor,
          action: 'report.reminders_sent',
          entity: { type: 'report_deadline', id: deadline.id },
          area: { provinceCode: dto.provinceCode, communeCode: null },
          details: { year: dto.year, term, communes: told },
        },
        tx,
      );
    });
    return { communeCodes: told, people };
  }

  /** For each report, the province's own due date where it set one, the plans' otherwise. */
  private async effective(provinceCode: string, manager?: EntityManager) {
    return inForce(await this.calendar.deadlines(provinceCode, manager), provinceCode);
  }

  private async areaName(report: PeriodicReport, tx: EntityManager): Promise<string> {
    const [unit] = await this.areas.requireCodes([report.communeCode ?? report.provinceCode], tx);
    return unit.fullName;
  }
}

/** Of the plans' due dates and provinces' own, those in force in a province, for each report. */
function inForce(rows: ReportDeadline[], provinceCode: string): ReportDeadline[] {
  return DEADLINE_REPORTS.map(
    (report) =>
      rows.find((d) => d.report === report && d.provinceCode === provinceCode) ??
      rows.find((d) => d.report === report && d.provinceCode === null)!,
  );
}

/** A report's due date in a year, by the deadlines in force in its province. */
function dueDate(deadlines: ReportDeadline[], year: number, report: DeadlineReport): string {
  const { month, day } = deadlines.find((d) => d.report === report)!;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Where an area's report stands on `today` against its due date. */
function areaSubmission(
  code: string,
  name: string,
  dueOn: string,
  today: string,
  row: AreaReportRow | undefined,
): AreaSubmissionDto {
  const submitted = row?.firstAt ?? null;
  return {
    code,
    name,
    dueOn,
    status: submitted
      ? row!.firstLate
        ? 'late'
        : 'on_time'
      : today > dueOn
        ? 'overdue'
        : 'pending',
    reportId: row?.reportId ?? null,
    reportState: row?.state ?? null,
    version: row?.version ?? null,
    submittedAt: submitted?.toISOString() ?? null,
    correctedAt: row?.version && row.version > 1 ? row.lastAt!.toISOString() : null,
  };
}
