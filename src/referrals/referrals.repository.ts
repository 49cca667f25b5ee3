import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AreaScope } from '../auth/actor.js';
import { scopeCondition } from '../auth/scope.js';
import type { ReferralQuery } from './dto/referral.dto.js';
import { Referral } from './entities/referral.entity.js';
import type { ReferralStep } from './referral-due.js';

/** Who is reading or changing a referral: the organisation it is addressed to, or the sending side's areas. */
export type ReferralParty = { receiving: string } | { sending: AreaScope };

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

/** In a query over referrals `r`: a deadline `d` of the referral (in the one deadline store). */
const REFERRAL_DEADLINE = `d.case_id = r.case_id AND d.kind LIKE 'referral\\_%' AND d.item = r.id::text`;

@Injectable()
export class ReferralsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, values: Partial<Referral>): Promise<Referral> {
    return manager.save(Referral, manager.create(Referral, values));
  }

  /** The referral as the party may see it (null: absent or not theirs), with both organisations. */
  byId(party: ReferralParty, id: string, manager?: EntityManager): Promise<Referral | null> {
    return this.visible(party, manager).andWhere('r.id = :id', { id }).getOne();
  }

  /** The same, locked for the change about to be made. */
  lock(party: ReferralParty, id: string, manager: EntityManager): Promise<Referral | null> {
    return this.visible(party, manager)
      .andWhere('r.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['r'])
      .getOne();
  }

  /** For jobs: the referral, locked, whoever's it is. */
  lockAny(id: string, manager: EntityManager): Promise<Referral | null> {
    return this.withOrganizations(manager)
      .where('r.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['r'])
      .getOne();
  }

  async update(manager: EntityManager, id: string, patch: Partial<Referral>): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Referral)
      .set({ ...(patch as object), version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** The queue of the receiving organisation (most urgent, then oldest first) or the sent list (newest first). */
  list(
    party: ReferralParty,
    query: Omit<ReferralQuery, 'cursor'> & { fromOrganizationId?: string; caseId?: string },
    after: string[] | null,
    now: Date,
  ): Promise<Referral[]> {
    const builder = this.visible(party).limit(query.limit + 1);
    if ('receiving' in party) {
      builder.orderBy('r.priority', 'ASC').addOrderBy('r.seq', 'ASC');
      if (after) {
        builder.andWhere('(r.priority, r.seq) > (:afterPriority, :afterSeq)', {
          afterPriority: after[0],
          afterSeq: after[1],
        });
      }
    } else {
      builder.orderBy('r.seq', 'DESC');
      if (query.fromOrganizationId) {
        builder.andWhere('r.from_organization_id = :from', { from: query.fromOrganizationId });
      }
      if (query.caseId) builder.andWhere('r.case_id = :caseId', { caseId: query.caseId });
      if (after) builder.andWhere('r.seq < :afterSeq', { afterSeq: after[0] });
    }
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.urgency) builder.andWhere('r.urgency = :urgency', { urgency: query.urgency });
    if (query.overdue !== undefined) {
      builder.andWhere(
        `${query.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM deadlines d
           WHERE ${REFERRAL_DEADLINE} AND d.state = 'open' AND d.due_at < :now)`,
        { now },
      );
    }
    return builder.getMany();
  }

  /**
   * Per receiving organisation and status: how many, and how many with a step late (past due and
   * open now, or taken after its due minute), for referrals of cases in the areas.
   */
  async figures(filter: FiguresFilter): Promise<FiguresRow[]> {
    const { sql, params } = this.filtered(filter);
    return (await this.dataSource.query(
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
    )) as FiguresRow[];
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

  private withOrganizations(manager?: EntityManager): SelectQueryBuilder<Referral> {
    return (manager ?? this.dataSource.manager)
      .getRepository(Referral)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.fromOrganization', 'fo')
      .innerJoinAndSelect('r.toOrganization', 'tofo');
  }

  /**
   * Scoped in SQL (conventions.md rule 2): the receiving organisation's, or the sending side's:
   * the commune that holds the case now, so a case handed over to another commune brings its
   * referrals with it (their outcomes reach the new holder; the former one no longer acts on them).
   */
  private visible(party: ReferralParty, manager?: EntityManager): SelectQueryBuilder<Referral> {
    const query = this.withOrganizations(manager);
    if ('receiving' in party) {
      return query.where('r.to_organization_id = :receiving', { receiving: party.receiving });
    }
    const { sql, params } = scopeCondition(party.sending, {
      province: 'rc.province_code',
      commune: 'rc.commune_code',
    });
    return query.innerJoin('r.case', 'rc').where(sql, params);
  }
}
