import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

type Case = Schemas['CaseListItemDto'];
type Transfer = Schemas['TransferListItemDto'];

/** What waits for the commune chair: a plan, an isolation proposal, a closure, a transfer. */
export type ApprovalKind = 'plan' | 'isolation' | 'closure' | 'transfer';
export const APPROVAL_KINDS: readonly ApprovalKind[] = ['plan', 'isolation', 'closure', 'transfer'];

export interface ApprovalItem {
  kind: ApprovalKind;
  caseId: string;
  caseCode: string;
  /** When it arrived: the report's receipt, the plan or closure step, the transfer's request. */
  since: string;
  /** When it is due, for those the law times; null for the others. */
  dueAt: string | null;
  /** For a plan: working days left (0 on the last day, negative once late). */
  workingDaysLeft: number | null;
}

/** What the chair decides on a case itself (a transfer is decided on the transfer). */
export type CaseApprovalKind = Exclude<ApprovalKind, 'transfer'>;

/** When a decision on the case is due: its timed deadlines, as the list and the dossier show them. */
export function approvalTiming(
  kind: CaseApprovalKind,
  kase: Pick<Case, 'deadlines'>,
): Pick<ApprovalItem, 'dueAt' | 'workingDaysLeft'> {
  const { deadlines } = kase;
  if (kind === 'isolation') return { dueAt: deadlines.emergencyActionDueAt, workingDaysLeft: null };
  if (kind === 'plan') {
    return {
      dueAt: deadlines.planApprovalDueAt,
      workingDaysLeft: deadlines.planApprovalWorkingDaysLeft,
    };
  }
  return { dueAt: null, workingDaysLeft: null };
}

/** The queue's refresh: what arrives shows within half a minute. */
const REFRESH_MS = 30_000;

const PAGE = 100;

function cases(filter: { status?: Case['status']; isolationProposed?: boolean }) {
  return call(api.GET('/api/v1/cases', { params: { query: { ...filter, limit: PAGE } } }));
}

/**
 * The chair's queue, most urgent first: isolation proposals (12 hours from the report's receipt,
 * Decree 56/2017 art. 26.3), then plans by their approval's due time (working days), then
 * closures and transfers, which the law does not time, oldest first.
 */
export function useApprovalQueue() {
  return useQuery({
    queryKey: ['approvals'],
    refetchInterval: REFRESH_MS,
    queryFn: async (): Promise<ApprovalItem[]> => {
      const [plans, isolations, closures, transfers] = await Promise.all([
        cases({ status: 'plan_submitted' }),
        cases({ isolationProposed: true }),
        cases({ status: 'closure_proposed' }),
        call(
          api.GET('/api/v1/cases/transfers', {
            params: { query: { direction: 'incoming', status: 'pending', limit: PAGE } },
          }),
        ),
      ]);
      const ofCase = (kind: CaseApprovalKind, kase: Case): ApprovalItem => ({
        kind,
        caseId: kase.id,
        caseCode: kase.code,
        since: kind === 'isolation' ? kase.receivedAt : kase.updatedAt,
        ...approvalTiming(kind, kase),
      });
      const items = [
        ...isolations.items.map((c) => ofCase('isolation', c)),
        ...plans.items.map((c) => ofCase('plan', c)),
        ...closures.items.map((c) => ofCase('closure', c)),
        ...transfers.items.map((transfer: Transfer): ApprovalItem => ({
          kind: 'transfer',
          caseId: transfer.caseId,
          caseCode: transfer.caseCode,
          since: transfer.requestedAt,
          dueAt: null,
          workingDaysLeft: null,
        })),
      ];
      return items.sort(byUrgency);
    },
  });
}

/** Timed ones first, the earliest due first; then the untimed, the oldest first. */
function byUrgency(a: ApprovalItem, b: ApprovalItem): number {
  if (a.dueAt && b.dueAt) return Date.parse(a.dueAt) - Date.parse(b.dueAt);
  if (a.dueAt || b.dueAt) return a.dueAt ? -1 : 1;
  return Date.parse(a.since) - Date.parse(b.since);
}

export function isApprovalKind(value: string | undefined): value is ApprovalKind {
  return APPROVAL_KINDS.includes(value as ApprovalKind);
}
