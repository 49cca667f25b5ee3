import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { todayInVietnam } from '../children/age.js';
import { AppException, fieldError } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DeadlineEngine } from './deadline-engine.js';
import {
  checkExtension,
  decisionEndsAt,
  DEFAULT_LEGAL_BASES,
  IsolationRuleBroken,
} from './isolation.js';
import type {
  IsolationDecisionDto,
  IsolationEndDto,
  IsolationExtendDto,
} from './dto/isolation.dto.js';
import type { Case } from './entities/case.entity.js';
import { invalid } from './case-problems.js';
import { CaseSteps, CLOCK_SKEW_MS } from './case-steps.js';
import { CASE_NOTICES } from './cases.messages.js';

const DAY_MS = 86_400_000;

/**
 * Temporary isolation (Decree 56/2017 art. 32): the commune chair's decision, its extension and
 * its end, each a step of the case with the second factor asked by the routes.
 */
@Injectable()
export class CaseIsolation {
  constructor(
    private readonly steps: CaseSteps,
    private readonly deadlines: DeadlineEngine,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The commune chair's decision on a temporary isolation (Decree 56/2017 art. 32), with the
   * second factor: at most 15 days, for children of the case; its end is the `isolation`
   * deadline. It is the emergency step the 12 hours ask for (art. 26.3), if still owed.
   */
  decideIsolation(id: string, dto: IsolationDecisionDto, actor: Actor, ifMatch?: number) {
    const now = this.clock.now();
    const startsAt = new Date(dto.startsAt);
    const endsAt = (() => {
      try {
        return decisionEndsAt(startsAt, dto.days);
      } catch (error) {
        if (error instanceof IsolationRuleBroken) throw isolationRuleBroken(error);
        throw error;
      }
    })();
    if (dto.decidedOn > todayInVietnam(now)) {
      throw invalid('decidedOn', 'case:decided-future', 'decidedOn is after today');
    }
    const legalBases = dto.legalBases ?? [...DEFAULT_LEGAL_BASES];
    return this.steps.act(id, actor, 'isolation', {
      ifMatch,
      content: { ...dto, legalBases },
      effects: async (tx, kase, at) => {
        if (
          startsAt.getTime() < kase.receivedAt.getTime() - CLOCK_SKEW_MS ||
          startsAt.getTime() > at.getTime() + DAY_MS
        ) {
          throw invalid(
            'startsAt',
            'case:isolation-start',
            `startsAt must be between ${kase.receivedAt.toISOString()} and 24 hours from now`,
          );
        }
        const ofCase = await this.steps.requireChildrenOfCase(
          tx,
          id,
          dto.childIds ?? [],
          (i) => `childIds.${i}`,
        );
        const childIds = dto.childIds ?? ofCase;
        const { answered } = await this.deadlines.step(
          tx,
          'case.isolation_decided',
          { caseId: id },
          at,
          { isolation: endsAt },
        );
        if (kase.assignedTo && kase.assignedTo !== actor.id) {
          await this.notifications.publish(tx, {
            key: `isolation_decided.${id}.${kase.version}`,
            userIds: [kase.assignedTo],
            occurredAt: at,
            kind: 'isolation_decided',
            entityType: 'case',
            entityId: id,
            text: CASE_NOTICES.isolationDecided(
              kase.code,
              dto.decisionNumber,
              vietnamTimeAndDate(endsAt),
            ),
            data: { caseCode: kase.code, decisionNumber: dto.decisionNumber },
          });
        }
        const decision = {
          number: dto.decisionNumber,
          decidedOn: dto.decidedOn,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          days: dto.days,
          childIds,
        };
        return {
          patch: {
            isolationStartedAt: startsAt,
            isolationEndsAt: endsAt,
            isolationEndedAt: null,
            isolationDecision: {
              number: dto.decisionNumber,
              decidedOn: dto.decidedOn,
              decidedBy: actor.id,
              childIds,
            },
          },
          answered,
          facts: { isolation: decision },
          audit: { isolation: decision },
        };
      },
    });
  }

  /**
   * The chair extends the isolation in progress, with the second factor; past 15 days in all
   * only with the legal ground and the authority that requires it (Decree 56/2017 art. 32).
   */
  extendIsolation(id: string, dto: IsolationExtendDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'isolation/extend', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        const endsAt = isolationInProgress(kase);
        const until = new Date(dto.until);
        if (until <= endsAt) {
          throw invalid(
            'until',
            'case:extension-too-short',
            `until must be after ${endsAt.toISOString()}`,
          );
        }
        const { days, pastCap } = (() => {
          try {
            return checkExtension(kase.isolationStartedAt!, { ...dto, until });
          } catch (error) {
            if (error instanceof IsolationRuleBroken) throw isolationRuleBroken(error);
            throw error;
          }
        })();
        await this.deadlines.step(tx, 'case.isolation_extended', { caseId: id }, now, {
          isolation: until,
        });
        const extension = {
          endsAt: until.toISOString(),
          previousEndsAt: endsAt.toISOString(),
          days,
          pastCap,
          ...(dto.legalGround ? { legalGround: dto.legalGround } : {}),
          ...(dto.requestingAuthority ? { requestingAuthority: dto.requestingAuthority } : {}),
        };
        return {
          patch: { isolationEndsAt: until },
          facts: { isolation: extension },
          audit: { isolation: extension },
        };
      },
    });
  }

  endIsolation(id: string, dto: IsolationEndDto, actor: Actor, ifMatch?: number) {
    return this.steps.act(id, actor, 'isolation/end', {
      ifMatch,
      content: dto,
      effects: async (tx, kase, now) => {
        isolationInProgress(kase);
        const endedAt = dto.endedAt ? new Date(dto.endedAt) : now;
        if (
          endedAt < kase.isolationStartedAt! ||
          endedAt.getTime() > now.getTime() + CLOCK_SKEW_MS
        ) {
          throw invalid(
            'endedAt',
            'case:isolation-end',
            `endedAt must be after ${kase.isolationStartedAt!.toISOString()} and not in the future`,
          );
        }
        const { answered } = await this.deadlines.step(
          tx,
          'case.isolation_ended',
          { caseId: id },
          endedAt,
        );
        return {
          patch: { isolationEndedAt: endedAt },
          answered,
          facts: { isolation: { endedAt: endedAt.toISOString() } },
        };
      },
    });
  }
}

function isolationInProgress(kase: Case): Date {
  if (!kase.isolationStartedAt || kase.isolationEndedAt) throw new AppException('no-isolation');
  return kase.isolationEndsAt!;
}

/** A rule of Decree 56/2017 art. 32 a decision or an extension breaks, named in the problem. */
function isolationRuleBroken(error: IsolationRuleBroken): AppException {
  const fields =
    error.rule === 'isolation-over-15-days'
      ? [fieldError('days', 'case:isolation-days', 'at most 15 days (Decree 56/2017 art. 32)')]
      : error.missing.map((field) =>
          fieldError(field, 'case:isolation-authority', `${field} is required past 15 days`),
        );
  return new AppException(error.rule, { days: error.days }, fields);
}
