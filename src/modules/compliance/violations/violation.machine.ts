import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const VIOLATION_STATUSES = ['reported', 'under_review', 'confirmed', 'dismissed', 'rectified'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];

export const VIOLATION_EVENTS = ['report', 'review', 'confirm', 'dismiss', 'rectify'] as const;
export type ViolationEvent = (typeof VIOLATION_EVENTS)[number];

/** Who raised it: base staff, a producer, another streamer, or a checker finding. */
export const VIOLATION_SOURCES = ['staff', 'producer', 'streamer', 'checker'] as const;
export type ViolationSource = (typeof VIOLATION_SOURCES)[number];

export const VIOLATION_STATUS_LABELS: Record<ViolationStatus, string> = {
  reported: '已举报',
  under_review: '核查中',
  confirmed: '已认定',
  dismissed: '不予认定',
  rectified: '已整改',
};

export const VIOLATION_SOURCE_LABELS: Record<ViolationSource, string> = {
  staff: '基地工作人员',
  producer: '生产主体',
  streamer: '其他主播',
  checker: '合规检查发现',
};

export interface ViolationFacts {
  /** The clause named is a clause of the convention in force. */
  clauseExists: boolean;
  evidence: string | null;
  creditDeduction: number | null;
  reason: string | null;
}

const decided = (f: ViolationFacts): GuardResult => {
  if (!f.clauseExists) return { reason: 'clause_missing', message: '请写明违反的公约条款（现行公约中的条款号）' };
  if (!f.evidence?.trim()) return { reason: 'evidence_missing', message: '请写明认定所依据的证据' };
  if (!f.creditDeduction || f.creditDeduction < 1) return { reason: 'deduction_missing', message: '请填写信用扣分（1–20 分）' };
  return true;
};
const withReason = (message: string) => (f: ViolationFacts): GuardResult => (f.reason?.trim() ? true : { reason: 'reason_missing', message });

/**
 * A reported breach of the streamer convention (SPEC §2.3): reported → under_review → confirmed |
 * dismissed, confirmed → rectified. The streamer may respond while it is undecided (a field, not a
 * step). A confirmed violation names the clause, the evidence and the credit deduction; the credit
 * score that uses the deduction arrives with the matching issue.
 */
export const violationMachine = defineMachine<ViolationStatus, ViolationFacts>({
  name: 'violation',
  states: VIOLATION_STATUSES,
  initial: 'reported',
  terminal: ['dismissed', 'rectified'],
  transitions: [
    { event: 'review', from: 'reported', to: 'under_review', roles: ['base_staff', 'admin'] },
    { event: 'confirm', from: 'under_review', to: 'confirmed', roles: ['base_staff', 'admin'], guard: decided },
    { event: 'dismiss', from: ['reported', 'under_review'], to: 'dismissed', roles: ['base_staff', 'admin'], guard: withReason('请填写不予认定的理由') },
    { event: 'rectify', from: 'confirmed', to: 'rectified', roles: ['base_staff', 'admin'], guard: withReason('请填写整改情况') },
  ],
});

/** The streamer may answer (陈述、申辩) until a decision is made. */
export const canStillRespond = (status: ViolationStatus): boolean => status === 'reported' || status === 'under_review';
