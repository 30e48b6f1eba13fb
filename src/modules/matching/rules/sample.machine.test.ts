import { describe, expect, it } from 'vitest';
import { decisionDueAt, dueStep, evaluationDueAt, followThroughRate, sampleMachine, sampleQuota, type SampleFacts } from './sample.machine.js';

const ok: SampleFacts = { reason: '不合适', carrier: '顺丰', trackingNo: 'SF123', evaluationComplete: true };
const P = ['producer'];
const S = ['streamer'];
const SYS = ['system'];

describe('sample request workflow', () => {
  it('walks the happy path with the right party at each step', () => {
    expect(sampleMachine.apply('requested', 'approve', ok, P)).toBe('approved');
    expect(sampleMachine.apply('approved', 'ship', ok, P)).toBe('shipped');
    expect(sampleMachine.apply('shipped', 'receive', ok, S)).toBe('received');
    expect(sampleMachine.apply('received', 'evaluate', ok, S)).toBe('evaluated');
    expect(sampleMachine.isTerminal('evaluated')).toBe(true);
  });

  it('keeps each step to its party', () => {
    expect(sampleMachine.decide('requested', 'approve', ok, S)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(sampleMachine.decide('shipped', 'receive', ok, P)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(sampleMachine.decide('received', 'evaluate', ok, P)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    for (const e of ['expire', 'overdue'] as const) expect(sampleMachine.available(e === 'expire' ? 'requested' : 'received', ok, [...P, ...S])).not.toContain(e);
    expect(sampleMachine.apply('requested', 'expire', ok, SYS)).toBe('expired');
    expect(sampleMachine.apply('shipped', 'receive', ok, SYS)).toBe('received');
    expect(sampleMachine.apply('received', 'overdue', ok, SYS)).toBe('overdue');
  });

  it('needs a reason to decline or cancel, tracking to ship and a full form to evaluate', () => {
    expect(sampleMachine.decide('requested', 'decline', { ...ok, reason: ' ' }, P)).toMatchObject({ ok: false, reason: 'reason_missing' });
    expect(sampleMachine.decide('approved', 'ship', { ...ok, trackingNo: null }, P)).toMatchObject({ ok: false, reason: 'tracking_missing' });
    expect(sampleMachine.decide('received', 'evaluate', { ...ok, evaluationComplete: false }, S)).toMatchObject({ ok: false, reason: 'evaluation_incomplete' });
    expect(sampleMachine.decide('shipped', 'cancel', { ...ok, reason: null }, S)).toMatchObject({ ok: false, reason: 'reason_missing' });
  });

  it('cancels from every open state and from no closed one', () => {
    for (const s of ['requested', 'approved', 'shipped', 'received'] as const) expect(sampleMachine.apply(s, 'cancel', ok, S)).toBe('cancelled');
    for (const s of ['declined', 'expired', 'evaluated', 'overdue', 'cancelled'] as const) expect(sampleMachine.decide(s, 'cancel', ok, [...S, ...P]).ok).toBe(false);
  });

  it('times out at 3, 10 and 14 days', () => {
    const requested = '2026-11-01T02:00:00.000Z';
    expect(decisionDueAt(requested)).toBe('2026-11-04T02:00:00.000Z');
    const clock = { status: 'requested' as const, decisionDueAt: decisionDueAt(requested), shippedAt: null, evaluationDueAt: null };
    expect(dueStep(clock, '2026-11-04T01:59:59.999Z', false)).toBeNull();
    expect(dueStep(clock, '2026-11-04T02:00:00.000Z', false)).toBe('expire');
    const shipped = { status: 'shipped' as const, decisionDueAt: '', shippedAt: '2026-11-05T00:00:00.000Z', evaluationDueAt: null };
    expect(dueStep(shipped, '2026-11-14T23:59:59.000Z', false)).toBeNull();
    expect(dueStep(shipped, '2026-11-15T00:00:00.000Z', false)).toBe('receive');
    const received = { status: 'received' as const, decisionDueAt: '', shippedAt: null, evaluationDueAt: evaluationDueAt('2026-11-15T00:00:00.000Z') };
    expect(received.evaluationDueAt).toBe('2026-11-29T00:00:00.000Z');
    expect(dueStep(received, '2026-11-29T00:00:00.000Z', false)).toBe('overdue');
    // A scheduled session with the product keeps it from being overdue.
    expect(dueStep(received, '2026-12-29T00:00:00.000Z', true)).toBeNull();
    expect(dueStep({ ...received, status: 'evaluated' }, '2027-01-01T00:00:00.000Z', false)).toBeNull();
  });

  it('grants open requests by credit score and reports follow-through', () => {
    expect([100, 90, 89, 80, 79, 60, 59, 0].map(sampleQuota)).toEqual([10, 10, 5, 5, 2, 2, 0, 0]);
    expect(followThroughRate(0, 0)).toBeNull();
    expect(followThroughRate(3, 1)).toBe(0.75);
    expect(followThroughRate(2, 1)).toBe(0.667);
  });
});
