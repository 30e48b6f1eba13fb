/**
 * When a product may be in the selection pool (SPEC §2.1). Pure: the service loads a product's
 * batches and evidence and asks.
 *
 * A batch's evidence is valid on a day when:
 * - no evidence of the batch failed (a failed inspection report spoils the batch);
 * - for edible products, it holds a 承诺达标合格证 valid that day (mandatory for edible farm
 *   products from 2026-02-01, MoA order 2025 No. 4);
 * - if it has inspection reports, at least one is valid that day (an expired report takes the
 *   product out);
 * - for non-edible products, at least one piece of evidence is valid that day.
 * A product is in the pool while it is verified and at least one batch is valid today.
 */
export const EVIDENCE_KINDS = ['compliance_certificate', 'inspection_report', 'certification'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  compliance_certificate: '承诺达标合格证',
  inspection_report: '检测报告',
  certification: '认证证书',
};

/** Bit flags stored in products.evidence_mask, so search can filter by evidence type. */
export const EVIDENCE_BITS: Record<EvidenceKind, number> = { compliance_certificate: 1, inspection_report: 2, certification: 4 };

export interface EvidenceFact {
  kind: EvidenceKind;
  result: 'pass' | 'fail';
  issuedOn: string;
  validUntil: string | null;
}

export interface BatchFacts {
  id: string;
  evidence: readonly EvidenceFact[];
}

export function evidenceValidOn(e: EvidenceFact, day: string): boolean {
  return e.result === 'pass' && e.issuedOn <= day && (e.validUntil === null || e.validUntil >= day);
}

export interface BatchValidity {
  valid: boolean;
  /** Last day the batch stays valid (null: no end), when valid. */
  validUntil: string | null;
  /** Kinds held valid that day. */
  mask: number;
  /** Why not, in Chinese, when not valid. */
  reason: string | null;
}

/** The latest end date among items (null wins: it never ends). */
function latestEnd(items: readonly EvidenceFact[]): string | null {
  let end: string | null = '';
  for (const e of items) {
    if (e.validUntil === null) return null;
    if (end !== null && e.validUntil > end) end = e.validUntil;
  }
  return end;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

export function batchValidity(batch: BatchFacts, edible: boolean, day: string): BatchValidity {
  const no = (reason: string): BatchValidity => ({ valid: false, validUntil: null, mask: 0, reason });
  if (batch.evidence.some((e) => e.result === 'fail')) return no('批次有不合格的检测结果');
  const valid = batch.evidence.filter((e) => evidenceValidOn(e, day));
  let until: string | null = null;
  const certs = valid.filter((e) => e.kind === 'compliance_certificate');
  if (edible) {
    if (certs.length === 0) return no('缺少有效的承诺达标合格证');
    until = latestEnd(certs);
  }
  const hasReports = batch.evidence.some((e) => e.kind === 'inspection_report');
  if (hasReports) {
    const reports = valid.filter((e) => e.kind === 'inspection_report');
    if (reports.length === 0) {
      const pending = batch.evidence.some((e) => e.kind === 'inspection_report' && e.issuedOn > day);
      return no(pending ? '检测报告尚未到出具日期' : '检测报告已过有效期');
    }
    until = edible ? earlier(until, latestEnd(reports)) : latestEnd(reports);
  }
  if (!edible && !hasReports) {
    if (valid.length === 0) return no('没有有效的凭证');
    until = latestEnd(valid);
  }
  let mask = 0;
  for (const e of valid) mask |= EVIDENCE_BITS[e.kind];
  return { valid: true, validUntil: until, mask, reason: null };
}

export interface PoolStanding {
  inPool: boolean;
  /** Last day in the pool on current evidence (null: no end, or not in the pool). */
  validUntil: string | null;
  /** Valid evidence kinds over valid batches. */
  evidenceMask: number;
  validBatchIds: string[];
}

export function poolStanding(input: { verified: boolean; edible: boolean; batches: readonly BatchFacts[]; today: string }): PoolStanding {
  let mask = 0;
  let until: string | null = '';
  const validBatchIds: string[] = [];
  for (const b of input.batches) {
    const v = batchValidity(b, input.edible, input.today);
    if (!v.valid) continue;
    validBatchIds.push(b.id);
    mask |= v.mask;
    if (v.validUntil === null) until = null;
    else if (until !== null && v.validUntil > until) until = v.validUntil;
  }
  const hasValid = validBatchIds.length > 0;
  return {
    inPool: input.verified && hasValid,
    validUntil: input.verified && hasValid ? until : null,
    evidenceMask: mask,
    validBatchIds,
  };
}
