import { describe, expect, it } from 'vitest';
import { daysBetween, qualityScore, VERIFICATION_METHODS, type QualityInputs, type QualityPartKey, type VerificationMethod } from './quality-score.js';

const TODAY = '2026-03-15';

/** A product with nothing: no evidence, not verified, no samples, no sales, no incidents. */
const bare = (): QualityInputs => ({
  today: TODAY,
  edible: true,
  evidence: { hasValidComplianceCertificate: false, hasValidInspectionReport: false, hasValidCertification: false, newestValidIssuedOn: null },
  verification: { verified: false, methods: [], producerSiteVisited: false },
});

const withInputs = (over: {
  edible?: boolean;
  evidence?: Partial<QualityInputs['evidence']>;
  verification?: Partial<QualityInputs['verification']>;
  samples?: QualityInputs['samples'];
  sales?: QualityInputs['sales'];
  confirmedIncidents?: number;
  today?: string;
}): QualityInputs => {
  const b = bare();
  return {
    ...b,
    ...(over.today ? { today: over.today } : {}),
    ...(over.edible === undefined ? {} : { edible: over.edible }),
    evidence: { ...b.evidence, ...over.evidence },
    verification: { ...b.verification, ...over.verification },
    ...('samples' in over ? { samples: over.samples } : {}),
    ...('sales' in over ? { sales: over.sales } : {}),
    ...('confirmedIncidents' in over ? { confirmedIncidents: over.confirmedIncidents } : {}),
  };
};

const part = (inputs: QualityInputs, key: QualityPartKey) => {
  const p = qualityScore(inputs).parts.find((x) => x.key === key);
  if (!p) throw new Error(`no part ${key}`);
  return p;
};

/** Day `n` days before TODAY, computed with Date arithmetic independent of daysBetween. */
const daysAgo = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

const BEST: QualityInputs = {
  today: TODAY,
  edible: true,
  evidence: { hasValidComplianceCertificate: true, hasValidInspectionReport: true, hasValidCertification: true, newestValidIssuedOn: TODAY },
  verification: { verified: true, methods: ['document_check', 'tasting', 'site_visit'], producerSiteVisited: true },
  samples: { count: 1_000_000, meanRating: 5 },
  sales: { unitsSold: 500, refundRate: 0, complaintRate: 0 },
  confirmedIncidents: 0,
};

describe('daysBetween', () => {
  it.each([
    ['2026-03-15', '2026-03-15', 0],
    ['2026-03-14', '2026-03-15', 1],
    ['2026-03-15', '2026-03-14', -1],
    ['2025-12-31', '2026-01-01', 1],
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2025-02-28', '2025-03-01', 1],
    ['2025-03-15', '2026-03-15', 365],
    ['2024-03-15', '2025-03-15', 365],
    ['2023-03-15', '2024-03-15', 366],
  ])('%s → %s is %i days', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });
});

describe('parts and their maxima', () => {
  it('has six parts in a fixed order with Chinese labels', () => {
    const s = qualityScore(bare());
    expect(s.parts.map((p) => [p.key, p.label])).toEqual([
      ['evidence', '凭证完整度'],
      ['freshness', '凭证新鲜度'],
      ['verification', '核验深度'],
      ['samples', '样品评价'],
      ['after_sale', '售后表现'],
      ['incidents', '质量事故'],
    ]);
  });

  it('has maxima that sum to 100', () => {
    const s = qualityScore(bare());
    expect(Object.fromEntries(s.parts.map((p) => [p.key, p.max]))).toEqual({ evidence: 25, freshness: 15, verification: 25, samples: 20, after_sale: 15, incidents: 0 });
    expect(s.parts.reduce((a, p) => a + p.max, 0)).toBe(100);
  });

  it('reaches every maximum, and 100, for the best product', () => {
    const s = qualityScore(BEST);
    // `+ 0` turns the incidents part's −0 (−15 × 0) into 0; see the report on −0.
    for (const p of s.parts) expect(p.points + 0, p.key).toBe(p.max);
    expect(s.score).toBe(100);
  });

  it('never gives a part more than its max', () => {
    const s = qualityScore({ ...BEST, samples: { count: 10, meanRating: 99 }, sales: { unitsSold: 1, refundRate: -1, complaintRate: -1 } });
    const samples = s.parts.find((p) => p.key === 'samples')!;
    expect(samples.points).toBeLessThanOrEqual(samples.max);
    expect(s.score).toBeLessThanOrEqual(100);
  });
});

describe('evidence part (凭证完整度)', () => {
  type Ev = [boolean, boolean, boolean];
  it.each<[boolean, Ev, number]>([
    [true, [false, false, false], 0],
    [true, [true, false, false], 10],
    [true, [false, true, false], 10],
    [true, [false, false, true], 5],
    [true, [true, true, false], 20],
    [true, [true, false, true], 15],
    [true, [false, true, true], 15],
    [true, [true, true, true], 25],
    [false, [false, false, false], 0],
    [false, [true, false, false], 10],
    [false, [false, true, false], 20], // any valid evidence 10 + report 10
    [false, [false, false, true], 15], // any valid evidence 10 + certification 5
    [false, [true, true, false], 20],
    [false, [true, false, true], 15],
    [false, [false, true, true], 25],
    [false, [true, true, true], 25],
  ])('edible=%s [合格证, 报告, 认证]=%j → %i', (edible, [cc, ir, ce], points) => {
    const p = part(withInputs({ edible, evidence: { hasValidComplianceCertificate: cc, hasValidInspectionReport: ir, hasValidCertification: ce } }), 'evidence');
    expect(p.points).toBe(points);
    expect(p.max).toBe(25);
  });

  it('explains itself in Chinese', () => {
    expect(part(bare(), 'evidence').detail).toBe('暂无有效凭证');
    expect(part(withInputs({ evidence: { hasValidComplianceCertificate: true, hasValidInspectionReport: true, hasValidCertification: true } }), 'evidence').detail).toBe(
      '承诺达标合格证 +10，有效检测报告 +10，认证证书 +5',
    );
    expect(part(withInputs({ edible: false, evidence: { hasValidCertification: true } }), 'evidence').detail).toBe('有效凭证 +10，认证证书 +5');
  });
});

describe('freshness part (凭证新鲜度)', () => {
  it.each([
    [0, 15],
    [1, 15],
    [30, 15],
    [31, 12],
    [90, 12],
    [91, 8],
    [180, 8],
    [181, 4],
    [365, 4],
    [366, 0],
    [1000, 0],
  ])('newest evidence %i days old → %i', (age, points) => {
    const p = part(withInputs({ evidence: { newestValidIssuedOn: daysAgo(age) } }), 'freshness');
    expect(p.points).toBe(points);
    expect(p.detail).toBe(`最新凭证出具于 ${age} 天前`);
  });

  it('is 0 with no valid evidence', () => {
    expect(part(bare(), 'freshness')).toEqual({ key: 'freshness', label: '凭证新鲜度', points: 0, max: 15, detail: '暂无有效凭证' });
  });

  it('treats evidence dated in the future as age 0', () => {
    const p = part(withInputs({ evidence: { newestValidIssuedOn: '2026-03-20' } }), 'freshness');
    expect(p.points).toBe(15);
    expect(p.detail).toBe('最新凭证出具于 0 天前');
  });

  it('counts days across a leap day', () => {
    // 2024-03-31 − 91 days = 2023-12-31 (2024 is a leap year)
    expect(part(withInputs({ today: '2024-03-31', evidence: { newestValidIssuedOn: '2024-01-01' } }), 'freshness').points).toBe(12); // 90 days
    expect(part(withInputs({ today: '2024-03-31', evidence: { newestValidIssuedOn: '2023-12-31' } }), 'freshness').points).toBe(8); // 91 days
  });
});

describe('verification part (核验深度)', () => {
  const verified = (methods: VerificationMethod[], producerSiteVisited = false) => withInputs({ verification: { verified: true, methods, producerSiteVisited } });

  it.each<[VerificationMethod[], number]>([
    [[], 0],
    [['document_check'], 7],
    [['tasting'], 8],
    [['site_visit'], 10],
    [['document_check', 'tasting'], 15],
    [['document_check', 'site_visit'], 17],
    [['tasting', 'site_visit'], 18],
    [['document_check', 'tasting', 'site_visit'], 25],
    [['site_visit', 'document_check', 'tasting'], 25],
    [['tasting', 'tasting', 'document_check', 'document_check'], 15],
  ])('verified with %j → %i', (methods, points) => {
    expect(part(verified(methods), 'verification').points).toBe(points);
  });

  it('gives nothing when not verified, whatever the methods', () => {
    const p = part(withInputs({ verification: { verified: false, methods: [...VERIFICATION_METHODS], producerSiteVisited: true } }), 'verification');
    expect(p).toEqual({ key: 'verification', label: '核验深度', points: 0, max: 25, detail: '尚未通过核验' });
  });

  it("counts the producer's approved site visit as a site visit", () => {
    expect(part(verified([], true), 'verification').points).toBe(10);
    expect(part(verified(['document_check'], true), 'verification').points).toBe(17);
    expect(part(verified(['document_check', 'tasting'], true), 'verification').points).toBe(25);
  });

  it('counts a site visit once when both the product and the producer had one', () => {
    const p = part(verified(['site_visit'], true), 'verification');
    expect(p.points).toBe(10);
    expect(p.detail).toBe('实地考察 +10');
    expect(part(verified([...VERIFICATION_METHODS], true), 'verification').points).toBe(25);
  });

  it('lists the methods in a fixed order in its detail', () => {
    expect(part(verified(['site_visit', 'document_check', 'tasting']), 'verification').detail).toBe('资料审核 +7，基地品鉴 +8，实地考察 +10');
    expect(part(verified([]), 'verification').detail).toBe('已核验');
  });
});

describe('samples part (样品评价)', () => {
  /** Expected points, computed here from the rule: Bayesian mean with prior 3.5 × 3, 1–5 → 0–20, one decimal. */
  const expected = (count: number, mean: number) => {
    const m = (mean * count + 3.5 * 3) / (count + 3);
    return Math.round(((Math.min(5, Math.max(1, m)) - 1) / 4) * 200) / 10;
  };

  it('is neutral 12 with no samples', () => {
    for (const samples of [undefined, null, { count: 0, meanRating: 5 }, { count: -1, meanRating: 1 }]) {
      const p = part(withInputs({ samples }), 'samples');
      expect(p).toEqual({ key: 'samples', label: '样品评价', points: 12, max: 20, detail: '暂无样品评价，按中性值计' });
    }
  });

  it.each([
    [1, 5],
    [1, 1],
    [3, 5],
    [3, 1],
    [1, 3.5],
    [10, 4],
    [100, 5],
    [100, 1],
    [2, 4.7],
  ])('%i rating(s) averaging %s matches the Bayesian rule', (count, mean) => {
    const p = part(withInputs({ samples: { count, meanRating: mean } }), 'samples');
    expect(p.points).toBe(expected(count, mean));
  });

  it('pins a few exact values', () => {
    expect(part(withInputs({ samples: { count: 1, meanRating: 5 } }), 'samples').points).toBe(14.4);
    expect(part(withInputs({ samples: { count: 1, meanRating: 1 } }), 'samples').points).toBe(9.4);
    expect(part(withInputs({ samples: { count: 3, meanRating: 5 } }), 'samples').points).toBe(16.3);
    expect(part(withInputs({ samples: { count: 3, meanRating: 1 } }), 'samples').points).toBe(6.3);
    expect(part(withInputs({ samples: { count: 5, meanRating: 3.5 } }), 'samples').points).toBe(12.5);
  });

  it('pulls few ratings towards the prior and lets many ratings speak', () => {
    const few = part(withInputs({ samples: { count: 1, meanRating: 5 } }), 'samples').points;
    const many = part(withInputs({ samples: { count: 50, meanRating: 5 } }), 'samples').points;
    expect(few).toBeLessThan(many);
    expect(many).toBeLessThan(20);
    expect(part(withInputs({ samples: { count: 1_000_000, meanRating: 5 } }), 'samples').points).toBe(20);
    expect(part(withInputs({ samples: { count: 1_000_000, meanRating: 1 } }), 'samples').points).toBe(0);
  });

  it('clamps out-of-range ratings to 0–20', () => {
    expect(part(withInputs({ samples: { count: 1000, meanRating: 9 } }), 'samples').points).toBe(20);
    expect(part(withInputs({ samples: { count: 1000, meanRating: -5 } }), 'samples').points).toBe(0);
  });

  it('says how many ratings and their mean', () => {
    expect(part(withInputs({ samples: { count: 4, meanRating: 4.26 } }), 'samples').detail).toBe('4 份评价，平均 4.3 分');
  });
});

describe('after-sale part (售后表现)', () => {
  it('is neutral 9 with no sales', () => {
    for (const sales of [undefined, null, { unitsSold: 0, refundRate: 0.5, complaintRate: 0.5 }]) {
      expect(part(withInputs({ sales }), 'after_sale')).toEqual({ key: 'after_sale', label: '售后表现', points: 9, max: 15, detail: '暂无销售数据，按中性值计' });
    }
  });

  it.each([
    [0, 0, 15],
    [0.15, 0, 5],
    [0, 0.02, 10],
    [0.15, 0.02, 0],
    [0.075, 0, 10],
    [0, 0.01, 12.5],
    [0.075, 0.01, 7.5],
    [0.03, 0.005, 11.8], // 8 + 3.75 = 11.75 → 11.8
    [0.3, 0, 5], // refund part floored at 0, not −10
    [0, 0.1, 10], // complaint part floored at 0, not −20
    [1, 1, 0],
  ])('refund %s, complaint %s → %s', (refundRate, complaintRate, points) => {
    expect(part(withInputs({ sales: { unitsSold: 100, refundRate, complaintRate } }), 'after_sale').points).toBe(points);
  });

  it('states the rates as percentages', () => {
    expect(part(withInputs({ sales: { unitsSold: 100, refundRate: 0.0345, complaintRate: 0.005 } }), 'after_sale').detail).toBe('退款率 3.5%，投诉率 0.5%');
  });
});

describe('incidents part (质量事故)', () => {
  it.each([
    [undefined, 0],
    [0, 0],
    [1, -15],
    [2, -30],
    [7, -105],
  ])('%s confirmed incident(s) → %i', (n, points) => {
    const p = part(withInputs({ confirmedIncidents: n }), 'incidents');
    // −15 × 0 is −0 in JavaScript; `+ 0` compares the value, not the sign of zero.
    expect(p.points + 0).toBe(points);
    expect(p.max).toBe(0);
  });

  it('explains itself', () => {
    expect(part(bare(), 'incidents').detail).toBe('无已确认的质量事故');
    expect(part(withInputs({ confirmedIncidents: 2 }), 'incidents').detail).toBe('已确认质量事故 2 起，每起 −15');
  });

  it('subtracts 15 per incident from the total', () => {
    expect(qualityScore({ ...BEST, confirmedIncidents: 1 }).score).toBe(85);
    expect(qualityScore({ ...BEST, confirmedIncidents: 3 }).score).toBe(55);
  });
});

describe('total', () => {
  it('is 21 for a bare product (neutral samples and sales only)', () => {
    expect(qualityScore(bare()).score).toBe(21);
  });

  it('is the rounded sum of the parts', () => {
    const inputs = withInputs({
      evidence: { hasValidComplianceCertificate: true, newestValidIssuedOn: daysAgo(45) },
      verification: { verified: true, methods: ['document_check'] },
      samples: { count: 3, meanRating: 5 }, // 16.3
      sales: { unitsSold: 10, refundRate: 0.03, complaintRate: 0.005 }, // 11.8
    });
    const s = qualityScore(inputs);
    // 10 + 12 + 7 + 16.3 + 11.8 = 57.1
    expect(s.score).toBe(57);
    expect(s.score).toBe(Math.round(s.parts.reduce((a, p) => a + p.points, 0)));
  });

  it('rounds .5 up', () => {
    // 0 + 0 + 0 + 12.5 + 12.5 (0 refund, 0.01 complaint) + 0 = 25
    const s = qualityScore(withInputs({ samples: { count: 5, meanRating: 3.5 }, sales: { unitsSold: 1, refundRate: 0, complaintRate: 0.01 } }));
    expect(s.score).toBe(25);
    // 12.5 + 9 = 21.5 → 22
    expect(qualityScore(withInputs({ samples: { count: 5, meanRating: 3.5 } })).score).toBe(22);
  });

  it('is an integer for many mixed inputs and stays within 0..100', () => {
    for (let n = 0; n <= 12; n++) {
      for (const mean of [1, 2.2, 3.3, 4.4, 5]) {
        for (const refund of [0, 0.02, 0.11, 0.2]) {
          for (const incidents of [0, 1, 4]) {
            const s = qualityScore({ ...BEST, samples: { count: n, meanRating: mean }, sales: { unitsSold: 10, refundRate: refund, complaintRate: 0.004 }, confirmedIncidents: incidents });
            expect(Number.isInteger(s.score)).toBe(true);
            expect(s.score).toBeGreaterThanOrEqual(0);
            expect(s.score).toBeLessThanOrEqual(100);
            const tenths = s.parts.reduce((a, p) => a + Math.round(p.points * 10), 0);
            expect(s.score).toBe(Math.max(0, Math.min(100, Math.round(tenths / 10))));
          }
        }
      }
    }
  });

  it('clamps at 0 when incidents outweigh everything', () => {
    expect(qualityScore({ ...bare(), confirmedIncidents: 2 }).score).toBe(0); // 21 − 30
    expect(qualityScore({ ...BEST, confirmedIncidents: 10 }).score).toBe(0);
  });

  it('keeps the negative incidents part visible even when the total is clamped', () => {
    const s = qualityScore({ ...bare(), confirmedIncidents: 2 });
    expect(s.parts.find((p) => p.key === 'incidents')!.points).toBe(-30);
  });

  it('is deterministic and does not change its inputs', () => {
    const inputs = withInputs({
      evidence: { hasValidComplianceCertificate: true, hasValidInspectionReport: true, newestValidIssuedOn: daysAgo(100) },
      verification: { verified: true, methods: ['tasting'], producerSiteVisited: true },
      samples: { count: 7, meanRating: 4.1 },
      sales: { unitsSold: 33, refundRate: 0.04, complaintRate: 0.003 },
      confirmedIncidents: 1,
    });
    const before = JSON.stringify(inputs);
    const a = qualityScore(inputs);
    const b = qualityScore(JSON.parse(before) as QualityInputs);
    expect(b).toEqual(a);
    expect(qualityScore(inputs)).toEqual(a);
    expect(JSON.stringify(inputs)).toBe(before);
  });
});
