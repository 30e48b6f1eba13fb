import { describe, expect, it } from 'vitest';
import { canStillRespond, violationMachine, VIOLATION_STATUSES, type ViolationFacts } from './violation.machine.js';

const STAFF = ['base_staff'];
const complete: ViolationFacts = { clauseExists: true, evidence: '直播回放原话', creditDeduction: 3, reason: '说明' };

describe('violation workflow', () => {
  it('goes reported → under_review → confirmed → rectified for staff', () => {
    expect(violationMachine.apply('reported', 'review', complete, STAFF)).toBe('under_review');
    expect(violationMachine.apply('under_review', 'confirm', complete, STAFF)).toBe('confirmed');
    expect(violationMachine.apply('confirmed', 'rectify', complete, ['admin'])).toBe('rectified');
  });

  it('dismisses from reported or under review, with a reason', () => {
    expect(violationMachine.apply('reported', 'dismiss', complete, STAFF)).toBe('dismissed');
    expect(violationMachine.apply('under_review', 'dismiss', complete, STAFF)).toBe('dismissed');
    expect(violationMachine.decide('reported', 'dismiss', { ...complete, reason: '  ' }, STAFF)).toMatchObject({ ok: false, reason: 'reason_missing' });
  });

  it('confirms only with a clause of the convention, evidence and a deduction', () => {
    expect(violationMachine.decide('under_review', 'confirm', { ...complete, clauseExists: false }, STAFF)).toMatchObject({ ok: false, reason: 'clause_missing' });
    expect(violationMachine.decide('under_review', 'confirm', { ...complete, evidence: null }, STAFF)).toMatchObject({ ok: false, reason: 'evidence_missing' });
    expect(violationMachine.decide('under_review', 'confirm', { ...complete, creditDeduction: 0 }, STAFF)).toMatchObject({ ok: false, reason: 'deduction_missing' });
    expect(violationMachine.decide('under_review', 'confirm', { ...complete, creditDeduction: null }, STAFF)).toMatchObject({ ok: false, reason: 'deduction_missing' });
  });

  it('skips no step and lets only staff act', () => {
    expect(violationMachine.decide('reported', 'confirm', complete, STAFF)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(violationMachine.decide('under_review', 'rectify', complete, STAFF)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    for (const role of ['streamer', 'producer', 'org_secretary']) expect(violationMachine.available('reported', complete, [role])).toEqual([]);
  });

  it('ends at dismissed and rectified, and the streamer answers only before a decision', () => {
    for (const s of ['dismissed', 'rectified'] as const) {
      expect(violationMachine.isTerminal(s)).toBe(true);
      expect(violationMachine.available(s, complete, STAFF)).toEqual([]);
    }
    expect(VIOLATION_STATUSES.filter(canStillRespond)).toEqual(['reported', 'under_review']);
    expect(violationMachine.available('confirmed', complete, STAFF)).toEqual(['rectify']);
  });
});
