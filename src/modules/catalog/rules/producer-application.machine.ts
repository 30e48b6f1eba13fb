import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const PRODUCER_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

export const PRODUCER_TYPES = ['farmer', 'coop', 'collective', 'enterprise', 'agent'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const PRODUCER_TYPE_LABELS: Record<ProducerType, string> = {
  farmer: '农户',
  coop: '农民专业合作社',
  collective: '村集体/强村公司',
  enterprise: '食品企业',
  agent: '代办人（代无证农户）',
};

/** Organisations registered with the market regulator hold a 统一社会信用代码; farmers and agents need not. */
export function needsCreditCode(type: ProducerType): boolean {
  return type === 'coop' || type === 'collective' || type === 'enterprise';
}

export interface ProducerFacts {
  type: ProducerType;
  hasCreditCode: boolean;
  /** Files attached as licences (营业执照 and the like). */
  licenceFileCount: number;
  documentsChecked: boolean;
  reason: string | null;
}

const complete = (f: ProducerFacts): GuardResult => {
  if (needsCreditCode(f.type) && !f.hasCreditCode) return { reason: 'credit_code_missing', message: '合作社、村集体和企业须填写统一社会信用代码' };
  if (needsCreditCode(f.type) && f.licenceFileCount === 0) return { reason: 'licence_missing', message: '请上传营业执照等证照文件后再提交' };
  return true;
};
const checked = (f: ProducerFacts): GuardResult =>
  f.documentsChecked ? true : { reason: 'documents_unchecked', message: '请先完成资料审核（勾选“资料已核对”）再通过' };
const withReason = (f: ProducerFacts): GuardResult => (f.reason?.trim() ? true : { reason: 'reason_missing', message: '驳回须填写原因' });

/** Producer onboarding: the producer (or an agent) applies, base staff review and decide. */
export const producerApplicationMachine = defineMachine<ProducerStatus, ProducerFacts>({
  name: 'producer_application',
  states: PRODUCER_STATUSES,
  initial: 'draft',
  transitions: [
    { event: 'submit', from: ['draft', 'rejected'], to: 'submitted', guard: complete },
    { event: 'approve', from: 'submitted', to: 'approved', roles: ['base_staff', 'admin'], guard: checked },
    { event: 'reject', from: 'submitted', to: 'rejected', roles: ['base_staff', 'admin'], guard: withReason },
  ],
});
