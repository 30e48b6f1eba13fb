import { describe, expect, it } from 'vitest';
import { bookingMachine, isBookable, slotProblems } from './service-day.js';

const slot = (startsAt: string, endsAt: string, capacity = 4) => ({ startsAt, endsAt, capacity });

describe('slotProblems', () => {
  it('accepts back-to-back slots in any order', () => {
    expect(slotProblems([slot('10:30', '11:30'), slot('09:30', '10:30'), slot('14:00', '16:00', 50)])).toEqual([]);
  });
  it('wants at least one slot and at most 20', () => {
    expect(slotProblems([])).toEqual(['请至少设置一个时段']);
    const many = Array.from({ length: 21 }, (_, i) => slot(`${String(i).padStart(2, '0')}:00`, `${String(i).padStart(2, '0')}:30`));
    expect(slotProblems(many)).toEqual(['时段最多 20 个']);
  });
  it('names the slot with a bad time, a reversed time or a bad capacity', () => {
    expect(slotProblems([slot('9:30', '10:30')])).toEqual(['第 1 个时段的时间格式应为 HH:MM']);
    expect(slotProblems([slot('09:00', '10:00'), slot('11:00', '11:00')])).toEqual(['第 2 个时段的结束时间应晚于开始时间']);
    expect(slotProblems([slot('09:00', '10:00', 0)])).toEqual(['第 1 个时段的名额应为 1–50 人']);
    expect(slotProblems([slot('09:00', '10:00', 51)])).toEqual(['第 1 个时段的名额应为 1–50 人']);
    expect(slotProblems([slot('09:00', '10:00', 2.5)])).toEqual(['第 1 个时段的名额应为 1–50 人']);
  });
  it('finds overlapping slots', () => {
    expect(slotProblems([slot('09:00', '10:30'), slot('10:00', '11:00')])).toEqual(['时段 09:00–10:30 与 10:00–11:00 重叠']);
  });
});

describe('isBookable', () => {
  it('takes bookings on a published day until the day itself', () => {
    expect(isBookable({ status: 'published', day: '2026-12-03' }, '2026-12-01')).toBe(true);
    expect(isBookable({ status: 'published', day: '2026-12-03' }, '2026-12-03')).toBe(true);
    expect(isBookable({ status: 'published', day: '2026-12-03' }, '2026-12-04')).toBe(false);
    expect(isBookable({ status: 'cancelled', day: '2026-12-03' }, '2026-12-01')).toBe(false);
  });
});

describe('bookingMachine', () => {
  it('lets officers record attendance with an outcome, or a no-show', () => {
    expect(bookingMachine.apply('booked', 'attend', { outcome: '现场指导完成个税汇算' }, ['officer'])).toBe('attended');
    expect(bookingMachine.decide('booked', 'attend', { outcome: '好' }, ['officer'])).toMatchObject({ ok: false, code: 'GUARD_FAILED', message: '请记录接待情况（至少 5 个字）' });
    expect(bookingMachine.apply('booked', 'no_show', { outcome: null }, ['officer'])).toBe('no_show');
    expect(bookingMachine.decide('booked', 'attend', { outcome: '现场指导完成个税汇算' }, ['requester'])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
  it('lets the requester or the system cancel, and nothing leaves a closed booking', () => {
    expect(bookingMachine.apply('booked', 'cancel', { outcome: null }, ['requester'])).toBe('cancelled');
    expect(bookingMachine.apply('booked', 'cancel', { outcome: null }, ['system'])).toBe('cancelled');
    expect(bookingMachine.decide('booked', 'cancel', { outcome: null }, ['officer'])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    for (const s of ['cancelled', 'attended', 'no_show'] as const) {
      expect(bookingMachine.isTerminal(s)).toBe(true);
      expect(bookingMachine.available(s, { outcome: 'anything at all' }, ['officer', 'requester', 'system'])).toEqual([]);
    }
  });
});
