/** The referral figures for reports: per receiving organisation and agency type. */
import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { getOr } from '../common/collections.js';
import { Clock } from '../common/clock.js';
import type {
  FiguresQuery,
  ReferralFiguresDto,
  ReferralFiguresRowDto,
} from './dto/referral.dto.js';
import { REFERRAL_STATUSES } from './referral-workflow.js';
import { ReferralStatisticsRepository } from './referral-statistics.repository.js';

/** How the referrals of the caller's areas went: read by the figures route and the dashboard. */
@Injectable()
export class ReferralStatisticsService {
  constructor(
    private readonly statistics: ReferralStatisticsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Counts by status, time to each step (median, 90th percentile) and the late share. */
  async figures(query: FiguresQuery, actor: Actor): Promise<ReferralFiguresDto> {
    const now = this.clock.now();
    const filter = { ...query, scope: actor.scope, now };
    const [counts, durations] = await Promise.all([
      this.statistics.figures(filter),
      this.statistics.durations(filter),
    ]);
    const blank = (): ReferralFiguresRowDto => ({
      total: 0,
      byStatus: Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as never,
      toAcknowledge: { count: 0, medianHours: null, p90Hours: null },
      toAccept: { count: 0, medianHours: null, p90Hours: null },
      toComplete: { count: 0, medianHours: null, p90Hours: null },
      overdue: 0,
      overdueShare: 0,
    });
    const byOrganization = new Map<string, ReferralFiguresRowDto>();
    const byType = new Map<string, ReferralFiguresRowDto>();
    for (const row of counts) {
      const organization = {
        id: row.organization_id,
        name: row.organization_name,
        type: row.organization_type,
      };
      for (const target of [
        getOr(byOrganization, row.organization_id, () => ({ organization, ...blank() })),
        getOr(byType, row.organization_type, () => ({
          agencyType: row.organization_type,
          ...blank(),
        })),
      ]) {
        target.total += Number(row.count);
        target.byStatus[row.status as keyof ReferralFiguresRowDto['byStatus']] += Number(row.count);
        target.overdue += Number(row.late);
      }
    }
    const field = {
      acknowledge: 'toAcknowledge',
      accept: 'toAccept',
      complete: 'toComplete',
    } as const;
    for (const row of durations) {
      const target = row.organization_id
        ? byOrganization.get(row.organization_id)
        : byType.get(row.organization_type);
      if (!target) continue;
      target[field[row.step]] = {
        count: Number(row.count),
        medianHours: round(row.median),
        p90Hours: round(row.p90),
      };
    }
    for (const target of [...byOrganization.values(), ...byType.values()]) {
      target.overdueShare = target.total > 0 ? round(target.overdue / target.total, 4)! : 0;
    }
    await this.audit.record({ actor, action: 'referral.figures_read', details: { ...query } });
    return {
      asOf: now.toISOString(),
      byOrganization: [...byOrganization.values()],
      byAgencyType: [...byType.values()],
    };
  }
}

function round(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(Number(value) * factor) / factor;
}
