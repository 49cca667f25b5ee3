import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import { vietnamDay } from '../calendar/working-days.js';
import { AppException, type FieldError, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { ReferenceService } from '../reference/reference.service.js';
import {
  type AssessChildFriendlyDto,
  CHILD_FRIENDLY_CRITERIA,
  type ChildFriendlyCommuneDto,
  type ChildFriendlyOverviewDto,
} from './dto/child-friendly.dto.js';
import type { ProvinceYearDto } from './dto/report-calendar.dto.js';
import type { ChildFriendlyAssessment } from './entities/child-friendly-assessment.entity.js';
import { ChildFriendlyRepository } from './child-friendly.repository.js';
import { requireWholeProvince } from './province-scope.js';
import { ReportsService } from './reports.service.js';

/**
 * Communes fit for children (xã, phường phù hợp với trẻ em, Decision 06/2019/QĐ-TTg): the province
 * records, commune by commune and year, which of the standard's criteria each met and the decision
 * that recognised it, and sees how many of its communes meet the standard (the plans' target).
 */
@Injectable()
export class ChildFriendlyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: ChildFriendlyRepository,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every commune of the province for the year: the criteria it met, whether it meets the standard. */
  async overview(query: ProvinceYearDto, actor: Actor): Promise<ChildFriendlyOverviewDto> {
    requireWholeProvince(query.provinceCode, actor);
    this.reports.period(query.year);
    const [{ items: communes }, { items: criteria }, rows] = await Promise.all([
      this.areas.communes(query.provinceCode),
      this.reference.list(CHILD_FRIENDLY_CRITERIA),
      this.assessments.ofProvince(query.year, query.provinceCode, actor.scope),
    ]);
    const all = criteria.map((c) => c.code);
    const byCommune = new Map(rows.map((r) => [r.communeCode, r]));
    const items = communes.map((c) => communeDto(c.code, c.fullName, all, byCommune.get(c.code)));
    return {
      year: query.year,
      criteria: criteria.map(({ code, name }) => ({ code, name })),
      communes: items,
      counts: {
        communes: items.length,
        assessed: items.filter((i) => i.assessed).length,
        meetingStandard: items.filter((i) => i.meetsStandard).length,
        recognised: items.filter((i) => i.decisionNumber !== null).length,
      },
    };
  }

  /**
   * Records a commune's assessment for the year (audited), replacing the one before. A recognition
   * decision comes with its day, not after today, and only for a commune meeting every criterion.
   */
  async assess(
    year: number,
    communeCode: string,
    dto: AssessChildFriendlyDto,
    actor: Actor,
  ): Promise<ChildFriendlyCommuneDto> {
    const places = await this.areas.placeIndex();
    const provinceCode = places.provinceOf(communeCode);
    if (!provinceCode) throw new AppException('unknown-area', { codes: communeCode });
    requireWholeProvince(provinceCode, actor);
    this.reports.period(year);
    const criteriaMet = [...new Set(dto.criteriaMet)];
    await this.reference.requireCodes(CHILD_FRIENDLY_CRITERIA, criteriaMet);
    const all = (await this.reference.list(CHILD_FRIENDLY_CRITERIA)).items.map((c) => c.code);
    const errors: FieldError[] = [];
    if (!dto.decisionNumber !== !dto.decidedOn) {
      const missing = dto.decisionNumber ? 'decidedOn' : 'decisionNumber';
      errors.push(fieldError(missing, 'child-friendly:decision', `${missing} is missing`));
    }
    if (dto.decisionNumber && all.some((code) => !criteriaMet.includes(code))) {
      errors.push(
        fieldError('decisionNumber', 'child-friendly:not-met', 'not every criterion is met'),
      );
    }
    if (dto.decidedOn && dto.decidedOn > vietnamDay(this.clock.now())) {
      errors.push(fieldError('decidedOn', 'child-friendly:future', 'decidedOn is after today'));
    }
    if (errors.length > 0) throw new AppException('invalid-child-friendly', {}, errors);
    const row = {
      year,
      communeCode,
      provinceCode,
      criteriaMet: all.filter((code) => criteriaMet.includes(code)),
      decisionNumber: dto.decisionNumber ?? null,
      decidedOn: dto.decidedOn ?? null,
      assessedBy: actor.id,
      assessedByName: actor.fullName ?? actor.name,
    };
    await this.dataSource.transaction(async (tx) => {
      await this.assessments.save(tx, row);
      await this.audit.record(
        {
          actor,
          action: 'report.child_friendly_assessed',
          entity: { type: 'child_friendly_assessment', id: `${year}.${communeCode}` },
          area: { provinceCode, communeCode },
          details: {
            year,
            criteriaMet: row.criteriaMet,
            decisionNumber: row.decisionNumber,
            decidedOn: row.decidedOn,
          },
        },
        tx,
      );
    });
    const [commune] = await this.areas.requireCodes([communeCode]);
    return communeDto(communeCode, commune.fullName, all, row);
  }
}

function communeDto(
  code: string,
  name: string,
  criteria: string[],
  row: Omit<ChildFriendlyAssessment, 'updatedAt'> | undefined,
): ChildFriendlyCommuneDto {
  const met = row?.criteriaMet ?? [];
  return {
    code,
    name,
    assessed: row !== undefined,
    criteriaMet: met,
    meetsStandard: criteria.length > 0 && criteria.every((c) => met.includes(c)),
    decisionNumber: row?.decisionNumber ?? null,
    decidedOn: row?.decidedOn ?? null,
    assessedByName: row?.assessedByName ?? null,
  };
}
