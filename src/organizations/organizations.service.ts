import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { AppException } from '../common/app.exception.js';
import { changes, givenFields } from '../common/changes.js';
import { decodeCursor, type Page, toPage } from '../common/pagination.js';
import {
  type CreateOrganizationDto,
  OrganizationDto,
  type OrganizationQuery,
  type UpdateOrganizationDto,
} from './dto/organization.dto.js';
import type { Organization } from './entities/organization.entity.js';
import { OrganizationsRepository } from './organizations.repository.js';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly areas: AreasService,
    private readonly audit: AuditService,
  ) {}

  /** An existing organisation named in a request body, or 422. */
  async require(id: string, manager?: EntityManager): Promise<Organization> {
    const organization = await this.organizations.byId(id, manager);
    if (!organization) throw new AppException('unknown-organization', { id });
    return organization;
  }

  /** The organisations of these ids that exist, by id (a plan's, a form's). */
  async byIds(ids: string[], manager?: EntityManager): Promise<Map<string, Organization>> {
    const found = await this.organizations.byIds([...new Set(ids)], manager);
    return new Map(found.map((organization) => [organization.id, organization]));
  }

  async get(id: string): Promise<OrganizationDto> {
    const organization = await this.organizations.byId(id);
    if (!organization) throw new AppException('not-found');
    return OrganizationDto.from(organization);
  }

  async create(dto: CreateOrganizationDto, actor: Actor | null): Promise<OrganizationDto> {
    await this.areas.requirePlace(dto.provinceCode, dto.communeCode ?? null);
    if (dto.parentId) await this.require(dto.parentId);
    return this.dataSource.transaction(async (tx) => {
      const organization = await this.organizations.insert(tx, {
        name: dto.name,
        type: dto.type,
        provinceCode: dto.provinceCode,
        communeCode: dto.communeCode ?? null,
        parentId: dto.parentId ?? null,
      });
      await this.audit.record(
        {
          actor,
          action: 'organization.created',
          entity: { type: 'organization', id: organization.id },
          area: { provinceCode: organization.provinceCode, communeCode: organization.communeCode },
          details: { name: organization.name, type: organization.type },
        },
        tx,
      );
      return OrganizationDto.from(organization);
    });
  }

  async update(id: string, dto: UpdateOrganizationDto, actor: Actor): Promise<OrganizationDto> {
    const before = await this.organizations.byId(id);
    if (!before) throw new AppException('not-found');
    return this.dataSource.transaction(async (tx) => {
      const patch = givenFields(dto);
      await this.organizations.update(tx, id, patch);
      await this.audit.record(
        {
          actor,
          action: 'organization.updated',
          entity: { type: 'organization', id },
          area: { provinceCode: before.provinceCode, communeCode: before.communeCode },
          details: { changes: changes(before, patch) },
        },
        tx,
      );
      return OrganizationDto.from({ ...before, ...patch });
    });
  }

  async list(query: OrganizationQuery): Promise<Page<OrganizationDto>> {
    const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | null;
    const rows = await this.organizations.list(query, after);
    return toPage(rows, query.limit, (o) => [o.name, o.id], OrganizationDto.from);
  }
}
