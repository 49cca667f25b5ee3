import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppException, fieldError, type FieldError } from '../common/app.exception.js';
import { isCalendarDate } from '../common/fields.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ChildSupportsRepository } from './child-supports.repository.js';
import { ChildrenService } from './children.service.js';
import { ChildSupportDto, type CreateChildSupportDto } from './dto/child-support.dto.js';

export const SUPPORT_KINDS = 'support-kinds';

/**
 * The help a child receives (issue 26), recorded on the child's record by the commune: kept with
 * the record that stands (a merged record's support with its survivor's), every change audited.
 */
@Injectable()
export class ChildSupportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ChildrenService,
    private readonly supports: ChildSupportsRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  /** The child's support, the latest first (the read is audited). */
  async list(id: string, actor: Actor): Promise<ChildSupportDto[]> {
    const child = await this.registry.standing(id, actor);
    await this.audit.record({
      actor,
      action: 'child.supports_read',
      entity: { type: 'child', id },
      area: child,
    });
    const [supports, kinds] = await Promise.all([
      this.supports.ofChildren(await this.registry.aliases(id)),
      this.reference.codes(SUPPORT_KINDS),
    ]);
    return supports.map((s) => ChildSupportDto.from(s, kinds.get(s.kind)?.name ?? s.kind));
  }

  async add(id: string, dto: CreateChildSupportDto, actor: Actor): Promise<ChildSupportDto> {
    const child = await this.registry.standing(id, actor);
    const kinds = await this.reference.codes(SUPPORT_KINDS);
    const errors = supportProblems(dto, kinds);
    if (errors.length > 0) throw new AppException('invalid-support', {}, errors);
    return this.dataSource.transaction(async (tx) => {
      const support = await this.supports.insert(tx, {
        childId: id,
        kind: dto.kind,
        provider: dto.provider,
        providerName: dto.providerName ?? null,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn ?? null,
        amount: dto.amount ?? null,
        programme: dto.programme ?? null,
        createdBy: actor.id,
        createdByName: actor.fullName ?? actor.name,
      });
      await this.audit.record(
        {
          actor,
          action: 'child.support_recorded',
          entity: { type: 'child', id },
          area: child,
          details: { supportId: support.id, kind: support.kind },
        },
        tx,
      );
      return ChildSupportDto.from(support, kinds.get(support.kind)!.name);
    });
  }

  /** Removes a support recorded by mistake (404 when the record has none by that id). */
  async remove(id: string, supportId: string, actor: Actor): Promise<void> {
    const child = await this.registry.standing(id, actor);
    const ids = await this.registry.aliases(id);
    await this.dataSource.transaction(async (tx) => {
      const support = await this.supports.lockOf(tx, ids, supportId);
      if (!support) throw new AppException('not-found');
      await this.supports.remove(tx, supportId);
      await this.audit.record(
        {
          actor,
          action: 'child.support_removed',
          entity: { type: 'child', id },
          area: child,
          details: { supportId, kind: support.kind, startsOn: support.startsOn },
        },
        tx,
      );
    });
  }
}

/** What is wrong with a support besides its fields' own form: the API's and an import row's. */
export function supportProblems(
  dto: CreateChildSupportDto,
  kinds: ReadonlyMap<string, unknown>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!kinds.has(dto.kind)) {
    errors.push(
      fieldError('kind', 'unknownCode', `not in the list ${SUPPORT_KINDS}`, [SUPPORT_KINDS]),
    );
  }
  if ((dto.provider === 'organization' || dto.provider === 'donor') && !dto.providerName) {
    errors.push(
      fieldError(
        'providerName',
        'support:provider-name',
        'providerName is required for an organisation or a donor',
      ),
    );
  }
  if (isCalendarDate(dto.startsOn) && isCalendarDate(dto.endsOn) && dto.endsOn < dto.startsOn) {
    errors.push(fieldError('endsOn', 'support:order', 'endsOn is before startsOn'));
  }
  return errors;
}
