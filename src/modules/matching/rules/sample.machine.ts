import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const SAMPLE_STATUSES = ['requested', 'approved', 'declined', 'expired', 'shipped', 'received', 'evaluated', 'overdue', 'cancelled'] as const;
export type SampleStatus = (typeof SAMPLE_STATUSES)[number];
/** States in which a request is still open: it counts against the quota and blocks a second one for the product. */
export const OPEN_SAMPLE_STATUSES: readonly SampleStatus[] = ['requested', 'approved', 'shipped', 'received'];

export const SAMPLE_STATUS_LABELS: Record<SampleStatus, string> = {
  requested: '待审批',
  approved: '待寄出',
  declined: '已拒绝',
  expired: '超时未处理',
  shipped: '已寄出',
  received: '已签收',
  evaluated: '已评价',
  overdue: '逾期未评价',
  cancelled: '已取消',
};

/** The time limits of SPEC §2.2, in calendar days. */
export const SAMPLE_LIMITS = { decisionDays: 3, autoReceiveDays: 10, evaluationDays: 14 } as const;

export interface SampleFacts {
  reason: string | null;
  carrier: string | null;
  trackingNo: string | null;
  /** Every rating 1–5 and some words. */
  evaluationComplete: boolean;
}

const needs = (ok: (f: SampleFacts) => boolean, reason: string, message: string) => (f: SampleFacts): GuardResult => (ok(f) ? true : { reason, message });
const withReason = needs((f) => Boolean(f.reason?.trim()), 'reason_missing', '请填写原因');
const shippable = needs((f) => Boolean(f.carrier?.trim() && f.trackingNo?.trim()), 'tracking_missing', '请填写快递公司和运单号');
const evaluable = needs((f) => f.evaluationComplete, 'evaluation_incomplete', '请给品质、口感、包装、描述相符各打 1–5 分，并写几句评价');

/**
 * A sample request (SPEC §2.2): requested → approved | declined | expired (no decision in 3 days),
 * approved → shipped (carrier and tracking number) → received (by the streamer, or by itself 10
 * days after shipping) → evaluated, or overdue (no evaluation and no scheduled session 14 days
 * after receipt). Any open state → cancelled with a reason. "producer" is the product's owner or
 * staff over it; "streamer" is the requester; "system" is the sweep.
 */
export const sampleMachine = defineMachine<SampleStatus, SampleFacts>({
  name: 'sample_request',
  states: SAMPLE_STATUSES,
  initial: 'requested',
  terminal: ['declined', 'expired', 'evaluated', 'overdue', 'cancelled'],
  transitions: [
    { event: 'approve', from: 'requested', to: 'approved', roles: ['producer'] },
    { event: 'decline', from: 'requested', to: 'declined', roles: ['producer'], guard: withReason },
    { event: 'expire', from: 'requested', to: 'expired', roles: ['system'] },
    { event: 'ship', from: 'approved', to: 'shipped', roles: ['producer'], guard: shippable },
    { event: 'receive', from: 'shipped', to: 'received', roles: ['streamer', 'system'] },
    { event: 'evaluate', from: 'received', to: 'evaluated', roles: ['streamer'], guard: evaluable },
    { event: 'overdue', from: 'received', to: 'overdue', roles: ['system'] },
    { event: 'cancel', from: ['requested', 'approved', 'shipped', 'received'], to: 'cancelled', roles: ['streamer', 'producer'], guard: withReason },
  ],
});

const addDaysIso = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
export const decisionDueAt = (requestedAt: string) => addDaysIso(requestedAt, SAMPLE_LIMITS.decisionDays);
export const autoReceiveAt = (shippedAt: string) => addDaysIso(shippedAt, SAMPLE_LIMITS.autoReceiveDays);
export const evaluationDueAt = (receivedAt: string) => addDaysIso(receivedAt, SAMPLE_LIMITS.evaluationDays);

export interface SampleClock {
  status: SampleStatus;
  decisionDueAt: string;
  shippedAt: string | null;
  evaluationDueAt: string | null;
}

/**
 * What the sweep does to a request at `now`: the one time-driven step it is due for, or null.
 * A received sample whose streamer has a session with the product scheduled is not overdue:
 * they are about to sell it, which is what the sample was for.
 */
export function dueStep(s: SampleClock, now: string, hasScheduledSession: boolean): 'expire' | 'receive' | 'overdue' | null {
  if (s.status === 'requested' && now >= s.decisionDueAt) return 'expire';
  if (s.status === 'shipped' && s.shippedAt && now >= autoReceiveAt(s.shippedAt)) return 'receive';
  if (s.status === 'received' && s.evaluationDueAt && now >= s.evaluationDueAt && !hasScheduledSession) return 'overdue';
  return null;
}

/** Open requests a streamer may hold at once, by credit score (SPEC §2.2). */
export function sampleQuota(creditScore: number): number {
  if (creditScore >= 90) return 10;
  if (creditScore >= 80) return 5;
  if (creditScore >= 60) return 2;
  return 0;
}

/** Evaluated out of evaluated + overdue: what a producer sees before deciding (null: no closed samples yet). */
export function followThroughRate(evaluated: number, overdue: number): number | null {
  const closed = evaluated + overdue;
  return closed === 0 ? null : Math.round((evaluated / closed) * 1000) / 1000;
}
