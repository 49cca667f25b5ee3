import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AreasService } from '../areas/areas.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor, AreaScope } from '../access/actor.js';
import { inScope } from '../access/scope.js';
import { vietnamDay } from '../calendar/working-days.js';
import { AppException } from '../common/app.exception.js';
import { getOr } from '../common/collections.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { ReferralStatisticsService } from '../referrals/referral-statistics.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ChildExportService } from '../children/child-export.service.js';
import { ChildrenService } from '../children/children.service.js';
import type { ChildDto, ChildFilterQuery } from '../children/dto/child.dto.js';
import type { Page } from '../common/pagination.js';
import type {
  ActionList,
  ActionListQuery,
  DashboardDto,
  IndicatorsQuery,
  ReportAreaQuery,
} from './dto/report.dto.js';
import type { IndicatorReport, Labels } from './report-workbook.js';
import type { ReportRefresh } from './entities/report-cells.entity.js';
import {
  type Cell,
  evaluate,
  hiddenAreas,
  type IndicatorDefinition,
  noCells,
  noSuppression,
  ratio,
  type Source,
  type Suppress,
  suppressUnder,
  total,
  withheld,
} from './indicators.js';
import { type ReportPeriod, ReportsRepository } from './reports.repository.js';
import { type ReportTerm, termEnd } from './report-term.js';
import { SUPPORT_BY_CASE } from './reports.messages.js';
import { TARGETS } from './targets.js';

/** An area figures are asked for, resolved against the caller's scope. */
export interface ResolvedArea {
  scope: AreaScope;
  /** How the `area` breakdown goes: by province (several provinces) or by commune. */
  by: 'province' | 'commune';
  provinceCode: string | null;
  communeCode: string | null;
}

/** The precomputed figures of a year for an area, ready to evaluate. */
export interface Figures {
  period: ReportPeriod;
  refresh: ReportRefresh;
  cells: Record<Source, Cell[]>;
}

/**
 * Statistics over the registry and the cases: indicators evaluated over precomputed cells (rebuilt
 * by a scheduled job, after imports, and on first use for a year), the dashboard, and suppression
 * of small counts for those who may see aggregates only.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly areas: AreasService,
    private readonly referrals: ReferralStatisticsService,
    private readonly children: ChildrenService,
    private readonly exports: ChildExportService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * A term's span and the day its figures are as of (its last day, or today before it); a year
   * not begun is refused.
   */
  period(year?: number, term: ReportTerm = 'annual'): ReportPeriod {
    const now = this.clock.now();
    const today = vietnamDay(now);
    const current = Number(today.slice(0, 4));
    const chosen = year ?? current;
    if (chosen > current) throw new AppException('report-year', { year: chosen });
    const end = termEnd(chosen, term);
    const asOf = today < end ? today : end;
    const until = new Date(`${asOf}T23:59:59.999+07:00`);
    return {
      year: chosen,
      term,
      asOf,
      from: new Date(`${chosen}-01-01T00:00:00+07:00`),
      until,
      at: asOf === today ? now : until,
    };
  }

  /** Rebuilds a term's cells (this year's when none is given), unless those there are `fresh`. */
  refresh(
    year?: number,
    term: ReportTerm = 'annual',
    fresh?: (existing: ReportRefresh) => boolean,
  ): Promise<ReportRefresh> {
    return this.reports.refresh(this.period(year, term), () => this.clock.now(), fresh);
  }

  /**
   * The area a request names, within the caller's areas: a commune, a province (or the caller's
   * communes in it), or by default everything the caller covers. 403 outside them.
   */
  async area(query: ReportAreaQuery, actor: Actor): Promise<ResolvedArea> {
    const places = await this.areas.placeIndex();
    const { provinceCode, communeCode } = query;
    if (communeCode) {
      const province = places.provinceOf(communeCode);
      if (!province) throw new AppException('unknown-area', { codes: communeCode });
      if (provinceCode && provinceCode !== province) {
        throw new AppException('commune-not-in-province', { communeCode, provinceCode });
      }
      if (!inScope(actor.scope, province, communeCode)) {
        throw new AppException('report-area-out-of-scope', { code: communeCode });
      }
      return {
        scope: { provinces: [], communes: [communeCode] },
        by: 'commune',
        provinceCode: province,
        communeCode,
      };
    }
    if (provinceCode) {
      await this.areas.requireCodes([provinceCode]);
      const communes = actor.scope.provinces.includes(provinceCode)
        ? []
        : actor.scope.communes.filter((code) => places.provinceOf(code) === provinceCode);
      if (!actor.scope.provinces.includes(provinceCode) && communes.length === 0) {
        throw new AppException('report-area-out-of-scope', { code: provinceCode });
      }
      return {
        scope:
          communes.length > 0
            ? { provinces: [], communes }
            : { provinces: [provinceCode], communes: [] },
        by: 'commune',
        provinceCode,
        communeCode: null,
      };
    }
    const provinces = new Set([
      ...actor.scope.provinces,
      ...actor.scope.communes.map((code) => places.provinceOf(code) ?? ''),
    ]);
    const single = provinces.size === 1 ? [...provinces][0] : null;
    return {
      scope: actor.scope,
      by: provinces.size > 1 ? 'province' : 'commune',
      provinceCode: single && actor.scope.provinces.includes(single) ? single : null,
      communeCode:
        actor.scope.provinces.length === 0 && actor.scope.communes.length === 1
          ? actor.scope.communes[0]
          : null,
    };
  }

  /**
   * A term's precomputed cells for an area. A term never computed, or one that has ended and was
   * last computed before its end, is computed now (once, however many ask at the same time); this
   * year's figures are kept fresh by the scheduled job.
   */
  async figures(
    year: number | undefined,
    area: ResolvedArea,
    sources: Source[],
    perArea = true,
    term: ReportTerm = 'annual',
  ): Promise<Figures> {
    const period = this.period(year, term);
    const finished = period.at.getTime() === period.until.getTime();
    const current = (refresh: ReportRefresh) => !finished || refresh.refreshedAt > period.until;
    let refresh = await this.reports.refreshOf(period.year, period.term);
    if (!refresh || !current(refresh)) {
      refresh = await this.reports.refresh(period, () => this.clock.now(), current);
    }
    const cells = noCells();
    await Promise.all(
      [...new Set(sources)].map(async (source) => {
        cells[source] = await this.reports.cells(source, period, area, perArea);
      }),
    );
    return { period: { ...period, asOf: refresh.asOf }, refresh, cells };
  }

  /** The provinces and communes a term's figures count children in. */
  areasWithChildren(
    year: number,
    term: ReportTerm,
  ): Promise<{ provinceCode: string; communeCode: string }[]> {
    return this.reports.areasWithChildren(year, term);
  }

  /**
   * Counts below this (from 1) are hidden from whoever may see aggregates but not the people
   * behind them; null for those who see exact figures.
   */
  smallCountsBelow(actor: Actor): number | null {
    return actor.permissions.has('reports:lists') ? null : this.config.REPORT_SUPPRESSION_THRESHOLD;
  }

  suppressionFor(actor: Actor): Suppress {
    const below = this.smallCountsBelow(actor);
    return below === null ? noSuppression : suppressUnder(below);
  }

  /** Every active indicator for a year and an area, as the caller may see it (audited). */
  async indicators(
    query: IndicatorsQuery,
    actor: Actor,
  ): Promise<IndicatorReport & { refreshedAt: Date }> {
    const area = await this.area(query, actor);
    const report = await this.indicatorReport(query.year, area, this.suppressionFor(actor));
    await this.audit.record({
      actor,
      action: 'report.indicators_read',
      details: { year: report.year, format: query.format ?? 'json', ...area },
    });
    return report;
  }

  /**
   * The indicators of an area for a term (the year by default), overall and for each area under
   * it, with the names to print.
   */
  async indicatorReport(
    year: number | undefined,
    area: ResolvedArea,
    suppress: Suppress,
    term: ReportTerm = 'annual',
  ): Promise<IndicatorReport & { refreshedAt: Date }> {
    const definitions: IndicatorDefinition[] = await this.reports.definitions();
    const figures = await this.figures(
      year,
      area,
      definitions.map((d) => d.source),
      true,
      term,
    );
    // Each area evaluated over its own cells only: a province has hundreds of communes.
    const own = new Map<string, Record<Source, Cell[]>>();
    for (const source of Object.keys(figures.cells) as Source[]) {
      for (const cell of figures.cells[source]) {
        if (cell.area === null) continue;
        const cells = getOr(own, cell.area, noCells);
        cells[source].push(cell);
      }
    }
    const evaluateAll = (code: string | null) => {
      const cells = code === null ? figures.cells : own.get(code)!;
      return definitions.map((d) => evaluate(d, cells[d.source], suppress, code));
    };
    const labels = await this.labels(area);
    // An area hidden in a breakdown by area is hidden in its own row too.
    const hidden = definitions.map((d) => hiddenAreas(d, figures.cells[d.source], suppress));
    // A commune's report has no rows below it.
    const areas = [...labels.area.keys()]
      .filter((code) => own.has(code) && !area.communeCode)
      .map((code) => ({
        code,
        name: labels.area.get(code)!,
        items: evaluateAll(code).map((item, i) => (hidden[i].has(code) ? withheld(item) : item)),
      }));
    return {
      title: 'Báo cáo chỉ tiêu thống kê về trẻ em (Thông tư 13/2021/TT-BLĐTBXH)',
      ...(await this.areaNames(area)),
      year: figures.period.year,
      term: figures.period.term,
      asOf: figures.period.asOf,
      items: evaluateAll(null),
      areas,
      labels,
      suppressed: suppress !== noSuppression,
      refreshedAt: figures.refresh.refreshedAt,
    };
  }

  /** The names of each breakdown's codes, in the reference lists' order. */
  private async labels(area: ResolvedArea): Promise<Labels> {
    const list = async (...names: string[]) => {
      const entries: [string, string][] = [];
      for (const name of names) {
        for (const [code, item] of await this.reference.codes(name))
          entries.push([code, item.name]);
      }
      return new Map(entries);
    };
    const units =
      area.by === 'province'
        ? (await this.areas.provinces()).items
        : area.provinceCode
          ? (await this.areas.communes(area.provinceCode)).items
          : await this.areas.requireCodes(area.scope.communes);
    return {
      sex: new Map([
        ['male', 'Nam'],
        ['female', 'Nữ'],
        ['unknown', 'Chưa xác định'],
      ]),
      ageGroup: await list('age-groups'),
      area: new Map(units.map((unit) => [unit.code, unit.fullName])),
      group: await list('special-circumstances', 'risk-factors'),
      support: new Map([...(await list('support-kinds')), ['case', SUPPORT_BY_CASE]]),
      injury: await list('injury-kinds'),
      form: await list('abuse-forms'),
      setting: new Map([...(await list('abuse-settings')), ['unspecified', 'Chưa xác định']]),
      violator: new Map([
        ['individual', 'Cá nhân'],
        ['organization', 'Tổ chức'],
      ]),
      relationship: await list('abuser-relationships'),
    };
  }

  /** "Phường Ba Đình" and "Ba Đình" (as a document's place), or the caller's areas. */
  private async areaNames(area: ResolvedArea): Promise<{ areaName: string; placeName: string }> {
    const code = area.communeCode ?? area.provinceCode;
    if (!code) return { areaName: 'Các địa bàn được phân công', placeName: 'Việt Nam' };
    const [unit] = await this.areas.requireCodes([code]);
    return { areaName: unit.fullName, placeName: unit.name };
  }

  /** A list for action: the registry's own list (audited there). */
  async actionList(
    list: ActionList,
    query: ActionListQuery,
    actor: Actor,
  ): Promise<Page<ChildDto>> {
    const filter = await this.actionListFilter(list, query, actor);
    return this.children.list({ ...filter, limit: query.limit, cursor: query.cursor }, actor);
  }

  /** A list for action as the registry's export (audited there), to the stream `open` gives. */
  async exportActionList(
    list: ActionList,
    query: ActionListQuery,
    actor: Actor,
    open: () => Writable,
  ): Promise<number> {
    return this.exports.export(await this.actionListFilter(list, query, actor), actor, open);
  }

  /**
   * A list for action as the children registry's filter, in an area of the caller's: children
   * under 16 in special circumstances (or one group), injured in accidents, at risk of dropping
   * out; or the children of the year's intervention-level cases.
   */
  private async actionListFilter(
    list: ActionList,
    query: ActionListQuery,
    actor: Actor,
  ): Promise<ChildFilterQuery> {
    // A list is personal data: exporting it is exporting children, naming the abused is reading cases.
    if (query.format === 'xlsx' && !actor.permissions.has('children:export')) {
      throw new AppException('forbidden');
    }
    if (list === 'abused' && !actor.permissions.has('cases:read')) {
      throw new AppException('forbidden');
    }
    const area = await this.area(query, actor);
    const children: ChildFilterQuery = {
      provinceCode: query.communeCode ? undefined : query.provinceCode,
      communeCode: query.communeCode,
      ageTo: 15,
    };
    switch (list) {
      case 'special-circumstances':
        return query.group
          ? { ...children, specialCircumstance: query.group }
          : { ...children, inSpecialCircumstances: true };
      case 'injured-in-accidents':
        // Injured this year (the accidents register), wherever they live in the areas.
        return {
          ...children,
          ids: await this.reports.injuredChildIds(this.period(query.year), area.scope),
        };
      case 'at-risk-of-dropout':
        return { ...children, riskFactor: 'risk_of_dropout' };
      case 'abused':
        // Chosen by the cases' areas, as the indicator counts them, wherever the children live.
        return { ids: await this.reports.abusedChildIds(this.period(query.year), area.scope) };
    }
  }

  /** The seeds' targets beside the data, open cases and referrals: for an area, this year. */
  async dashboard(query: ReportAreaQuery, actor: Actor): Promise<DashboardDto> {
    const area = await this.area(query, actor);
    const now = this.clock.now();
    const year = Number(vietnamDay(now).slice(0, 4));
    const [figures, cases, referrals] = await Promise.all([
      this.figures(year, area, ['children', 'abuse'], false),
      this.reports.caseFigures(area.scope, now, this.period(year).from),
      this.referrals.figures(
        {
          provinceCode: area.communeCode ? undefined : (area.provinceCode ?? undefined),
          communeCode: area.communeCode ?? undefined,
          from: `${year}-01-01`,
        },
        actor,
      ),
    ]);
    const suppress = this.suppressionFor(actor);
    const { children, abuse } = figures.cells;
    const count = (cells: Cell[], source: Source, where: object) =>
      suppress(total(cells, source, where));
    const population = count(children, 'children', { kind: 'all' });
    const special = count(children, 'children', { kind: 'special' });
    const supported = count(children, 'children', { kind: 'special', supported: true });
    const abused = count(abuse, 'abuse', {});
    const onTime = count(abuse, 'abuse', { onTime: true });

    const byStatus: Record<string, number> = {};
    const byLevel: Record<string, number> = {};
    for (const row of cases.byStatusAndLevel) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count;
      byLevel[row.level] = (byLevel[row.level] ?? 0) + row.count;
    }
    const hide = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, suppress(n)]));
    const referralStatus: Record<string, number> = {};
    for (const row of referrals.byAgencyType) {
      for (const [status, n] of Object.entries(row.byStatus)) {
        referralStatus[status] = (referralStatus[status] ?? 0) + n;
      }
    }
    // A timing taken over a hidden number of referrals is hidden with it.
    const hours = (step: { count: number; medianHours: number | null }) =>
      suppress(step.count) === null ? null : step.medianHours;
    const agency = (row: (typeof referrals.byAgencyType)[number]) => ({
      total: suppress(row.total),
      byStatus: hide(row.byStatus),
      medianHoursToAcknowledge: hours(row.toAcknowledge),
      medianHoursToAccept: hours(row.toAccept),
      medianHoursToComplete: hours(row.toComplete),
      overdueShare: suppress(row.total) === null ? null : row.overdueShare,
    });
    return {
      asOf: figures.refresh.refreshedAt.toISOString(),
      year,
      children: {
        total: population,
        inSpecialCircumstances: special,
        specialCircumstanceRate: ratio(special, population),
        supported,
        supportedRate: ratio(supported, special),
      },
      abuse: {
        children: abused,
        intervenedOnTime: onTime,
        intervenedOnTimeRate: ratio(onTime, abused),
      },
      cases: {
        open: suppress(cases.byStatusAndLevel.reduce((sum, row) => sum + row.count, 0)),
        byStatus: hide(byStatus),
        byLevel: hide(byLevel),
        overdue: suppress(cases.overdue),
        closedThisYear: suppress(cases.closed),
      },
      referrals: {
        byStatus: hide(referralStatus),
        byAgencyType: Object.fromEntries(
          referrals.byAgencyType.map((row) => [row.agencyType!, agency(row)]),
        ),
      },
      targets: TARGETS,
      smallCountsBelow: this.smallCountsBelow(actor),
    };
  }
}
