import { Injectable, Logger } from '@nestjs/common';
import { whileLocked } from '../database/session-lock.js';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { hashPassword, passwordProblem } from './password.js';
import type { Role } from '../access/permissions.js';
import { AppException } from '../common/app.exception.js';
import { changes, givenFields } from '../common/changes.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import { AppConfig } from '../config/app-config.js';
import type { Organization } from '../organizations/entities/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { type CreateUserDto, type UpdateUserDto, UserDto, type UserQuery } from './dto/user.dto.js';
import type { PendingMfa, User } from './entities/user.entity.js';
import { type UserContact, UsersRepository } from './users.repository.js';

/** A user with their organisation; `active` only when both are. */
export interface UserProfile {
  user: User;
  organization: Organization;
  active: boolean;
}

/** Serialises the first-start check across processes. */
const FIRST_ADMIN_LOCK = 0x61646d6e; // 'admn'

const PASSWORD_MESSAGES = {
  'too-short': 'must be at least 10 characters long',
  'too-long': 'must be at most 128 characters long',
  common: 'is too common',
  'contains-username': 'must not contain the username',
} as const;

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsService,
    private readonly areas: AreasService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateUserDto, actor: Actor | null): Promise<UserDto> {
    const organization = await this.organizations.require(dto.organizationId);
    const areaCodes = dto.areaCodes ?? [];
    await this.checkAssignment(organization, dto.roles, areaCodes);
    checkPassword(dto.password, dto.username);
    if (await this.users.usernameTaken(dto.username)) {
      throw new AppException('username-taken', { username: dto.username });
    }
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (tx) => {
      const user = await this.users.insert(tx, {
        username: dto.username,
        fullName: dto.fullName,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
        organizationId: organization.id,
        roles: dto.roles,
        areaCodes,
        passwordHash,
        credentialsChangedAt: new Date(),
      });
      await this.audit.record(
        {
          actor,
          action: 'user.created',
          entity: { type: 'user', id: user.id },
          area: { provinceCode: organization.provinceCode, communeCode: organization.communeCode },
          details: {
            username: user.username,
            roles: user.roles,
            areaCodes,
            organizationId: organization.id,
          },
        },
        tx,
      );
      return UserDto.from(user);
    });
  }

  /**
   * Changes roles, areas, status or password. Nobody changes their own roles, areas or status
   * (no self-escalation, no locking oneself out); a new password, a deactivation or an MFA reset
   * ends the user's sessions, because every request re-reads the account.
   */
  async update(id: string, dto: UpdateUserDto, actor: Actor): Promise<UserDto> {
    const user = await this.users.byId(id);
    if (!user) throw new AppException('not-found');
    const { password, resetMfa, ...fields } = givenFields(dto);
    if (id === actor.id && (fields.roles || fields.areaCodes || fields.active !== undefined)) {
      throw new AppException('own-account');
    }
    if (fields.roles || fields.areaCodes) {
      await this.checkAssignment(
        user.organization!,
        fields.roles ?? user.roles,
        fields.areaCodes ?? user.areaCodes,
      );
    }
    const patch: Partial<Record<keyof User, unknown>> = { ...fields };
    if (password !== undefined) {
      checkPassword(password, user.username);
      patch.passwordHash = await hashPassword(password);
      patch.credentialsChangedAt = () => 'now()';
    }
    if (resetMfa)
      Object.assign(patch, {
        mfaEnabled: false,
        mfaSecret: null,
        recoveryCodeHashes: [],
        mfaPending: null,
        mfaLastStep: null,
        credentialsChangedAt: () => 'now()',
      });
    return this.dataSource.transaction(async (tx) => {
      await this.users.update(tx, id, patch);
      await this.audit.record(
        {
          actor,
          action: 'user.updated',
          entity: { type: 'user', id },
          area: {
            provinceCode: user.organization!.provinceCode,
            communeCode: user.organization!.communeCode,
          },
          details: {
            changes: changes(user, fields),
            ...(password !== undefined ? { passwordReset: true } : {}),
            ...(resetMfa ? { mfaReset: true } : {}),
          },
        },
        tx,
      );
      return UserDto.from({ ...user, ...fields, mfaEnabled: resetMfa ? false : user.mfaEnabled });
    });
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.byId(id);
    if (!user) throw new AppException('not-found');
    return UserDto.from(user);
  }

  async list(query: UserQuery): Promise<Page<UserDto>> {
    const after = decodeCursor(query.cursor, ['text']);
    const rows = await this.users.list(query, after?.[0] ?? null);
    return toPage(rows, query.limit, (u) => [u.username], UserDto.from);
  }

  /** Who holds a role in a commune (the workers a case can be assigned to, its approvers). */
  withRoleIn(
    role: Role,
    place: { provinceCode: string; communeCode: string },
    userId?: string,
    manager?: EntityManager,
  ): Promise<{ id: string; fullName: string }[]> {
    return this.users.withRoleIn(role, place, userId, manager);
  }

  /** The active staff with `role` of these organisations (a receiving agency's queue). */
  inOrganizations(
    role: Role,
    organizationIds: string[],
    manager?: EntityManager,
  ): Promise<{ id: string }[]> {
    return this.users.inOrganizations(role, organizationIds, manager);
  }

  /** Name, organisation, email and phone of each user (for the people a referral names). */
  contacts(ids: string[]): Promise<UserContact[]> {
    return this.users.contacts([...new Set(ids)]);
  }

  /** For sign-in: the account by username, active or not. */
  async loginProfile(username: string): Promise<UserProfile | null> {
    return profileOf(await this.users.byUsername(username));
  }

  /** The account, only while it and its organisation are active. */
  async activeProfile(id: string): Promise<UserProfile | null> {
    return this.activeProfileOf(await this.users.byId(id));
  }

  /** The same, of an account read with its organisation (a session's, say). */
  activeProfileOf(user: User | null | undefined): UserProfile | null {
    const profile = profileOf(user ?? null);
    return profile?.active ? profile : null;
  }

  /** The user's own new password; sessions opened before it end. */
  async setPassword(manager: EntityManager, user: User, password: string): Promise<void> {
    checkPassword(password, user.username);
    await this.users.update(manager, user.id, {
      passwordHash: await hashPassword(password),
      credentialsChangedAt: () => 'now()',
    });
  }

  setPendingMfa(manager: EntityManager, id: string, pending: PendingMfa): Promise<void> {
    return this.users.setPendingMfa(manager, id, pending);
  }

  /** `usedStep`: the time step of the code that confirmed it, never accepted again. */
  async activateMfa(
    manager: EntityManager,
    id: string,
    pending: PendingMfa,
    usedStep: number | null,
  ): Promise<void> {
    if (!(await this.users.activateMfa(manager, id, pending, usedStep))) {
      throw new AppException('mfa-not-started');
    }
  }

  acceptTotpStep(id: string, step: number): Promise<boolean> {
    return this.users.acceptTotpStep(id, step);
  }

  useRecoveryCode(id: string, hash: string): Promise<boolean> {
    return this.users.useRecoveryCode(id, hash);
  }

  recordLogin(manager: EntityManager, id: string): Promise<void> {
    return this.users.recordLogin(manager, id);
  }

  /**
   * The first start: with no user at all, creates the system administrator named by
   * ADMIN_USERNAME / ADMIN_PASSWORD, in an organisation of its own. Runs on every start of an
   * API process; an advisory lock makes concurrent starts create it once.
   */
  async ensureFirstAdmin(config: AppConfig): Promise<void> {
    const { ADMIN_USERNAME: username, ADMIN_PASSWORD: password } = config;
    await whileLocked(this.dataSource, FIRST_ADMIN_LOCK, async () => {
      if (await this.users.any()) return;
      if (!username || !password) {
        this.logger.warn(
          'No user exists: set ADMIN_USERNAME and ADMIN_PASSWORD to create the first administrator',
        );
        return;
      }
      const problem = passwordProblem(password, username);
      if (problem) throw new Error(`ADMIN_PASSWORD ${PASSWORD_MESSAGES[problem]}`);
      const organization = await this.organizations.create(
        {
          name: 'Quản trị hệ thống',
          type: 'provincial_department',
          provinceCode: config.ADMIN_PROVINCE_CODE,
        },
        null,
      );
      await this.create(
        {
          username,
          password,
          fullName: 'Quản trị hệ thống',
          organizationId: organization.id,
          roles: ['system_admin'],
        },
        null,
      );
      this.logger.log(`Created the first administrator, ${username}`);
    });
  }

  /**
   * Roles and areas fit together: system_admin stands alone (it must never carry access to
   * children), and a user works only inside their organisation's province, except at a national
   * body (a ministry), whose staff may cover any province.
   */
  private async checkAssignment(
    organization: Organization,
    roles: Role[],
    areaCodes: string[],
  ): Promise<void> {
    if (roles.includes('system_admin') && roles.length > 1)
      throw new AppException('role-combination');
    if (areaCodes.length === 0) return;
    const areas = await this.areas.requireCodes(areaCodes);
    if (organization.type === 'ministry') return;
    const outside = areas.filter((a) => (a.provinceCode ?? a.code) !== organization.provinceCode);
    if (outside.length > 0) {
      throw new AppException('area-outside-organization', {
        codes: outside.map((a) => a.code).join(', '),
        provinceCode: organization.provinceCode,
      });
    }
  }
}

function profileOf(user: User | null): UserProfile | null {
  if (!user?.organization) return null;
  return { user, organization: user.organization, active: user.active && user.organization.active };
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw new AppException('weak-password', {}, [
      {
        field: 'password',
        constraint: `password:${problem}`,
        message: `The password ${PASSWORD_MESSAGES[problem]}`,
      },
    ]);
  }
}
