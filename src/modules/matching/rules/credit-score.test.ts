import { describe, expect, it } from 'vitest';
import { creditScore, NO_HISTORY } from './credit-score.js';

describe('streamer credit score', () => {
  it('starts at 100 for a streamer who signed and has no history', () => {
    const s = creditScore({ ...NO_HISTORY, conventionSigned: true });
    expect(s.score).toBe(100);
    expect(s.parts.reduce((a, p) => a + p.points, 0)).toBe(100);
  });

  it('takes 20 for an unsigned convention and each violation deduction as recorded', () => {
    expect(creditScore({ ...NO_HISTORY, conventionSigned: false }).score).toBe(80);
    const s = creditScore({ ...NO_HISTORY, conventionSigned: true, violationDeductions: [5, 3] });
    expect(s.score).toBe(92);
    expect(s.parts.find((p) => p.key === 'violations')!.detail).toContain('2 次');
  });

  it('caps sample and report penalties', () => {
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, samplesOverdue: 2 }).score).toBe(90);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, samplesOverdue: 50 }).score).toBe(70);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, reportsLate: 1, reportsMissing: 1 }).score).toBe(93);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, reportsMissing: 10 }).score).toBe(80);
  });

  it('counts refunds above 10 % and complaints above 2 per 1,000 units, capped', () => {
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, unitsSold: 1000, unitsRefunded: 100 }).score).toBe(100);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, unitsSold: 1000, unitsRefunded: 150 }).score).toBe(95);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, unitsSold: 1000, unitsRefunded: 900 }).score).toBe(85);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, unitsSold: 1000, complaints: 5 }).score).toBe(94);
    expect(creditScore({ ...NO_HISTORY, conventionSigned: true, unitsSold: 100, complaints: 50 }).score).toBe(90);
  });

  it('never leaves 0–100 and is monotone in each penalty', () => {
    expect(creditScore({ ...NO_HISTORY, conventionSigned: false, violationDeductions: [20, 20, 20, 20, 20], samplesOverdue: 9 }).score).toBe(0);
    let last = 101;
    for (let n = 0; n <= 8; n++) {
      const s = creditScore({ ...NO_HISTORY, conventionSigned: true, samplesOverdue: n }).score;
      expect(s).toBeLessThanOrEqual(last);
      last = s;
    }
  });
});
