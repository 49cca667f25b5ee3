import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { writeWorkbook } from '../children/sheet-writer.js';
import { AppException } from '../common/app.exception.js';
import {
  ProcessingActivityDto,
  REGISTER_FIELDS,
  type UpdateProcessingActivityDto,
} from './dto/processing-register.dto.js';
import { ProcessingActivity } from './entities/processing-activity.entity.js';

/**
 * The processing register (Law 91/2025): the system's processing activities as data, read and
 * edited by an administrator, and exported for the impact assessment the law requires.
 */
@Injectable()
export class ProcessingRegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ProcessingActivityDto[]> {
    return (await this.activities()).map((activity) => ProcessingActivityDto.from(activity));
  }

  async update(
    code: string,
    dto: UpdateProcessingActivityDto,
    actor: Actor,
  ): Promise<ProcessingActivityDto> {
    return this.dataSource.transaction(async (tx) => {
      const repository = tx.getRepository(ProcessingActivity);
      const before = await repository.findOneBy({ code });
      if (!before) throw new AppException('not-found');
      const changed = Object.keys(dto).filter(
        (field) => dto[field as keyof typeof dto] !== before[field as keyof ProcessingActivity],
      );
      await repository.update({ code }, { ...dto, updatedBy: actor.id });
      await this.audit.record(
        {
          actor,
          action: 'privacy.register_updated',
          entity: { type: 'processing_activity', id: code },
          details: { fields: changed },
        },
        tx,
      );
      return ProcessingActivityDto.from((await repository.findOneBy({ code }))!);
    });
  }

  /** The register as a spreadsheet, an activity a row. */
  async exportFile(actor: Actor, open: () => Writable): Promise<void> {
    const activities = await this.activities();
    await this.audit.record({ actor, action: 'privacy.register_exported' });
    await writeWorkbook(open(), [
      {
        title: 'So dang ky xu ly',
        columns: REGISTER_FIELDS.map(([key, header, width]) => ({ key, header, width })),
        rows: activities.map((activity) =>
          Object.fromEntries(REGISTER_FIELDS.map(([key]) => [key, activity[key]])),
        ),
      },
    ]);
  }

  private activities(): Promise<ProcessingActivity[]> {
    return this.dataSource
      .getRepository(ProcessingActivity)
      .find({ order: { position: 'ASC', code: 'ASC' } });
  }
}
