import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionCache } from '../access/session-cache.js';
import type { UserQuery } from './dto/user.dto.js';
import { type PendingMfa, User } from './entities/user.entity.js';

/** How to reach a user: shown to a receiving agency, used to email notifications. */
export interface UserContact {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  active: boolean;
  organization: { id: string; name: string; type: string };
}

@Injectable()
export class UsersRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionCache,
  ) {}

  byUsername(username: string): Promise<User | null> {
    return this.withOrganization().where('u.username = :username', { username }).getOne();
  }

  /** Read on every authenticated request. */
  byId(id: string): Promise<User | null> {
    return this.withOrganization().where('u.id = :id', { id }).getOne();
  }

  /**
   * One query: `findOne` with a relation sends two (a DISTINCT query for the id, then the row),
   * a round trip more on every request.
   */
  private withOrganization() {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.organization', 'organization');
  }

  /**
   * Active users of an active organisation holding the role and working in the commune: their own
   * areas include it (or its province), or, with none of their own, their organisation's area does.
   */
  async withRoleIn(
    role: string,
    place: { provinceCode: string; communeCode: string },
    userId?: string,
    manager?: EntityManager,
  ): Promise<{ id: string; fullName: string }[]> {
    const query = (manager ?? this.dataSource.manager)
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin('u.organization', 'o')
      .select(['u.id', 'u.fullName'])
      .where('u.active AND o.active AND :role = ANY(u.roles)', { role })
      .andWhere(
        `(CASE WHEN cardinality(u.area_codes) > 0
            THEN u.area_codes && ARRAY[:province, :commune]::text[]
            ELSE o.commune_code = :commune OR (o.commune_code IS NULL AND o.province_code = :province)
          END)`,
        { province: place.provinceCode, commune: place.communeCode },
      )
      .orderBy('u.id');
    if (userId) query.andWhere('u.id = :userId', { userId });
    return (await query.getMany()).map(({ id, fullName }) => ({ id, fullName }));
  }

  async inOrganizations(
    role: string,
    organizationIds: string[],
    manager?: EntityManager,
  ): Promise<{ id: string }[]> {
    if (organizationIds.length === 0) return [];
    return (manager ?? this.dataSource.manager)
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin('u.organization', 'o')
      .select(['u.id'])
      .where('u.active AND o.active AND :role = ANY(u.roles)', { role })
      .andWhere('u.organization_id = ANY(:organizationIds)', { organizationIds })
      .orderBy('u.id')
      .getMany();
  }

  async contacts(ids: string[]): Promise<UserContact[]> {
    if (ids.length === 0) return [];
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.organization', 'o')
      .where('u.id = ANY(:ids)', { ids })
      .getMany();
    return users.map((u) => ({
      id: u.id,
      fullName: u.fullName,
      email: u.email,
      phone: u.phone,
      active: u.active,
      organization: {
        id: u.organization!.id,
        name: u.organization!.name,
        type: u.organization!.type,
      },
    }));
  }

  async usernameTaken(username: string): Promise<boolean> {
    return this.dataSource.getRepository(User).existsBy({ username });
  }

  async any(): Promise<boolean> {
    return (await this.dataSource.getRepository(User).count({ take: 1 })) > 0;
  }

  insert(manager: EntityManager, user: Partial<User>): Promise<User> {
    return manager.save(User, manager.create(User, user));
  }

  async update(
    manager: EntityManager,
    id: string,
    patch: Partial<Record<keyof User, unknown>>,
  ): Promise<void> {
    await manager.update(User, { id }, patch as Partial<User>);
    this.sessions.changed('user', id);
  }

  async setPendingMfa(manager: EntityManager, id: string, pending: PendingMfa): Promise<void> {
    await manager.update(User, { id }, { mfaPending: pending });
  }

  /** Moves the confirmed enrolment into place; false when it changed meanwhile. */
  async activateMfa(
    manager: EntityManager,
    id: string,
    pending: PendingMfa,
    usedStep: number | null,
  ): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(
      `UPDATE users SET mfa_enabled = true, mfa_secret = $2, recovery_code_hashes = $3,
         mfa_pending = NULL, mfa_last_step = $4, updated_at = now(), version = version + 1
       WHERE id = $1 AND NOT mfa_enabled AND mfa_pending->>'secret' = $2`,
      [id, pending.secret, pending.recoveryCodeHashes, usedStep],
    );
    this.sessions.changed('user', id);
    return result[1] === 1;
  }

  /** Records the time step of an accepted code; false if it (or a later one) was used already. */
  async acceptTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.dataSource.query<[unknown, number]>(
      `UPDATE users SET mfa_last_step = $2
       WHERE id = $1 AND (mfa_last_step IS NULL OR mfa_last_step < $2)`,
      [id, step],
    );
    return result[1] === 1;
  }

  /** Spends a recovery code; false if it is not one of the user's unused codes. */
  async useRecoveryCode(id: string, hash: string): Promise<boolean> {
    const result = await this.dataSource.query<[unknown, number]>(
      `UPDATE users SET recovery_code_hashes = array_remove(recovery_code_hashes, $2)
       WHERE id = $1 AND $2 = ANY(recovery_code_hashes)`,
      [id, hash],
    );
    return result[1] === 1;
  }

  async recordLogin(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE users SET last_login_at = now() WHERE id = $1', [id]);
  }

  /** Ordered by username; `after` is the last one served. */
  list(query: UserQuery, after: string | null): Promise<User[]> {
    const q = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.username', 'ASC')
      .take(query.limit + 1);
    if (query.organizationId) q.andWhere('u.organization_id = :organizationId', query);
    if (query.role) q.andWhere(':role = ANY(u.roles)', query);
    if (query.active !== undefined) q.andWhere('u.active = :active', query);
    if (after) q.andWhere('u.username > :after', { after });
    return q.getMany();
  }
}
