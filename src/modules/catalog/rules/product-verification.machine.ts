import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const PRODUCT_STATUSES = ['draft', 'submitted', 'verified', 'rejected', 'suspended'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface ProductFacts {
  producerApproved: boolean;
  /** At least one batch whose evidence is valid today. */
  hasValidBatch: boolean;
  methodCount: number;
  reason: string | null;
}

const producerApproved = (f: ProductFacts): GuardResult =>
  f.producerApproved ? true : { reason: 'producer_not_approved', message: '生产主体通过审核后才能提交商品核验' };
const verifiable = (f: ProductFacts): GuardResult => {
  if (f.methodCount === 0) return { reason: 'methods_missing', message: '请至少选择一种核验方式' };
  if (!f.hasValidBatch) return { reason: 'evidence_missing', message: '该商品还没有凭证有效的批次，不能通过核验' };
  return true;
};
const withReason = (f: ProductFacts): GuardResult => (f.reason?.trim() ? true : { reason: 'reason_missing', message: '请填写原因' });

/**
 * Product verification (SPEC §2.1): draft → submitted → verified | rejected, verified → suspended
 * (quality incident) → verified. Expired evidence does not suspend: it takes the product out of
 * the pool (products.in_pool) until new evidence arrives, without a second review.
 */
export const productVerificationMachine = defineMachine<ProductStatus, ProductFacts>({
  name: 'product_verification',
  states: PRODUCT_STATUSES,
  initial: 'draft',
  transitions: [
    { event: 'submit', from: ['draft', 'rejected'], to: 'submitted', roles: ['producer', 'base_staff', 'admin'], guard: producerApproved },
    { event: 'withdraw', from: 'submitted', to: 'draft', roles: ['producer', 'base_staff', 'admin'] },
    { event: 'verify', from: 'submitted', to: 'verified', roles: ['base_staff', 'admin'], guard: verifiable },
    { event: 'reject', from: 'submitted', to: 'rejected', roles: ['base_staff', 'admin'], guard: withReason },
    { event: 'suspend', from: 'verified', to: 'suspended', roles: ['base_staff', 'admin'], guard: withReason },
    { event: 'reinstate', from: 'suspended', to: 'verified', roles: ['base_staff', 'admin'], guard: withReason },
  ],
});
