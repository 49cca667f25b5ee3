import { Injectable } from '@nestjs/common';
import { OnJob } from '../queue/on-job.decorator.js';
import { JobName, type JobPayloads } from '../queue/queue.constants.js';
import { PeriodicReportsService } from './periodic-reports.service.js';
import { ReportsService } from './reports.service.js';

/**
 * Rebuilds the precomputed figures (on a schedule for this year, and after an import) and makes
 * the periodic reports.
 */
@Injectable()
export class ReportJobs {
  constructor(
    private readonly reports: ReportsService,
    private readonly periodic: PeriodicReportsService,
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

  @OnJob(JobName.ScheduleAnnualReports)
  async scheduleAnnual(): Promise<string> {
    return `${await this.periodic.scheduleAnnual()} reports queued`;
  }
}
