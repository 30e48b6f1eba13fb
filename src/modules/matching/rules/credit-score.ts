/**
 * Streamer credit score (信用分, 0–100, SPEC §2.2): a pure function with its breakdown.
 *
 * | part | points | rule |
 * |---|---|---|
 * | base | 100 | everyone starts at 100 |
 * | 公约 convention | −20 | the current convention is not signed |
 * | 违规 violations | −deduction | confirmed violations of the last 365 days, the deduction each decision recorded |
 * | 样品 samples | −5 each, at most −30 | samples overdue (received, never evaluated, nothing scheduled) in the last 365 days |
 * | 战报 reports | −2 late, −5 missing, at most −20 | sales reports of the last 365 days filed after the 3-day limit, or not at all |
 * | 售后 after-sale | up to −15 | refund rate above 10 % of units sold: −1 per point above, capped |
 * | 投诉 complaints | up to −10 | complaints per 1,000 units sold above 2: −2 per complaint per 1,000, capped |
 *
 * The result is clamped to 0–100 and rounded to an integer.
 */
export interface CreditInputs {
  conventionSigned: boolean;
  /** Deductions recorded by confirmed (or since rectified) violations in the last 365 days. */
  violationDeductions: readonly number[];
  samplesOverdue: number;
  reportsLate: number;
  reportsMissing: number;
  unitsSold: number;
  unitsRefunded: number;
  complaints: number;
}

export interface CreditPart {
  key: 'base' | 'convention' | 'violations' | 'samples' | 'reports' | 'refunds' | 'complaints';
  label: string;
  points: number;
  detail: string;
}

export interface CreditScore {
  score: number;
  parts: CreditPart[];
}

export const NO_HISTORY: Omit<CreditInputs, 'conventionSigned'> = { violationDeductions: [], samplesOverdue: 0, reportsLate: 0, reportsMissing: 0, unitsSold: 0, unitsRefunded: 0, complaints: 0 };

export function creditScore(i: CreditInputs): CreditScore {
  const violations = i.violationDeductions.reduce((a, d) => a + d, 0);
  const samples = Math.min(30, 5 * i.samplesOverdue);
  const reports = Math.min(20, 2 * i.reportsLate + 5 * i.reportsMissing);
  const refundPct = i.unitsSold > 0 ? (100 * i.unitsRefunded) / i.unitsSold : 0;
  const refunds = Math.min(15, Math.max(0, refundPct - 10));
  const perThousand = i.unitsSold > 0 ? (1000 * i.complaints) / i.unitsSold : 0;
  const complaints = Math.min(10, Math.max(0, 2 * (perThousand - 2)));
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const parts: CreditPart[] = [
    { key: 'base', label: '基础分', points: 100, detail: '起始 100 分' },
    { key: 'convention', label: '主播公约', points: i.conventionSigned ? 0 : -20, detail: i.conventionSigned ? '已签署现行公约' : '未签署现行公约 −20' },
    { key: 'violations', label: '违规记录', points: -violations, detail: i.violationDeductions.length ? `近一年认定违规 ${i.violationDeductions.length} 次，共扣 ${violations} 分` : '近一年无认定违规' },
    { key: 'samples', label: '样品履约', points: -samples, detail: i.samplesOverdue ? `近一年逾期未评价样品 ${i.samplesOverdue} 件，每件 −5（最多 −30）` : '近一年无逾期样品' },
    { key: 'reports', label: '战报按时', points: -reports, detail: i.reportsLate || i.reportsMissing ? `迟交 ${i.reportsLate} 份（−2）、未交 ${i.reportsMissing} 份（−5）` : '近一年战报均按时提交' },
    { key: 'refunds', label: '退款率', points: -r1(refunds), detail: i.unitsSold ? `退款率 ${r1(refundPct)}%（超过 10% 的部分每 1 个百分点 −1，最多 −15）` : '暂无销售数据' },
    { key: 'complaints', label: '投诉率', points: -r1(complaints), detail: i.unitsSold ? `每千件投诉 ${r1(perThousand)} 次（超过 2 次的部分每次 −2，最多 −10）` : '暂无销售数据' },
  ];
  const total = parts.reduce((a, p) => a + p.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), parts };
}
