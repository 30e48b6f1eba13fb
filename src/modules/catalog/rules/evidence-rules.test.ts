import { describe, expect, it } from 'vitest';
import {
  batchValidity,
  EVIDENCE_BITS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  evidenceValidOn,
  poolStanding,
  type BatchFacts,
  type EvidenceFact,
  type EvidenceKind,
} from './evidence-rules.js';

const TODAY = '2026-03-15';
const YESTERDAY = '2026-03-14';
const TOMORROW = '2026-03-16';

const ev = (kind: EvidenceKind, over: Partial<EvidenceFact> = {}): EvidenceFact => ({
  kind,
  result: 'pass',
  issuedOn: '2026-01-10',
  validUntil: '2026-12-31',
  ...over,
});
const cert = (over: Partial<EvidenceFact> = {}) => ev('compliance_certificate', over);
const report = (over: Partial<EvidenceFact> = {}) => ev('inspection_report', over);
const certification = (over: Partial<EvidenceFact> = {}) => ev('certification', over);
const batch = (id: string, ...evidence: EvidenceFact[]): BatchFacts => ({ id, evidence });

const CC = EVIDENCE_BITS.compliance_certificate;
const IR = EVIDENCE_BITS.inspection_report;
const CE = EVIDENCE_BITS.certification;

describe('evidence constants', () => {
  it('has one distinct power-of-two bit per kind', () => {
    const bits = EVIDENCE_KINDS.map((k) => EVIDENCE_BITS[k]);
    expect(bits).toEqual([1, 2, 4]);
    expect(new Set(bits).size).toBe(EVIDENCE_KINDS.length);
  });

  it('labels every kind in Chinese', () => {
    expect(EVIDENCE_KIND_LABELS).toEqual({ compliance_certificate: '承诺达标合格证', inspection_report: '检测报告', certification: '认证证书' });
  });
});

describe('evidenceValidOn', () => {
  it.each<[string, Partial<EvidenceFact>, boolean]>([
    ['issued today, ends later', { issuedOn: TODAY }, true],
    ['issued tomorrow (future)', { issuedOn: TOMORROW }, false],
    ['issued yesterday', { issuedOn: YESTERDAY }, true],
    ['valid until today (last day counts)', { validUntil: TODAY }, true],
    ['valid until yesterday (expired)', { validUntil: YESTERDAY }, false],
    ['valid until tomorrow', { validUntil: TOMORROW }, true],
    ['no end date', { validUntil: null }, true],
    ['no end date but issued in future', { validUntil: null, issuedOn: TOMORROW }, false],
    ['one-day evidence on its day', { issuedOn: TODAY, validUntil: TODAY }, true],
    ['failed result, otherwise in date', { result: 'fail' }, false],
    ['failed result with no end', { result: 'fail', validUntil: null }, false],
  ])('%s → %s', (_name, over, expected) => {
    expect(evidenceValidOn(cert(over), TODAY)).toBe(expected);
  });

  it('compares ISO days across month and year ends', () => {
    expect(evidenceValidOn(cert({ issuedOn: '2025-12-31', validUntil: '2026-01-01' }), '2026-01-01')).toBe(true);
    expect(evidenceValidOn(cert({ issuedOn: '2025-12-31', validUntil: '2026-01-01' }), '2026-01-02')).toBe(false);
    expect(evidenceValidOn(cert({ issuedOn: '2026-02-01', validUntil: '2026-02-28' }), '2026-01-31')).toBe(false);
  });
});

describe('batchValidity: edible products', () => {
  it('needs a valid 承诺达标合格证', () => {
    expect(batchValidity(batch('b', report()), true, TODAY)).toEqual({ valid: false, validUntil: null, mask: 0, reason: '缺少有效的承诺达标合格证' });
    expect(batchValidity(batch('b', certification()), true, TODAY)).toMatchObject({ valid: false, reason: '缺少有效的承诺达标合格证' });
    expect(batchValidity(batch('b'), true, TODAY)).toMatchObject({ valid: false, reason: '缺少有效的承诺达标合格证' });
  });

  it('does not count an expired or not-yet-issued 合格证', () => {
    expect(batchValidity(batch('b', cert({ validUntil: YESTERDAY })), true, TODAY)).toMatchObject({ valid: false, reason: '缺少有效的承诺达标合格证' });
    expect(batchValidity(batch('b', cert({ issuedOn: TOMORROW })), true, TODAY)).toMatchObject({ valid: false, reason: '缺少有效的承诺达标合格证' });
  });

  it('is valid with just a 合格证, until its end', () => {
    expect(batchValidity(batch('b', cert({ validUntil: '2026-06-30' })), true, TODAY)).toEqual({ valid: true, validUntil: '2026-06-30', mask: CC, reason: null });
  });

  it('stays valid on the 合格证 last day', () => {
    expect(batchValidity(batch('b', cert({ validUntil: TODAY })), true, TODAY)).toMatchObject({ valid: true, validUntil: TODAY });
  });

  it('takes the latest end among several valid 合格证', () => {
    const b = batch('b', cert({ validUntil: '2026-04-01' }), cert({ validUntil: '2026-09-01' }), cert({ validUntil: '2026-05-01' }));
    expect(batchValidity(b, true, TODAY).validUntil).toBe('2026-09-01');
  });

  it('ignores an expired 合格证 when another is valid', () => {
    const b = batch('b', cert({ validUntil: YESTERDAY }), cert({ validUntil: '2026-04-01' }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: true, validUntil: '2026-04-01', mask: CC, reason: null });
  });

  it('is open-ended when a valid 合格证 has no end and there is no report', () => {
    const b = batch('b', cert({ validUntil: '2026-04-01' }), cert({ validUntil: null }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: true, validUntil: null, mask: CC, reason: null });
  });

  it('is spoilt by a failed inspection report', () => {
    const b = batch('b', cert(), report({ result: 'fail' }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: false, validUntil: null, mask: 0, reason: '批次有不合格的检测结果' });
  });

  it('is spoilt by a failed report even alongside a passing one', () => {
    const b = batch('b', cert(), report(), report({ result: 'fail' }));
    expect(batchValidity(b, true, TODAY)).toMatchObject({ valid: false, reason: '批次有不合格的检测结果' });
  });

  it('is spoilt by failed evidence that has long expired', () => {
    const b = batch('b', cert(), report({ result: 'fail', issuedOn: '2020-01-01', validUntil: '2020-06-01' }));
    expect(batchValidity(b, true, TODAY)).toMatchObject({ valid: false, reason: '批次有不合格的检测结果' });
  });

  it('is spoilt by failed evidence of any kind', () => {
    expect(batchValidity(batch('b', cert(), cert({ result: 'fail' })), true, TODAY)).toMatchObject({ valid: false, reason: '批次有不合格的检测结果' });
    expect(batchValidity(batch('b', cert(), certification({ result: 'fail' })), true, TODAY)).toMatchObject({ valid: false, reason: '批次有不合格的检测结果' });
  });

  it('is taken out by an expired report even with a valid 合格证', () => {
    const b = batch('b', cert({ validUntil: null }), report({ validUntil: YESTERDAY }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: false, validUntil: null, mask: 0, reason: '检测报告已过有效期' });
  });

  it('stays in when one of several reports is still valid', () => {
    const b = batch('b', cert(), report({ validUntil: YESTERDAY }), report({ validUntil: '2026-05-01' }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: true, validUntil: '2026-05-01', mask: CC | IR, reason: null });
  });

  it('checks the 合格证 before the reports', () => {
    const b = batch('b', report({ validUntil: YESTERDAY }));
    expect(batchValidity(b, true, TODAY).reason).toBe('缺少有效的承诺达标合格证');
  });

  it.each<[string, string | null, string | null, string | null]>([
    ['合格证 ends first', '2026-04-01', '2026-08-01', '2026-04-01'],
    ['report ends first', '2026-08-01', '2026-04-01', '2026-04-01'],
    ['same day', '2026-05-05', '2026-05-05', '2026-05-05'],
    ['合格证 open-ended', null, '2026-04-01', '2026-04-01'],
    ['report open-ended', '2026-04-01', null, '2026-04-01'],
    ['both open-ended', null, null, null],
  ])('validUntil is the earlier of 合格证 and report ends: %s', (_name, certEnd, reportEnd, expected) => {
    const b = batch('b', cert({ validUntil: certEnd }), report({ validUntil: reportEnd }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: true, validUntil: expected, mask: CC | IR, reason: null });
  });

  it('uses the latest 合格证 end and the latest report end before taking the earlier', () => {
    const b = batch(
      'b',
      cert({ validUntil: '2026-04-01' }),
      cert({ validUntil: '2026-07-01' }),
      report({ validUntil: '2026-05-01' }),
      report({ validUntil: '2026-10-01' }),
    );
    expect(batchValidity(b, true, TODAY).validUntil).toBe('2026-07-01');
  });

  it('does not let a certification extend the end date', () => {
    const b = batch('b', cert({ validUntil: '2026-04-01' }), certification({ validUntil: null }));
    expect(batchValidity(b, true, TODAY)).toEqual({ valid: true, validUntil: '2026-04-01', mask: CC | CE, reason: null });
  });

  it('puts every valid kind in the mask and leaves out expired ones', () => {
    expect(batchValidity(batch('b', cert(), report(), certification()), true, TODAY).mask).toBe(CC | IR | CE);
    expect(batchValidity(batch('b', cert(), certification({ validUntil: YESTERDAY })), true, TODAY).mask).toBe(CC);
  });
});

describe('batchValidity: non-edible products', () => {
  it('needs no 合格证: any one valid piece of evidence will do', () => {
    expect(batchValidity(batch('b', certification({ validUntil: '2026-07-01' })), false, TODAY)).toEqual({ valid: true, validUntil: '2026-07-01', mask: CE, reason: null });
    expect(batchValidity(batch('b', cert({ validUntil: '2026-07-01' })), false, TODAY)).toEqual({ valid: true, validUntil: '2026-07-01', mask: CC, reason: null });
    expect(batchValidity(batch('b', report({ validUntil: '2026-07-01' })), false, TODAY)).toEqual({ valid: true, validUntil: '2026-07-01', mask: IR, reason: null });
  });

  it('is not valid with no evidence, or only expired evidence', () => {
    expect(batchValidity(batch('b'), false, TODAY)).toEqual({ valid: false, validUntil: null, mask: 0, reason: '没有有效的凭证' });
    expect(batchValidity(batch('b', certification({ validUntil: YESTERDAY }), cert({ issuedOn: TOMORROW })), false, TODAY)).toMatchObject({
      valid: false,
      reason: '没有有效的凭证',
    });
  });

  it('takes the latest end among valid evidence when there is no report', () => {
    const b = batch('b', certification({ validUntil: '2026-04-01' }), cert({ validUntil: '2026-08-01' }), certification({ validUntil: YESTERDAY }));
    expect(batchValidity(b, false, TODAY)).toEqual({ valid: true, validUntil: '2026-08-01', mask: CC | CE, reason: null });
  });

  it('is open-ended when a valid piece has no end', () => {
    expect(batchValidity(batch('b', certification({ validUntil: '2026-04-01' }), cert({ validUntil: null })), false, TODAY).validUntil).toBeNull();
  });

  it('is spoilt by a failed report', () => {
    expect(batchValidity(batch('b', certification(), report({ result: 'fail' })), false, TODAY)).toEqual({
      valid: false,
      validUntil: null,
      mask: 0,
      reason: '批次有不合格的检测结果',
    });
  });

  it('is taken out by an expired report even with other valid evidence', () => {
    const b = batch('b', certification({ validUntil: null }), cert({ validUntil: null }), report({ validUntil: YESTERDAY }));
    expect(batchValidity(b, false, TODAY)).toEqual({ valid: false, validUntil: null, mask: 0, reason: '检测报告已过有效期' });
  });

  it('ends with its latest valid report when it has reports', () => {
    const b = batch('b', certification({ validUntil: null }), report({ validUntil: '2026-04-01' }), report({ validUntil: '2026-06-01' }));
    expect(batchValidity(b, false, TODAY)).toEqual({ valid: true, validUntil: '2026-06-01', mask: IR | CE, reason: null });
  });
});

describe('poolStanding', () => {
  const validEdible = (id: string, until: string | null = '2026-06-30') => batch(id, cert({ validUntil: until }));
  const expired = (id: string) => batch(id, cert({ validUntil: YESTERDAY }));

  it('is never in the pool when not verified, however good the evidence', () => {
    const s = poolStanding({ verified: false, edible: true, batches: [validEdible('a', null), validEdible('b')], today: TODAY });
    expect(s.inPool).toBe(false);
    expect(s.validUntil).toBeNull();
    expect(s.validBatchIds).toEqual(['a', 'b']);
    expect(s.evidenceMask).toBe(CC);
  });

  it('is in the pool when verified with a valid batch', () => {
    expect(poolStanding({ verified: true, edible: true, batches: [validEdible('a')], today: TODAY })).toEqual({
      inPool: true,
      validUntil: '2026-06-30',
      evidenceMask: CC,
      validBatchIds: ['a'],
    });
  });

  it('is out of the pool with no batches', () => {
    expect(poolStanding({ verified: true, edible: true, batches: [], today: TODAY })).toEqual({ inPool: false, validUntil: null, evidenceMask: 0, validBatchIds: [] });
  });

  it('is out of the pool when no batch is valid', () => {
    const s = poolStanding({ verified: true, edible: true, batches: [expired('a'), batch('b', report())], today: TODAY });
    expect(s).toEqual({ inPool: false, validUntil: null, evidenceMask: 0, validBatchIds: [] });
  });

  it('ORs the masks of valid batches only', () => {
    const s = poolStanding({
      verified: true,
      edible: true,
      batches: [
        batch('a', cert()),
        batch('b', cert(), certification()),
        batch('spoilt', cert(), report({ result: 'fail' })),
        batch('expired-report', cert(), report({ validUntil: YESTERDAY })),
      ],
      today: TODAY,
    });
    expect(s.evidenceMask).toBe(CC | CE);
    expect(s.validBatchIds).toEqual(['a', 'b']);
    expect(s.inPool).toBe(true);
  });

  it('takes the latest end across valid batches', () => {
    const s = poolStanding({ verified: true, edible: true, batches: [validEdible('a', '2026-04-01'), validEdible('b', '2026-09-01'), validEdible('c', '2026-05-01')], today: TODAY });
    expect(s.validUntil).toBe('2026-09-01');
  });

  it('ignores the end of an invalid batch', () => {
    const s = poolStanding({
      verified: true,
      edible: true,
      batches: [validEdible('a', '2026-04-01'), batch('x', cert({ validUntil: null }), report({ result: 'fail' }))],
      today: TODAY,
    });
    expect(s.validUntil).toBe('2026-04-01');
    expect(s.validBatchIds).toEqual(['a']);
  });

  it.each([
    ['first', [null, '2026-04-01']],
    ['last', ['2026-04-01', null]],
    ['middle', ['2026-04-01', null, '2026-09-01']],
  ] as const)('lets an open-ended batch win (%s)', (_pos, ends) => {
    const s = poolStanding({ verified: true, edible: true, batches: ends.map((e, i) => validEdible(`b${i}`, e)), today: TODAY });
    expect(s.inPool).toBe(true);
    expect(s.validUntil).toBeNull();
  });

  it('keeps batch ids in input order', () => {
    const s = poolStanding({ verified: true, edible: false, batches: [batch('z', certification()), batch('a', report()), batch('m', cert())], today: TODAY });
    expect(s.validBatchIds).toEqual(['z', 'a', 'm']);
    expect(s.evidenceMask).toBe(CC | IR | CE);
  });

  it('applies the edible rule: a non-edible-valid batch without 合格证 does not count for edible', () => {
    const batches = [batch('a', certification())];
    expect(poolStanding({ verified: true, edible: false, batches, today: TODAY }).inPool).toBe(true);
    expect(poolStanding({ verified: true, edible: true, batches, today: TODAY }).inPool).toBe(false);
  });

  it('leaves the pool the day after the last valid day', () => {
    const batches = [validEdible('a', '2026-03-20')];
    expect(poolStanding({ verified: true, edible: true, batches, today: '2026-03-20' })).toMatchObject({ inPool: true, validUntil: '2026-03-20' });
    expect(poolStanding({ verified: true, edible: true, batches, today: '2026-03-21' })).toMatchObject({ inPool: false, validUntil: null });
  });
});
