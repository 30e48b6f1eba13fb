import { describe, expect, it } from 'vitest';
import { isReportOverdue, overlaps, priceMarks, reportDueAt, sessionMachine, type SessionFacts } from './session.machine.js';

const ready: SessionFacts = { productCount: 1, scriptMustFix: 0, overridden: false, cooperationsCover: true, insideWindows: true, partyDemo: false, partyConfirmed: false, startsInFuture: true, reportComplete: true, reason: '改期' };
const S = ['streamer'];

describe('live session workflow', () => {
  it('goes draft → scheduled → live → ended → reported', () => {
    expect(sessionMachine.apply('draft', 'schedule', ready, S)).toBe('scheduled');
    expect(sessionMachine.apply('scheduled', 'go_live', ready, S)).toBe('live');
    expect(sessionMachine.apply('live', 'end', ready, S)).toBe('ended');
    expect(sessionMachine.apply('ended', 'report', ready, S)).toBe('reported');
    expect(sessionMachine.apply('scheduled', 'revise', ready, S)).toBe('draft');
  });

  it('schedules only with products under cooperation, a clear (or let-through) script, and a future start', () => {
    const blocked = (f: Partial<SessionFacts>) => sessionMachine.decide('draft', 'schedule', { ...ready, ...f }, S);
    expect(blocked({ productCount: 0 })).toMatchObject({ ok: false, reason: 'no_products' });
    expect(blocked({ cooperationsCover: false })).toMatchObject({ ok: false, reason: 'no_cooperation' });
    expect(blocked({ insideWindows: false })).toMatchObject({ ok: false, reason: 'outside_window' });
    expect(blocked({ scriptMustFix: 2 })).toMatchObject({ ok: false, reason: 'script_must_fix' });
    expect(blocked({ scriptMustFix: 2, overridden: true }).ok).toBe(true);
    expect(blocked({ partyDemo: true })).toMatchObject({ ok: false, reason: 'party_unconfirmed' });
    expect(blocked({ partyDemo: true, partyConfirmed: true }).ok).toBe(true);
    expect(blocked({ startsInFuture: false })).toMatchObject({ ok: false, reason: 'starts_in_past' });
  });

  it('cancels before going live only, with a reason, by the streamer or staff', () => {
    expect(sessionMachine.apply('scheduled', 'cancel', ready, ['staff'])).toBe('cancelled');
    expect(sessionMachine.decide('draft', 'cancel', { ...ready, reason: null }, S)).toMatchObject({ ok: false, reason: 'reason_missing' });
    expect(sessionMachine.decide('live', 'cancel', ready, S).ok).toBe(false);
    expect(sessionMachine.decide('draft', 'schedule', ready, ['staff'])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(sessionMachine.decide('ended', 'report', { ...ready, reportComplete: false }, S)).toMatchObject({ ok: false, reason: 'report_incomplete' });
  });

  it('makes the report due 3 days after the end', () => {
    expect(reportDueAt('2026-12-01T14:00:00.000Z')).toBe('2026-12-04T14:00:00.000Z');
    const s = { status: 'ended' as const, reportDueAt: '2026-12-04T14:00:00.000Z' };
    expect(isReportOverdue(s, '2026-12-04T14:00:00.000Z')).toBe(false);
    expect(isReportOverdue(s, '2026-12-04T14:00:00.001Z')).toBe(true);
    expect(isReportOverdue({ ...s, status: 'reported' }, '2027-01-01T00:00:00.000Z')).toBe(false);
  });

  it('marks prices without enforcing any, and finds overlapping windows', () => {
    expect(priceMarks(3000, 2000, 4000)).toEqual([]);
    expect(priceMarks(2799, 2000, 4000)).toEqual(['far_below_retail']);
    expect(priceMarks(1999, 2000, 4000)).toEqual(['below_supply', 'far_below_retail']);
    expect(priceMarks(1999, 2000, 2500)).toEqual(['below_supply']);
    const a = { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T14:00:00Z' };
    expect(overlaps(a, { startsAt: '2026-12-01T13:00:00Z', endsAt: '2026-12-01T15:00:00Z' })).toBe(true);
    expect(overlaps(a, { startsAt: '2026-12-01T14:00:00Z', endsAt: '2026-12-01T15:00:00Z' })).toBe(false);
    expect(overlaps(a, { startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T16:00:00Z' })).toBe(true);
  });
});
