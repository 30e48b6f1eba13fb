import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/errors.js';
import { PRODUCT_STATUSES, productVerificationMachine as m, type ProductFacts, type ProductStatus } from './product-verification.machine.js';

const STAFF = ['base_staff'];
const ADMIN = ['admin'];
const PRODUCER = ['producer'];

/** Facts under which every guard passes. */
const ok = (over: Partial<ProductFacts> = {}): ProductFacts => ({
  producerApproved: true,
  hasValidBatch: true,
  methodCount: 1,
  reason: '质量事故',
  ...over,
});

const EVENTS = ['submit', 'withdraw', 'verify', 'reject', 'suspend', 'reinstate'] as const;
const ALLOWED: [ProductStatus, string, ProductStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['rejected', 'submit', 'submitted'],
  ['submitted', 'withdraw', 'draft'],
  ['submitted', 'verify', 'verified'],
  ['submitted', 'reject', 'rejected'],
  ['verified', 'suspend', 'suspended'],
  ['suspended', 'reinstate', 'verified'],
];
const isAllowed = (from: ProductStatus, event: string) => ALLOWED.some(([f, e]) => f === from && e === event);
const DISALLOWED = PRODUCT_STATUSES.flatMap((from) => EVENTS.filter((e) => !isAllowed(from, e)).map((e) => [from, e] as [ProductStatus, string]));

/** Events only base staff and admins may fire. */
const STAFF_ONLY = new Set(['verify', 'reject', 'suspend', 'reinstate']);

describe('product verification machine: shape', () => {
  it('starts in draft with five states, none terminal', () => {
    expect(m.name).toBe('product_verification');
    expect(m.initial).toBe('draft');
    expect([...m.states]).toEqual(['draft', 'submitted', 'verified', 'rejected', 'suspended']);
    for (const s of PRODUCT_STATUSES) expect(m.isTerminal(s)).toBe(false);
  });

  it('covers every state and event pair in the two tables', () => {
    expect(ALLOWED.length + DISALLOWED.length).toBe(PRODUCT_STATUSES.length * EVENTS.length);
  });
});

describe('product verification machine: transitions', () => {
  it.each(ALLOWED)('%s --%s--> %s (staff and admin)', (from, event, to) => {
    expect(m.decide(from, event, ok(), STAFF)).toEqual({ ok: true, to, event });
    expect(m.decide(from, event, ok(), ADMIN)).toEqual({ ok: true, to, event });
    expect(m.apply(from, event, ok(), ADMIN)).toBe(to);
  });

  it.each(ALLOWED.filter(([, e]) => !STAFF_ONLY.has(e)))('%s --%s--> %s (producer)', (from, event, to) => {
    expect(m.decide(from, event, ok(), PRODUCER)).toEqual({ ok: true, to, event });
  });

  it.each(DISALLOWED)('%s --%s--> refused as INVALID_TRANSITION', (from, event) => {
    const d = m.decide(from, event, ok(), ADMIN);
    expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    if (!d.ok) expect(d.reason).toBe(`product_verification: ${event} is not allowed from ${from}`);
    expect(() => m.apply(from, event, ok(), ADMIN)).toThrowError(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it('checks the transition before the role', () => {
    expect(m.decide('draft', 'verify', ok(), PRODUCER)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('walks the whole life cycle', () => {
    let s: ProductStatus = m.initial;
    s = m.apply(s, 'submit', ok(), PRODUCER);
    s = m.apply(s, 'reject', ok(), STAFF);
    expect(s).toBe('rejected');
    s = m.apply(s, 'submit', ok(), PRODUCER);
    s = m.apply(s, 'withdraw', ok(), PRODUCER);
    expect(s).toBe('draft');
    s = m.apply(s, 'submit', ok(), PRODUCER);
    s = m.apply(s, 'verify', ok(), STAFF);
    s = m.apply(s, 'suspend', ok(), STAFF);
    expect(s).toBe('suspended');
    s = m.apply(s, 'reinstate', ok(), ADMIN);
    expect(s).toBe('verified');
  });
});

describe('product verification machine: roles', () => {
  it.each([...STAFF_ONLY])('a producer cannot %s (FORBIDDEN)', (event) => {
    const from = ALLOWED.find(([, e]) => e === event)![0];
    const d = m.decide(from, event, ok(), PRODUCER);
    expect(d).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    if (!d.ok) expect(d.reason).toBe(`product_verification: ${event} needs one of base_staff, admin`);
    expect(() => m.apply(from, event, ok(), PRODUCER)).toThrowError(DomainError);
  });

  it.each(['submit', 'withdraw'])('a streamer cannot %s', (event) => {
    const from = ALLOWED.find(([, e]) => e === event)![0];
    expect(m.decide(from, event, ok(), ['streamer'])).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: `product_verification: ${event} needs one of producer, base_staff, admin`,
    });
  });

  it('forbids an actor with no roles', () => {
    expect(m.decide('submitted', 'verify', ok(), [])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(m.decide('draft', 'submit', ok(), [])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('checks the role before the guard (a producer verifying without methods is FORBIDDEN)', () => {
    expect(m.decide('submitted', 'verify', ok({ methodCount: 0 }), PRODUCER)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('skips the role check when no roles are passed', () => {
    expect(m.decide('submitted', 'verify', ok())).toMatchObject({ ok: true, to: 'verified' });
  });
});

describe('product verification machine: guards', () => {
  it('submit needs an approved producer', () => {
    const d = m.decide('draft', 'submit', ok({ producerApproved: false }), PRODUCER);
    expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'producer_not_approved', message: '生产主体通过审核后才能提交商品核验' });
    expect(m.decide('rejected', 'submit', ok({ producerApproved: false }), STAFF)).toMatchObject({ ok: false, reason: 'producer_not_approved' });
  });

  it('submit does not need a valid batch or methods yet', () => {
    expect(m.decide('draft', 'submit', ok({ hasValidBatch: false, methodCount: 0, reason: null }), PRODUCER)).toMatchObject({ ok: true });
  });

  it('verify needs at least one method', () => {
    expect(m.decide('submitted', 'verify', ok({ methodCount: 0 }), STAFF)).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: 'methods_missing',
      message: '请至少选择一种核验方式',
    });
  });

  it('verify needs a batch with valid evidence', () => {
    expect(m.decide('submitted', 'verify', ok({ hasValidBatch: false }), STAFF)).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: 'evidence_missing',
      message: '该商品还没有凭证有效的批次，不能通过核验',
    });
  });

  it('verify asks for methods before evidence', () => {
    expect(m.decide('submitted', 'verify', ok({ methodCount: 0, hasValidBatch: false }), STAFF)).toMatchObject({ reason: 'methods_missing' });
  });

  it('verify passes with three methods and needs no reason', () => {
    expect(m.decide('submitted', 'verify', ok({ methodCount: 3, reason: null }), STAFF)).toEqual({ ok: true, to: 'verified', event: 'verify' });
  });

  it.each<[ProductStatus, string]>([
    ['submitted', 'reject'],
    ['verified', 'suspend'],
    ['suspended', 'reinstate'],
  ])('%s --%s needs a reason', (from, event) => {
    for (const reason of [null, '', '   ']) {
      const d = m.decide(from, event, ok({ reason }), STAFF);
      expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'reason_missing', message: '请填写原因' });
    }
    expect(m.decide(from, event, ok({ reason: ' 已整改 ' }), STAFF)).toMatchObject({ ok: true });
  });

  it('reinstating does not re-check the evidence (expired evidence only takes a product out of the pool)', () => {
    expect(m.decide('suspended', 'reinstate', ok({ hasValidBatch: false, methodCount: 0 }), STAFF)).toMatchObject({ ok: true, to: 'verified' });
  });

  it('withdraw has no guard', () => {
    expect(m.decide('submitted', 'withdraw', { producerApproved: false, hasValidBatch: false, methodCount: 0, reason: null }, PRODUCER)).toMatchObject({
      ok: true,
      to: 'draft',
    });
  });

  it('apply throws the guard message', () => {
    expect(() => m.apply('submitted', 'verify', ok({ hasValidBatch: false }), STAFF)).toThrowError('该商品还没有凭证有效的批次，不能通过核验');
    try {
      m.apply('draft', 'submit', ok({ producerApproved: false }), PRODUCER);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('GUARD_FAILED');
      expect((err as DomainError).details).toEqual({ reason: 'producer_not_approved', from: 'draft', event: 'submit' });
    }
  });
});

describe('product verification machine: available()', () => {
  it.each<[ProductStatus, ProductFacts, readonly string[] | undefined, string[]]>([
    ['draft', ok(), PRODUCER, ['submit']],
    ['draft', ok({ producerApproved: false }), PRODUCER, []],
    ['rejected', ok(), PRODUCER, ['submit']],
    ['submitted', ok(), PRODUCER, ['withdraw']],
    ['submitted', ok(), STAFF, ['withdraw', 'verify', 'reject']],
    ['submitted', ok(), ADMIN, ['withdraw', 'verify', 'reject']],
    ['submitted', ok({ methodCount: 0 }), STAFF, ['withdraw', 'reject']],
    ['submitted', ok({ hasValidBatch: false, reason: null }), STAFF, ['withdraw']],
    ['submitted', ok(), ['streamer'], []],
    ['submitted', ok(), undefined, ['withdraw', 'verify', 'reject']],
    ['verified', ok(), STAFF, ['suspend']],
    ['verified', ok({ reason: null }), STAFF, []],
    ['verified', ok(), PRODUCER, []],
    ['suspended', ok(), ADMIN, ['reinstate']],
    ['suspended', ok(), PRODUCER, []],
  ])('from %s with %j as %j', (from, facts, roles, expected) => {
    expect(m.available(from, facts, roles)).toEqual(expected);
  });
});
