import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import { PeriodicReport } from './entities/periodic-report.entity.js';
import type { ReportTerm } from './report-term.js';

/**
 * A report's place in the list: year (newest first), term (the year's before its six months'),
 * province, commune ('' for the province).
 */
export type PeriodicReportKey = [
  year: string,
  term: ReportTerm,
  provinceCode: string,
  communeCode: string,
];

/** All SQL on periodic reports; every read filters by the actor's areas. */
@Injectable()
export class PeriodicReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(PeriodicReport);
  }

  /**
   * The area's report for the year and term, queued (again), its files kept until the new ones
   * are made.
   */
  async queue(
    tx: EntityManager,
    row: Pick<
      PeriodicReport,
      'year' | 'term' | 'provinceCode' | 'communeCode' | 'requestedBy' | 'requestedAt'
    >,
  ): Promise<PeriodicReport> {
    const areaCode = row.communeCode ?? row.provinceCode;
    const repository = tx.getRepository(PeriodicReport);
    await repository.upsert({ ...row, areaCode, state: 'queued', error: null }, [
      'year',
      'term',
      'areaCode',
    ]);
    return repository.findOneByOrFail({ year: row.year, term: row.term, areaCode });
  }

  list(
    scope: AreaScope,
    filter: { year?: number; term?: ReportTerm },
    after: PeriodicReportKey | null,
    limit: number,
  ): Promise<PeriodicReport[]> {
    const where = scopeCondition(scope, { province: 'r.province_code', commune: 'r.commune_code' });
    const builder = this.repository
      .createQueryBuilder('r')
      .where(where.sql, where.params)
      .orderBy('r.year', 'DESC')
      .addOrderBy('r.term', 'ASC')
      .addOrderBy('r.province_code', 'ASC')
      .addOrderBy(`coalesce(r.commune_code, '')`, 'ASC')
      .limit(limit);
    if (filter.year) builder.andWhere('r.year = :year', { year: filter.year });
    if (filter.term) builder.andWhere('r.term = :term', { term: filter.term });
    if (after) {
      builder.andWhere(
        `(r.year < :year_ OR (r.year = :year_ AND (r.term, r.province_code, coalesce(r.commune_code, '')) > (:term_, :province_, :commune_)))`,
        { year_: Number(after[0]), term_: after[1], province_: after[2], commune_: after[3] },
      );
    }
    return builder.getMany();
  }

  /** A report in the areas with one of its files. */
  withFile(scope: AreaScope, id: string, format: 'xlsx' | 'pdf'): Promise<PeriodicReport | null> {
    const where = scopeCondition(scope, { province: 'r.province_code', commune: 'r.commune_code' });
    return this.repository
      .createQueryBuilder('r')
      .addSelect(`r.${format}`)
      .where('r.id = :id', { id })
      .andWhere(where.sql, where.params)
      .getOne();
  }

  /** For the job that makes it: not scoped, the job acts for the area itself. */
  byId(id: string): Promise<PeriodicReport | null> {
    return this.repository.findOneBy({ id });
  }

  async finish(
    id: string,
    outcome: Partial<
      Pick<PeriodicReport, 'state' | 'generatedAt' | 'asOf' | 'xlsx' | 'pdf' | 'error'>
    >,
  ): Promise<void> {
    await this.repository.update(id, outcome);
  }
}
