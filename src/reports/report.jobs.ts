import { Injectable } from '@nestjs/common';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { vietnamDay } from '../calendar/working-days.js';
import { Clock } from '../common/clock.js';
import { PeriodicReportsService } from './periodic-reports.service.js';
import { ReportCalendarService } from './report-calendar.service.js';
import { ReportsService } from './reports.service.js';

/**
 * Rebuilds the precomputed figures (on a schedule for this year, and after an import), makes the
 * periodic reports, and keeps the reporting calendar day by day.
 */
@Injectable()
export class ReportJobs {
  constructor(
    private readonly reports: ReportsService,
    private readonly periodic: PeriodicReportsService,
    private readonly calendar: ReportCalendarService,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.RefreshReports)
  async refresh({ year }: JobPayloads[JobName.RefreshReports]): Promise<string> {
    const refresh = await this.reports.refresh(year ?? undefined);
    return `${refresh.year} as of ${refresh.asOf} in ${refresh.durationMs} ms`;
  }

  @OnJob(JobName.GeneratePeriodicReport)
  generate({ reportId, refresh }: JobPayloads[JobName.GeneratePeriodicReport]): Promise<string> {
    return this.periodic.generate(reportId, refresh);
  }

  /**
   * The reporting calendar's day: the reports (of the year, or of its first six months) of the
   * provinces whose communes' due date is five days away are made; the communes that have not
   * submitted are reminded three days before it and the day after (ReportCalendarService.dayPlan).
   */
  @OnJob(JobName.ScheduleAnnualReports)
  async calendarDay(): Promise<string> {
    const today = vietnamDay(this.clock.now());
    const year = Number(today.slice(0, 4));
    let made = 0;
    let reminded = 0;
    for (const { term, make, remind } of await this.calendar.dayPlan(today)) {
      if (make.length > 0) made += await this.periodic.schedule(term, make);
      for (const provinceCode of remind) {
        reminded += (await this.calendar.remindCommunes({ year, term, provinceCode }, null))
          .communeCodes.length;
      }
    }
    return `${made} reports queued, ${reminded} communes reminded`;
  }
}
