import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppException } from '../common/app.exception.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { type Actor, scopeOf } from '../access/actor.js';
import { AuthRepository, sha256 } from './auth.repository.js';
import {
  ApiKeyDto,
  type ApiKeyListDto,
  type CreateApiKeyDto,
  type CreatedApiKeyDto,
} from './dto/api-key.dto.js';
import { API_KEY_PERMISSIONS } from '../access/permissions.js';

const KEY_FORMAT = /^bvte_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** Keys for system clients: narrow permissions, scoped to their organisation's area, revocable. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthRepository,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateApiKeyDto, actor: Actor): Promise<CreatedApiKeyDto> {
    const organization = await this.organizations.require(dto.organizationId);
    const prefix = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 12);
    const secret = randomBytes(32).toString('base64url');
    const key = await this.dataSource.transaction(async (tx) => {
      const created = await this.auth.createApiKey(tx, {
        name: dto.name,
        organizationId: organization.id,
        permissions: dto.permissions,
        prefix,
        secretHash: sha256(secret),
        createdBy: actor.id,
        expiresAt: dto.expiresAt ?? null,
      });
      await this.audit.record(
        {
          actor,
          action: 'api_key.created',
          entity: { type: 'api_key', id: created.id },
          area: { provinceCode: organization.provinceCode, communeCode: organization.communeCode },
          details: {
            name: created.name,
            permissions: created.permissions,
            organizationId: organization.id,
          },
        },
        tx,
      );
      return created;
    });
    return { ...ApiKeyDto.from(key), key: `bvte_${prefix}_${secret}` };
  }

  async list(): Promise<ApiKeyListDto> {
    return { items: (await this.auth.apiKeys()).map(ApiKeyDto.from) };
  }

  async revoke(id: string, actor: Actor): Promise<void> {
    const key = await this.auth.apiKey(id);
    if (!key) throw new AppException('not-found');
    await this.dataSource.transaction(async (tx) => {
      await this.auth.revokeApiKey(tx, id);
      await this.audit.record(
        { actor, action: 'api_key.revoked', entity: { type: 'api_key', id } },
        tx,
      );
    });
  }

  /** The actor behind an `X-API-Key`, or null for an unknown, revoked or expired key. */
  async actorForKey(presented: string): Promise<Actor | null> {
    const match = KEY_FORMAT.exec(presented);
    if (!match) return null;
    const key = await this.auth.apiKeyByPrefix(match[1]);
    const organization = key?.organization;
    if (!key || !organization?.active || key.revokedAt) return null;
    if (key.expiresAt && key.expiresAt <= new Date()) return null;
    if (!timingSafeEqual(Buffer.from(sha256(match[2])), Buffer.from(key.secretHash))) return null;
    await this.auth.touchApiKey(key.id);
    const home = { provinceCode: organization.provinceCode, communeCode: organization.communeCode };
    return {
      kind: 'api_key',
      id: key.id,
      name: key.name,
      fullName: null,
      organizationId: organization.id,
      home,
      roles: [],
      // Only what a key may hold, even if the stored list were edited by hand.
      permissions: new Set(key.permissions.filter((p) => API_KEY_PERMISSIONS.includes(p))),
      scope: scopeOf([home.communeCode ?? home.provinceCode]),
      receivingPoint: null,
      sessionId: null,
      secondFactor: false,
      purpose: 'access',
    };
  }
}
