import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { AppException, fieldError, type FieldError } from '../common/app.exception.js';
import { ReferenceService } from '../reference/reference.service.js';
import { type AnnexKind, ChildAnnexesService } from './child-annexes.service.js';
import { ChildrenService } from './children.service.js';
import { ChildInjuryDto, type CreateChildInjuryDto } from './dto/child-injury.dto.js';
import { ChildInjury } from './entities/child-injury.entity.js';

export const INJURY_KINDS = 'injury-kinds';

/** How injuries are kept beside the record, the latest first. */
export const INJURIES: AnnexKind<ChildInjury> = {
  target: ChildInjury,
  order: [
    ['occurred_on', 'DESC'],
    ['created_at', 'DESC'],
  ],
  actions: {
    read: 'child.injuries_read',
    added: 'child.injury_recorded',
    removed: 'child.injury_removed',
  },
  details: (i) => ({ injuryId: i.id, kind: i.kind, occurredOn: i.occurredOn }),
};

/**
 * The accidents and injuries a child suffered (issue 26), recorded on the child's record by the
 * commune: kept with the record that stands, every change audited; counted by the statistics
 * apart from the children at risk.
 */
@Injectable()
export class ChildInjuriesService {
  constructor(
    private readonly annexes: ChildAnnexesService,
    private readonly registry: ChildrenService,
    private readonly reference: ReferenceService,
  ) {}

  /** The child's injuries, the latest first (the read is audited). */
  async list(id: string, actor: Actor): Promise<ChildInjuryDto[]> {
    const [injuries, kinds] = await Promise.all([
      this.annexes.list(INJURIES, id, actor),
      this.reference.codes(INJURY_KINDS),
    ]);
    return injuries.map((i) => ChildInjuryDto.from(i, kinds.get(i.kind)?.name ?? i.kind));
  }

  async add(id: string, dto: CreateChildInjuryDto, actor: Actor): Promise<ChildInjuryDto> {
    const kinds = await this.reference.codes(INJURY_KINDS);
    const errors: FieldError[] = [];
    if (!kinds.has(dto.kind)) {
      errors.push(
        fieldError('kind', 'unknownCode', `not in the list ${INJURY_KINDS}`, [INJURY_KINDS]),
      );
    }
    if (dto.occurredOn > this.registry.today()) {
      errors.push(fieldError('occurredOn', 'injury:future', 'occurredOn is after today'));
    }
    if (errors.length > 0) throw new AppException('invalid-injury', {}, errors);
    const injury = await this.annexes.add(
      INJURIES,
      id,
      {
        kind: dto.kind,
        occurredOn: dto.occurredOn,
        place: dto.place ?? null,
        outcome: dto.outcome,
        description: dto.description ?? null,
        createdBy: actor.id,
        createdByName: actor.fullName ?? actor.name,
      },
      actor,
    );
    return ChildInjuryDto.from(injury, kinds.get(injury.kind)!.name);
  }

  /** Removes an injury recorded by mistake (404 when the record has none by that id). */
  remove(id: string, injuryId: string, actor: Actor): Promise<void> {
    return this.annexes.remove(INJURIES, id, injuryId, actor);
  }
}
