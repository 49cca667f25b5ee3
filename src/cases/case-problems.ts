import { AppException, fieldError } from '../common/app.exception.js';
import {
  ActionNotAllowed,
  allowedActions,
  type CaseAction,
  LevelRuleBroken,
  RuleNotMet,
} from './case-workflow.js';
import type { Case } from './entities/case.entity.js';

/*
 * The problems a case's step answers with when the workflow's rules refuse it, and the field
 * errors of its input: shared by the services of the cases module.
 */

export function notAllowed(error: ActionNotAllowed): AppException {
  return new AppException('action-not-allowed', {
    status: error.status,
    action: error.action,
    allowed: error.allowed.join(', ') || '—',
  });
}

export function levelRuleBroken(error: LevelRuleBroken): AppException {
  return new AppException(
    error.rule,
    {
      action: error.action,
      from: error.from ?? '—',
      to: error.to ?? '—',
      allowed: error.allowed.join(', ') || '—',
    },
    error.rule === 'level-reason'
      ? [fieldError('levelReason', 'case:level-reason', 'the reason the level changes')]
      : [],
  );
}

export function ruleNotMet(error: RuleNotMet): AppException {
  return new AppException(
    error.rule,
    {},
    error.unmet.map((criterion) =>
      fieldError(`criteria.${criterion}`, 'case:criterion-not-met', `${criterion} is not met`),
    ),
  );
}

export function notAllowedUnless(kase: Case, action: CaseAction): void {
  const allowed = allowedActions(kase);
  if (!allowed.includes(action)) {
    throw notAllowed(new ActionNotAllowed(kase.status, action, allowed));
  }
}

export function invalid(field: string, constraint: string, message: string): AppException {
  return new AppException('invalid-case', {}, [fieldError(field, constraint, message)]);
}
