import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/errors.js';
import {
  needsCreditCode,
  PRODUCER_STATUSES,
  PRODUCER_TYPE_LABELS,
  PRODUCER_TYPES,
  producerApplicationMachine as m,
  type ProducerFacts,
  type ProducerStatus,
  type ProducerType,
} from './producer-application.machine.js';

const STAFF = ['base_staff'];
const ADMIN = ['admin'];
const PRODUCER = ['producer'];

/** Facts under which every guard passes. */
const ok = (over: Partial<ProducerFacts> = {}): ProducerFacts => ({
  type: 'coop',
  hasCreditCode: true,
  licenceFileCount: 1,
  documentsChecked: true,
  reason: '材料不全',
  ...over,
});

const EVENTS = ['submit', 'approve', 'reject'] as const;
/** The whole table: [from, event, to]. */
const ALLOWED: [ProducerStatus, string, ProducerStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['rejected', 'submit', 'submitted'],
  ['submitted', 'approve', 'approved'],
  ['submitted', 'reject', 'rejected'],
];
const isAllowed = (from: ProducerStatus, event: string) => ALLOWED.some(([f, e]) => f === from && e === event);
const DISALLOWED = PRODUCER_STATUSES.flatMap((from) => EVENTS.filter((e) => !isAllowed(from, e)).map((e) => [from, e] as [ProducerStatus, string]));

describe('producer application machine: shape', () => {
  it('starts in draft with four states', () => {
    expect(m.name).toBe('producer_application');
    expect(m.initial).toBe('draft');
    expect([...m.states]).toEqual(['draft', 'submitted', 'approved', 'rejected']);
  });

  it('has no terminal states declared', () => {
    for (const s of PRODUCER_STATUSES) expect(m.isTerminal(s)).toBe(false);
  });

  it('labels every producer type in Chinese', () => {
    expect(Object.keys(PRODUCER_TYPE_LABELS).sort()).toEqual([...PRODUCER_TYPES].sort());
    expect(PRODUCER_TYPE_LABELS.coop).toBe('农民专业合作社');
    expect(PRODUCER_TYPE_LABELS.farmer).toBe('农户');
  });

  it.each<[ProducerType, boolean]>([
    ['farmer', false],
    ['agent', false],
    ['coop', true],
    ['collective', true],
    ['enterprise', true],
  ])('needsCreditCode(%s) is %s', (type, expected) => {
    expect(needsCreditCode(type)).toBe(expected);
  });
});

describe('producer application machine: transitions', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(m.decide(from, event, ok(), STAFF)).toEqual({ ok: true, to, event });
    expect(m.decide(from, event, ok(), ADMIN)).toEqual({ ok: true, to, event });
    expect(m.apply(from, event, ok(), STAFF)).toBe(to);
  });

  it('lets decide run without roles (the route already allowed the actor)', () => {
    expect(m.decide('submitted', 'approve', ok())).toEqual({ ok: true, to: 'approved', event: 'approve' });
  });

  it('covers every state and event pair in the two tables', () => {
    expect(ALLOWED.length + DISALLOWED.length).toBe(PRODUCER_STATUSES.length * EVENTS.length);
  });

  it.each(DISALLOWED)('%s --%s--> refused as INVALID_TRANSITION', (from, event) => {
    const d = m.decide(from, event, ok(), ADMIN);
    expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    if (!d.ok) expect(d.reason).toBe(`producer_application: ${event} is not allowed from ${from}`);
    expect(() => m.apply(from, event, ok(), ADMIN)).toThrowError(DomainError);
  });

  it('refuses unknown events', () => {
    expect(m.decide('draft', 'publish', ok(), ADMIN)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(m.decide('submitted', 'withdraw', ok(), ADMIN)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('throws a DomainError carrying the code, state and event', () => {
    try {
      m.apply('approved', 'submit', ok(), PRODUCER);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      const e = err as DomainError;
      expect(e.code).toBe('INVALID_TRANSITION');
      expect(e.details).toMatchObject({ from: 'approved', event: 'submit' });
    }
  });
});

describe('producer application machine: roles', () => {
  it.each(['approve', 'reject'])('a producer cannot %s (FORBIDDEN)', (event) => {
    const d = m.decide('submitted', event, ok(), PRODUCER);
    expect(d).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    if (!d.ok) expect(d.reason).toBe(`producer_application: ${event} needs one of base_staff, admin`);
    expect(() => m.apply('submitted', event, ok(), PRODUCER)).toThrowError(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it.each<[string[]]>([[['streamer']], [['agent']], [[]]])('roles %j cannot approve', (roles) => {
    expect(m.decide('submitted', 'approve', ok(), roles)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('accepts a staff member who holds other roles too', () => {
    expect(m.decide('submitted', 'approve', ok(), ['producer', 'base_staff'])).toMatchObject({ ok: true, to: 'approved' });
  });

  it.each<[string[]]>([[PRODUCER], [STAFF], [ADMIN], [['streamer']]])('submit is open to %j (the route decides who may)', (roles) => {
    expect(Array.isArray(roles)).toBe(true);
    expect(m.decide('draft', 'submit', ok(), roles)).toMatchObject({ ok: true, to: 'submitted' });
  });

  it('checks the role before the guard', () => {
    const d = m.decide('submitted', 'approve', ok({ documentsChecked: false }), PRODUCER);
    expect(d).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('producer application machine: guards', () => {
  const CREDIT_MSG = '合作社、村集体和企业须填写统一社会信用代码';
  const LICENCE_MSG = '请上传营业执照等证照文件后再提交';

  it.each<ProducerType>(['coop', 'collective', 'enterprise'])('%s needs a credit code to submit', (type) => {
    const d = m.decide('draft', 'submit', ok({ type, hasCreditCode: false }), PRODUCER);
    expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'credit_code_missing', message: CREDIT_MSG });
  });

  it.each<ProducerType>(['coop', 'collective', 'enterprise'])('%s needs a licence file to submit', (type) => {
    const d = m.decide('draft', 'submit', ok({ type, licenceFileCount: 0 }), PRODUCER);
    expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'licence_missing', message: LICENCE_MSG });
  });

  it('asks for the credit code before the licence', () => {
    expect(m.decide('draft', 'submit', ok({ hasCreditCode: false, licenceFileCount: 0 }))).toMatchObject({ reason: 'credit_code_missing' });
  });

  it.each<ProducerType>(['farmer', 'agent'])('%s may submit with no credit code and no licence file', (type) => {
    expect(m.decide('draft', 'submit', ok({ type, hasCreditCode: false, licenceFileCount: 0 }), PRODUCER)).toEqual({ ok: true, to: 'submitted', event: 'submit' });
  });

  it('applies the same guard when resubmitting after rejection', () => {
    expect(m.decide('rejected', 'submit', ok({ hasCreditCode: false }))).toMatchObject({ ok: false, code: 'GUARD_FAILED', reason: 'credit_code_missing' });
    expect(m.decide('rejected', 'submit', ok({ licenceFileCount: 0 }))).toMatchObject({ ok: false, reason: 'licence_missing' });
  });

  it('accepts several licence files', () => {
    expect(m.decide('draft', 'submit', ok({ licenceFileCount: 3 }))).toMatchObject({ ok: true });
  });

  it('needs the documents checked before approval', () => {
    const d = m.decide('submitted', 'approve', ok({ documentsChecked: false }), STAFF);
    expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'documents_unchecked', message: '请先完成资料审核（勾选“资料已核对”）再通过' });
  });

  it('throws the guard message as the DomainError message', () => {
    try {
      m.apply('submitted', 'approve', ok({ documentsChecked: false }), STAFF);
      expect.unreachable();
    } catch (err) {
      expect((err as DomainError).code).toBe('GUARD_FAILED');
      expect((err as DomainError).message).toBe('请先完成资料审核（勾选“资料已核对”）再通过');
      expect((err as DomainError).details).toMatchObject({ reason: 'documents_unchecked' });
    }
  });

  it('does not need a reason to approve', () => {
    expect(m.decide('submitted', 'approve', ok({ reason: null }), STAFF)).toMatchObject({ ok: true });
  });

  it('does not need the documents checked to reject', () => {
    expect(m.decide('submitted', 'reject', ok({ documentsChecked: false }), STAFF)).toMatchObject({ ok: true, to: 'rejected' });
  });

  it.each([null, '', '   ', '\n\t'])('needs a reason to reject (%j refused)', (reason) => {
    const d = m.decide('submitted', 'reject', ok({ reason }), STAFF);
    expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'reason_missing', message: '驳回须填写原因' });
  });

  it('accepts a reason with surrounding spaces', () => {
    expect(m.decide('submitted', 'reject', ok({ reason: '  营业执照模糊  ' }), STAFF)).toMatchObject({ ok: true });
  });
});

describe('producer application machine: available()', () => {
  it.each<[ProducerStatus, ProducerFacts, readonly string[] | undefined, string[]]>([
    ['draft', ok(), PRODUCER, ['submit']],
    ['draft', ok({ hasCreditCode: false }), PRODUCER, []],
    ['draft', ok({ type: 'farmer', hasCreditCode: false, licenceFileCount: 0 }), PRODUCER, ['submit']],
    ['rejected', ok(), PRODUCER, ['submit']],
    ['submitted', ok(), STAFF, ['approve', 'reject']],
    ['submitted', ok(), ADMIN, ['approve', 'reject']],
    ['submitted', ok(), PRODUCER, []],
    ['submitted', ok({ documentsChecked: false }), STAFF, ['reject']],
    ['submitted', ok({ reason: null }), STAFF, ['approve']],
    ['submitted', ok({ documentsChecked: false, reason: null }), STAFF, []],
    ['submitted', ok(), undefined, ['approve', 'reject']],
    ['approved', ok(), ADMIN, []],
  ])('from %s with %j as %j', (from, facts, roles, expected) => {
    expect(m.available(from, facts, roles)).toEqual(expected);
  });
});
