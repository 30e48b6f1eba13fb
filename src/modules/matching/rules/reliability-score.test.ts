import { describe, expect, it } from 'vitest';
import { reliabilityScore, type ReliabilityInputs } from './reliability-score.js';

const none: ReliabilityInputs = { decidedInTime: 0, expired: 0, shippingDays: [], approvedWithdrawn: 0, cooperationsCompleted: 0, cooperationsTerminatedByProducer: 0, unitsSold: 0, unitsRefunded: 0, suspendedProducts: 0 };

describe('producer reliability', () => {
  it('scores a producer without history at the neutral 70', () => {
    const s = reliabilityScore(none);
    expect(s.score).toBe(70);
    expect(s.parts.every((p) => p.key === 'incidents' || p.detail.includes('中性'))).toBe(true);
  });

  it('gives full marks for prompt decisions, fast shipping, kept promises and no refunds', () => {
    expect(reliabilityScore({ ...none, decidedInTime: 10, shippingDays: [1, 2, 0.5], cooperationsCompleted: 4, unitsSold: 1000 }).score).toBe(100);
  });

  it('loses points for expired requests, slow or withdrawn samples, broken cooperations, refunds and incidents', () => {
    const perfect = { ...none, decidedInTime: 10, shippingDays: [1], cooperationsCompleted: 4, unitsSold: 1000 };
    expect(reliabilityScore({ ...perfect, expired: 10 }).score).toBe(90);
    expect(reliabilityScore({ ...perfect, shippingDays: [6] }).score).toBe(88);
    expect(reliabilityScore({ ...perfect, shippingDays: [20] }).score).toBe(75);
    expect(reliabilityScore({ ...perfect, approvedWithdrawn: 1 }).score).toBe(90);
    expect(reliabilityScore({ ...perfect, cooperationsTerminatedByProducer: 4 }).score).toBe(90);
    expect(reliabilityScore({ ...perfect, unitsRefunded: 75 }).score).toBe(93);
    expect(reliabilityScore({ ...perfect, suspendedProducts: 2 }).score).toBe(80);
    expect(reliabilityScore({ ...none, expired: 5, shippingDays: [30], approvedWithdrawn: 5, cooperationsTerminatedByProducer: 3, unitsSold: 10, unitsRefunded: 10, suspendedProducts: 3 }).score).toBe(0);
  });
});
