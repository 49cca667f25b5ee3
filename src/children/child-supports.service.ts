import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { AppException, fieldError, type FieldError } from '../common/app.exception.js';
import { isCalendarDate } from '../common/fields.js';
import { ReferenceService } from '../reference/reference.service.js';
import { type AnnexKind, ChildAnnexesService } from './child-annexes.service.js';
import { ChildSupport } from './entities/child-support.entity.js';
import { ChildSupportDto, type CreateChildSupportDto } from './dto/child-support.dto.js';

export const SUPPORT_KINDS = 'support-kinds';

/** How the support is kept beside the record, listed latest first. */
export const SUPPORTS: AnnexKind<ChildSupport> = {
  target: ChildSupport,
  order: [
    ['starts_on', 'DESC'],
    ['created_at', 'DESC'],
  ],
  actions: {
    read: 'child.supports_read',
    added: 'child.support_recorded',
    removed: 'child.support_removed',
  },
  details: (s) => ({ supportId: s.id, kind: s.kind, startsOn: s.startsOn }),
};

/**
 * The help a child receives (issue 26), recorded on the child's record by the commune: kept with
 * the record that stands (a merged record's support with its survivor's), every change audited.
 */
@Injectable()
export class ChildSupportsService {
  constructor(
    private readonly annexes: ChildAnnexesService,
    private readonly reference: ReferenceService,
  ) {}

  /** The child's support, the latest first (the read is audited). */
  async list(id: string, actor: Actor): Promise<ChildSupportDto[]> {
    const [supports, kinds] = await Promise.all([
      this.annexes.list(SUPPORTS, id, actor),
      this.reference.codes(SUPPORT_KINDS),
    ]);
    return supports.map((s) => ChildSupportDto.from(s, kinds.get(s.kind)?.name ?? s.kind));
  }

  async add(id: string, dto: CreateChildSupportDto, actor: Actor): Promise<ChildSupportDto> {
    const kinds = await this.reference.codes(SUPPORT_KINDS);
    const errors = supportProblems(dto, kinds);
    if (errors.length > 0) throw new AppException('invalid-support', {}, errors);
    const support = await this.annexes.add(
      SUPPORTS,
      id,
      {
        kind: dto.kind,
        provider: dto.provider,
        providerName: dto.providerName ?? null,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn ?? null,
        amount: dto.amount ?? null,
        programme: dto.programme ?? null,
        createdBy: actor.id,
        createdByName: actor.fullName ?? actor.name,
      },
      actor,
    );
    return ChildSupportDto.from(support, kinds.get(support.kind)!.name);
  }

  /** Removes a support recorded by mistake (404 when the record has none by that id). */
  remove(id: string, supportId: string, actor: Actor): Promise<void> {
    return this.annexes.remove(SUPPORTS, id, supportId, actor);
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
