import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AreaScope } from '../access/actor.js';
import { scopeCondition } from '../access/scope.js';
import type { ReferralQuery } from './dto/referral.dto.js';
import { Referral } from './entities/referral.entity.js';

/** Who is reading or changing a referral: the organisation it is addressed to, or the sending side's areas. */
export type ReferralParty = { receiving: string } | { sending: AreaScope };

/** In a query over referrals `r`: a deadline `d` of the referral (in the one deadline store). */
export const REFERRAL_DEADLINE = `d.case_id = r.case_id AND d.kind LIKE 'referral\\_%' AND d.item = r.id::text`;

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
