/**
 * Producer reliability (生产主体履约分, 0–100, SPEC §2.2): a pure function with its breakdown,
 * over the producer's record of the last 365 days.
 *
 * | part | max | rule |
 * |---|---|---|
 * | 审批及时 decisions | 20 | sample requests decided within 3 days, of those decided or expired |
 * | 发样速度 shipping time | 25 | mean days from approval to shipping: 2 days or less full, none at 10 |
 * | 发样履约 shipped | 20 | approved samples that were shipped (not withdrawn by the producer) |
 * | 合作履约 cooperations | 20 | accepted cooperations completed rather than terminated by the producer |
 * | 售后 after-sale | 15 | refund rate of its reported sales: 15 at 0 %, none at 15 % |
 * | 质量事故 incidents | −10 each | products suspended after a quality incident |
 *
 * A part without data counts at 70 % of its maximum (neutral), rounded; the total is clamped to 0–100.
 */
export interface ReliabilityInputs {
  decidedInTime: number;
  expired: number;
  /** Days from approval to shipping, one entry per shipped sample. */
  shippingDays: readonly number[];
  approvedWithdrawn: number;
  cooperationsCompleted: number;
  cooperationsTerminatedByProducer: number;
  unitsSold: number;
  unitsRefunded: number;
  suspendedProducts: number;
}

export interface ReliabilityPart {
  key: 'decisions' | 'shipping_time' | 'shipped' | 'cooperations' | 'after_sale' | 'incidents';
  label: string;
  points: number;
  max: number;
  detail: string;
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const neutral = (max: number) => r1(max * 0.7);
const share = (good: number, bad: number) => (good + bad === 0 ? null : good / (good + bad));

export function reliabilityScore(i: ReliabilityInputs): { score: number; parts: ReliabilityPart[] } {
  const decided = share(i.decidedInTime, i.expired);
  const meanDays = i.shippingDays.length ? i.shippingDays.reduce((a, d) => a + d, 0) / i.shippingDays.length : null;
  const shipped = share(i.shippingDays.length, i.approvedWithdrawn);
  const coops = share(i.cooperationsCompleted, i.cooperationsTerminatedByProducer);
  const refundRate = i.unitsSold > 0 ? i.unitsRefunded / i.unitsSold : null;
  const pct = (x: number) => `${r1(x * 100)}%`;
  const parts: ReliabilityPart[] = [
    { key: 'decisions', label: '审批及时', max: 20, points: decided === null ? neutral(20) : r1(20 * decided), detail: decided === null ? '暂无样品申请，按中性值计' : `3 天内处理 ${i.decidedInTime} 份，超时 ${i.expired} 份` },
    {
      key: 'shipping_time',
      label: '发样速度',
      max: 25,
      points: meanDays === null ? neutral(25) : r1(25 * Math.min(1, Math.max(0, (10 - meanDays) / 8))),
      detail: meanDays === null ? '暂无发样记录，按中性值计' : `同意后平均 ${r1(meanDays)} 天寄出（2 天内满分，10 天为 0）`,
    },
    { key: 'shipped', label: '发样履约', max: 20, points: shipped === null ? neutral(20) : r1(20 * shipped), detail: shipped === null ? '暂无记录，按中性值计' : `已同意的样品寄出 ${i.shippingDays.length} 份，未寄即取消 ${i.approvedWithdrawn} 份` },
    { key: 'cooperations', label: '合作履约', max: 20, points: coops === null ? neutral(20) : r1(20 * coops), detail: coops === null ? '暂无结束的合作，按中性值计' : `完成 ${i.cooperationsCompleted} 个，生产方终止 ${i.cooperationsTerminatedByProducer} 个` },
    { key: 'after_sale', label: '售后表现', max: 15, points: refundRate === null ? neutral(15) : r1(15 * Math.max(0, 1 - refundRate / 0.15)), detail: refundRate === null ? '暂无销售数据，按中性值计' : `退款率 ${pct(refundRate)}（0% 满分，15% 为 0）` },
    { key: 'incidents', label: '质量事故', max: 0, points: -10 * i.suspendedProducts, detail: i.suspendedProducts ? `${i.suspendedProducts} 个商品因质量问题被暂停，每个 −10` : '无质量事故' },
  ];
  const total = parts.reduce((a, p) => a + p.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), parts };
}
