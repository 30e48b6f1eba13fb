import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

/** Units a department can hold a service day at: the bases and venues streamers come to. */
export const SERVICE_DAY_PLACE_TYPES = ['base', 'venue', 'training_site'] as const;
export const MAX_SLOTS = 20;
export const MAX_SLOT_CAPACITY = 50;

export interface SlotInput {
  startsAt: string;
  endsAt: string;
  capacity: number;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What is wrong with a day's slots, in Chinese, or an empty list: times as HH:MM, each slot
 * ending after it starts, no two overlapping, 1–50 places each, 1–20 slots.
 */
export function slotProblems(slots: readonly SlotInput[]): string[] {
  const problems: string[] = [];
  if (slots.length === 0) problems.push('请至少设置一个时段');
  if (slots.length > MAX_SLOTS) problems.push(`时段最多 ${MAX_SLOTS} 个`);
  slots.forEach((s, i) => {
    const n = `第 ${i + 1} 个时段`;
    if (!HHMM.test(s.startsAt) || !HHMM.test(s.endsAt)) problems.push(`${n}的时间格式应为 HH:MM`);
    else if (s.endsAt <= s.startsAt) problems.push(`${n}的结束时间应晚于开始时间`);
    if (!Number.isInteger(s.capacity) || s.capacity < 1 || s.capacity > MAX_SLOT_CAPACITY) problems.push(`${n}的名额应为 1–${MAX_SLOT_CAPACITY} 人`);
  });
  const sorted = slots.filter((s) => HHMM.test(s.startsAt) && HHMM.test(s.endsAt)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i].startsAt < sorted[i - 1].endsAt) problems.push(`时段 ${sorted[i - 1].startsAt}–${sorted[i - 1].endsAt} 与 ${sorted[i].startsAt}–${sorted[i].endsAt} 重叠`);
  }
  return problems;
}

/** A day takes bookings while it is published and not yet past (the day itself included). */
export const isBookable = (day: { status: string; day: string }, today: string) => day.status === 'published' && day.day >= today;

export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = { booked: '已预约', cancelled: '已取消', attended: '已接待', no_show: '未到场' };

export interface BookingFacts {
  outcome: string | null;
}

const withOutcome = (f: BookingFacts): GuardResult => ((f.outcome?.trim().length ?? 0) >= 5 ? true : { reason: 'outcome_missing', message: '请记录接待情况（至少 5 个字）' });

/**
 * A booking: booked → attended (with what was done) | no_show, by the department's officers on or
 * after the day; booked → cancelled by the requester, or by the system when the day is called off.
 */
export const bookingMachine = defineMachine<BookingStatus, BookingFacts>({
  name: 'service_booking',
  states: BOOKING_STATUSES,
  initial: 'booked',
  terminal: ['cancelled', 'attended', 'no_show'],
  transitions: [
    { event: 'attend', from: 'booked', to: 'attended', roles: ['officer'], guard: withOutcome },
    { event: 'no_show', from: 'booked', to: 'no_show', roles: ['officer'] },
    { event: 'cancel', from: 'booked', to: 'cancelled', roles: ['requester', 'system'] },
  ],
});
