/** The SQL of the referral figures: counts by status, the late share, the time each step took. */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import type { ReferralStep } from './referral-due.js';
import { REFERRAL_DEADLINE } from './referrals.repository.js';

export interface FiguresFilter {
  scope: AreaScope;
  provinceCode?: string;
  communeCode?: string;
  from?: string;
  to?: string;
  now: Date;
}

export interface FiguresRow {
  organization_id: string;
  organization_name: string;
  organization_type: string;
  status: string;
  count: string;
  late: string;
}

@Injectable()
export class ReferralStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per receiving organisation and status: how many, and how many with a step late (past due and
   * open now, or taken after its due minute), for referrals of cases in the areas.
   */
  async figures(filter: FiguresFilter): Promise<FiguresRow[]> {
    const { sql, params } = this.filtered(filter);
    return await this.dataSource.query<FiguresRow[]>(
      `SELECT o.id AS organization_id, o.name AS organization_name, o.type AS organization_type,
              r.status, count(*) AS count,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM deadlines d WHERE ${REFERRAL_DEADLINE} AND (
                  (d.state = 'open' AND d.due_at < $${params.length + 1})
                  OR (d.state = 'done' AND d.done_at >= d.due_at + interval '1 minute')))) AS late
         FROM referrals r JOIN organizations o ON o.id = r.to_organization_id
        WHERE ${sql}
        GROUP BY o.id, r.status
        ORDER BY o.type, o.name, o.id`,
      [...params, filter.now],
    );
  }

  /**
   * Median and 90th percentile, in hours, of the time each step took, per receiving organisation
   * (`organization_id`) and per agency type (`organization_id` null).
   */
  async durations(filter: FiguresFilter): Promise<
    {
      organization_id: string | null;
      organization_type: string;
      step: ReferralStep;
      count: string;
      median: number | null;
      p90: number | null;
    }[]
  > {
    const { sql, params } = this.filtered(filter);
    return this.dataSource.query(
      `WITH took AS (
         SELECT o.id AS organization_id, o.type AS organization_type, s.step,
                extract(epoch FROM s.done_at - s.started_at) / 3600 AS hours
           FROM referrals r JOIN organizations o ON o.id = r.to_organization_id
           CROSS JOIN LATERAL (VALUES
             ('acknowledge', r.sent_at, r.acknowledged_at),
             ('accept', r.sent_at, r.accepted_at),
             ('complete', r.accepted_at,
               CASE WHEN r.status = 'completed' THEN r.closed_at END)
           ) AS s(step, started_at, done_at)
          WHERE ${sql} AND s.done_at IS NOT NULL)
       SELECT organization_id, organization_type, step, count(*) AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90
         FROM took
        GROUP BY GROUPING SETS ((organization_id, organization_type, step), (organization_type, step))`,
      params,
    );
  }

  /** The filter of the figures as positional SQL (for raw queries). */
  private filtered(filter: FiguresFilter): { sql: string; params: unknown[] } {
    const scope = scopeCondition(filter.scope, {
      province: 'r.province_code',
      commune: 'r.commune_code',
    });
    const params: unknown[] = [];
    let sql = scope.sql.replace(/:(\w+)/g, (_match, name: string) => {
      params.push(scope.params[name]);
      return `$${params.length}`;
    });
    const add = (condition: string, value: unknown) => {
      params.push(value);
      sql += ` AND ${condition.replace('?', `$${params.length}`)}`;
    };
    if (filter.provinceCode) add('r.province_code = ?', filter.provinceCode);
    if (filter.communeCode) add('r.commune_code = ?', filter.communeCode);
    // Days in Vietnam time.
    if (filter.from)
      add("r.sent_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'", filter.from);
    if (filter.to) {
      add("r.sent_at < (?::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'", filter.to);
    }
    return { sql, params };
  }
}
