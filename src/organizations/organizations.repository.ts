import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { SessionCache } from '../access/session-cache.js';
import { Organization } from './entities/organization.entity.js';
import type { OrganizationQuery } from './dto/organization.dto.js';

@Injectable()
export class OrganizationsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionCache,
  ) {}

  byId(id: string, manager?: EntityManager): Promise<Organization | null> {
    return (manager ?? this.dataSource.manager).getRepository(Organization).findOneBy({ id });
  }

  byIds(ids: string[], manager?: EntityManager): Promise<Organization[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager).getRepository(Organization).findBy({ id: In(ids) });
  }

  insert(manager: EntityManager, organization: Partial<Organization>): Promise<Organization> {
    return manager.save(Organization, manager.create(Organization, organization));
  }

  async update(manager: EntityManager, id: string, patch: Partial<Organization>): Promise<void> {
    await manager.update(Organization, { id }, patch);
    this.sessions.changed('organization', id);
  }

  /** Ordered by name then id; `after` is the last (name, id) served. */
  list(query: OrganizationQuery, after: [string, string] | null): Promise<Organization[]> {
    const q = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(query.limit + 1);
    if (query.type) q.andWhere('o.type = :type', { type: query.type });
    if (query.provinceCode) q.andWhere('o.province_code = :provinceCode', query);
    if (query.communeCode) q.andWhere('o.commune_code = :communeCode', query);
    if (query.active !== undefined) q.andWhere('o.active = :active', query);
    if (after) q.andWhere('(o.name, o.id) > (:name, :id)', { name: after[0], id: after[1] });
    return q.getMany();
  }
}
