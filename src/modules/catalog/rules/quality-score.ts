/**
 * Product quality score, 0–100, with its breakdown (SPEC §2.1). Pure and deterministic; the web
 * app's "how is this computed" panel shows the same parts with the `detail` sentences.
 *
 * | part | max | how |
 * |---|---|---|
 * | 凭证完整度 evidence | 25 | valid 承诺达标合格证 10 (non-edible: any valid evidence), a valid inspection report 10, a valid certification (绿色食品/有机/地理标志…) 5 |
 * | 凭证新鲜度 freshness | 15 | age of the newest valid evidence: ≤30 d 15, ≤90 d 12, ≤180 d 8, ≤365 d 4, older 0 |
 * | 核验深度 verification | 25 | only while verified: document check 7, tasting at the base 8, site visit 10 (the producer's approved site visit counts) |
 * | 样品评价 samples | 20 | Bayesian mean of streamers' ratings (prior 3.5 weighted as 3 ratings) scaled from 1–5 to 0–20; none yet: neutral 12 |
 * | 售后表现 after-sale | 15 | refund rate 10 × (1 − rate/15 %), complaint rate 5 × (1 − rate/2 %), floored at 0; no sales yet: neutral 9 |
 * | 质量事故 incidents | −15 each | confirmed quality incidents |
 *
 * Sample evaluations and sales reports come from the matching and live modules; until they
 * exist the neutral values keep a new product from being punished or favoured for lack of data.
 */
export const VERIFICATION_METHODS = ['document_check', 'tasting', 'site_visit'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export interface QualityInputs {
  today: string;
  edible: boolean;
  evidence: {
    hasValidComplianceCertificate: boolean;
    hasValidInspectionReport: boolean;
    hasValidCertification: boolean;
    /** Issue date of the newest valid evidence, or null when none is valid. */
    newestValidIssuedOn: string | null;
  };
  verification: { verified: boolean; methods: readonly VerificationMethod[]; producerSiteVisited: boolean };
  samples?: { count: number; meanRating: number } | null;
  sales?: { unitsSold: number; refundRate: number; complaintRate: number } | null;
  confirmedIncidents?: number;
}

export type QualityPartKey = 'evidence' | 'freshness' | 'verification' | 'samples' | 'after_sale' | 'incidents';

export interface QualityPart {
  key: QualityPartKey;
  label: string;
  points: number;
  max: number;
  detail: string;
}

export interface QualityScore {
  score: number;
  parts: QualityPart[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

function evidencePart(i: QualityInputs): QualityPart {
  const e = i.evidence;
  const got: string[] = [];
  let points = 0;
  const base = i.edible ? e.hasValidComplianceCertificate : e.hasValidComplianceCertificate || e.hasValidInspectionReport || e.hasValidCertification;
  if (base) {
    points += 10;
    got.push(i.edible ? '承诺达标合格证 +10' : '有效凭证 +10');
  }
  if (e.hasValidInspectionReport) {
    points += 10;
    got.push('有效检测报告 +10');
  }
  if (e.hasValidCertification) {
    points += 5;
    got.push('认证证书 +5');
  }
  return { key: 'evidence', label: '凭证完整度', points, max: 25, detail: got.length ? got.join('，') : '暂无有效凭证' };
}

function freshnessPart(i: QualityInputs): QualityPart {
  const issued = i.evidence.newestValidIssuedOn;
  if (!issued) return { key: 'freshness', label: '凭证新鲜度', points: 0, max: 15, detail: '暂无有效凭证' };
  const age = Math.max(0, daysBetween(issued, i.today));
  const points = age <= 30 ? 15 : age <= 90 ? 12 : age <= 180 ? 8 : age <= 365 ? 4 : 0;
  return { key: 'freshness', label: '凭证新鲜度', points, max: 15, detail: `最新凭证出具于 ${age} 天前` };
}

const METHOD_POINTS: Record<VerificationMethod, [number, string]> = {
  document_check: [7, '资料审核'],
  tasting: [8, '基地品鉴'],
  site_visit: [10, '实地考察'],
};

function verificationPart(i: QualityInputs): QualityPart {
  const v = i.verification;
  if (!v.verified) return { key: 'verification', label: '核验深度', points: 0, max: 25, detail: '尚未通过核验' };
  const methods = new Set<VerificationMethod>(v.methods);
  if (v.producerSiteVisited) methods.add('site_visit');
  let points = 0;
  const got: string[] = [];
  for (const m of VERIFICATION_METHODS) {
    if (!methods.has(m)) continue;
    const [p, label] = METHOD_POINTS[m];
    points += p;
    got.push(`${label} +${p}`);
  }
  return { key: 'verification', label: '核验深度', points, max: 25, detail: got.join('，') || '已核验' };
}

const SAMPLE_PRIOR_MEAN = 3.5;
const SAMPLE_PRIOR_WEIGHT = 3;

function samplesPart(i: QualityInputs): QualityPart {
  const s = i.samples;
  if (!s || s.count <= 0) return { key: 'samples', label: '样品评价', points: 12, max: 20, detail: '暂无样品评价，按中性值计' };
  const mean = (s.meanRating * s.count + SAMPLE_PRIOR_MEAN * SAMPLE_PRIOR_WEIGHT) / (s.count + SAMPLE_PRIOR_WEIGHT);
  const points = round1(((Math.min(5, Math.max(1, mean)) - 1) / 4) * 20);
  return { key: 'samples', label: '样品评价', points, max: 20, detail: `${s.count} 份评价，平均 ${round1(s.meanRating)} 分` };
}

function afterSalePart(i: QualityInputs): QualityPart {
  const s = i.sales;
  if (!s || s.unitsSold <= 0) return { key: 'after_sale', label: '售后表现', points: 9, max: 15, detail: '暂无销售数据，按中性值计' };
  const refund = 10 * Math.max(0, 1 - s.refundRate / 0.15);
  const complaint = 5 * Math.max(0, 1 - s.complaintRate / 0.02);
  const pct = (r: number) => `${round1(r * 100)}%`;
  return { key: 'after_sale', label: '售后表现', points: round1(refund + complaint), max: 15, detail: `退款率 ${pct(s.refundRate)}，投诉率 ${pct(s.complaintRate)}` };
}

function incidentsPart(i: QualityInputs): QualityPart {
  const n = i.confirmedIncidents ?? 0;
  return { key: 'incidents', label: '质量事故', points: n ? -15 * n : 0, max: 0, detail: n ? `已确认质量事故 ${n} 起，每起 −15` : '无已确认的质量事故' };
}

export function qualityScore(inputs: QualityInputs): QualityScore {
  const parts = [evidencePart(inputs), freshnessPart(inputs), verificationPart(inputs), samplesPart(inputs), afterSalePart(inputs), incidentsPart(inputs)];
  const sum = parts.reduce((acc, p) => acc + p.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(sum))), parts };
}
