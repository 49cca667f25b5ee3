import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { PeriodicReportSubmission } from './entities/periodic-report-submission.entity.js';
import { PeriodicReport } from './entities/periodic-report.entity.js';
import { ReportDeadline } from './entities/report-deadline.entity.js';
import type { ReportTerm } from './report-term.js';

/** An area's report of a term and its submissions, as the province's overview needs them. */
export interface AreaReportRow {
  reportId: string;
  areaCode: string;
  state: PeriodicReport['state'];
  /** The first version's submission (null: not submitted) and whether it was late. */
  firstAt: Date | null;
  firstLate: boolean | null;
  /** The newest version and its submission. */
  version: number | null;
  lastAt: Date | null;
}

/** All SQL of the reporting calendar: due dates and submissions; reads filter by the actor's areas. */
@Injectable()
export class ReportCalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The plans' due dates and the province's own (null: every province's), for each report. */
  deadlines(provinceCode: string | null, manager?: EntityManager): Promise<ReportDeadline[]> {
    const q = (manager ?? this.dataSource.manager)
      .getRepository(ReportDeadline)
      .createQueryBuilder('d');
    if (provinceCode !== null) {
      q.where('d.province_code IS NULL OR d.province_code = :provinceCode', { provinceCode });
    }
    return q.orderBy('d.report').addOrderBy('d.province_code', 'ASC', 'NULLS FIRST').getMany();
  }

  /** The province's due date for a report, replacing the one it had. */
  async setDeadline(
    tx: EntityManager,
    row: Pick<ReportDeadline, 'report' | 'provinceCode' | 'month' | 'day' | 'source' | 'updatedBy'>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO report_deadlines (report, province_code, month, day, source, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (report, province_code) WHERE province_code IS NOT NULL
       DO UPDATE SET month = excluded.month, day = excluded.day, source = excluded.source,
         updated_by = excluded.updated_by, updated_at = now()`,
      [row.report, row.provinceCode, row.month, row.day, row.source, row.updatedBy],
    );
  }

  /**
   * A report in the areas, with both files, locked until the transaction ends: a submission and
   * the job that remakes the report do not cross.
   */
  lockedReport(tx: EntityManager, scope: AreaScope, id: string): Promise<PeriodicReport | null> {
    const where = scopeCondition(scope, { province: 'r.province_code', commune: 'r.commune_code' });
    return tx
      .getRepository(PeriodicReport)
      .createQueryBuilder('r')
      .addSelect(['r.xlsx', 'r.pdf'])
      .where('r.id = :id', { id })
      .andWhere(where.sql, where.params)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** A report in the areas, without its files. */
  report(scope: AreaScope, id: string): Promise<PeriodicReport | null> {
    const where = scopeCondition(scope, { province: 'r.province_code', commune: 'r.commune_code' });
    return this.dataSource
      .getRepository(PeriodicReport)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(where.sql, where.params)
      .getOne();
  }

  /** A report's submissions, oldest version first. */
  submissions(reportId: string, manager?: EntityManager): Promise<PeriodicReportSubmission[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(PeriodicReportSubmission)
      .find({ where: { reportId }, order: { version: 'ASC' } });
  }

  /** The newest submission of each of these reports. */
  async newestOf(reportIds: string[]): Promise<Map<string, PeriodicReportSubmission>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(PeriodicReportSubmission)
      .createQueryBuilder('s')
      .distinctOn(['s.report_id'])
      .where('s.report_id IN (:...reportIds)', { reportIds })
      .orderBy('s.report_id')
      .addOrderBy('s.version', 'DESC')
      .getMany();
    return new Map(rows.map((s) => [s.reportId, s]));
  }

  async addSubmission(
    tx: EntityManager,
    row: Omit<PeriodicReportSubmission, 'id' | 'report'>,
  ): Promise<PeriodicReportSubmission> {
    const repository = tx.getRepository(PeriodicReportSubmission);
    const { id } = await repository.save(repository.create(row));
    return repository.findOneByOrFail({ id });
  }

  /** A submission in the areas with one of its files. */
  submissionWithFile(
    scope: AreaScope,
    id: string,
    format: 'xlsx' | 'pdf',
  ): Promise<PeriodicReportSubmission | null> {
    const where = scopeCondition(scope, { province: 's.province_code', commune: 's.commune_code' });
    return this.dataSource
      .getRepository(PeriodicReportSubmission)
      .createQueryBuilder('s')
      .addSelect(`s.${format}`)
      .where('s.id = :id', { id })
      .andWhere(where.sql, where.params)
      .getOne();
  }

  /**
   * The province's reports of the year and term (its own and its communes') in the areas, with
   * their submissions.
   */
  async areaReports(
    year: number,
    term: ReportTerm,
    provinceCode: string,
    scope: AreaScope,
  ): Promise<AreaReportRow[]> {
    const where = scopeCondition(scope, { province: 'r.province_code', commune: 'r.commune_code' });
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT r.id AS report_id, r.area_code, r.state, s.first_at, s.first_late, s.version,
              s.last_at
         FROM periodic_reports r
         LEFT JOIN LATERAL (
           SELECT min(submitted_at) AS first_at,
                  bool_or(late) FILTER (WHERE version = 1) AS first_late,
                  max(version) AS version, max(submitted_at) AS last_at
             FROM periodic_report_submissions WHERE report_id = r.id
         ) s ON true
        WHERE r.year = :year AND r.term = :term AND r.province_code = :provinceCode
          AND ${where.sql}`,
      { year, term, provinceCode, ...where.params },
    );
    const rows: {
      report_id: string;
      area_code: string;
      state: PeriodicReport['state'];
      first_at: Date | null;
      first_late: boolean | null;
      version: number | null;
      last_at: Date | null;
    }[] = await this.dataSource.query(query, parameters);
    return rows.map((r) => ({
      reportId: r.report_id,
      areaCode: r.area_code,
      state: r.state,
      firstAt: r.first_at,
      firstLate: r.first_late,
      version: r.version,
      lastAt: r.last_at,
    }));
  }
}
