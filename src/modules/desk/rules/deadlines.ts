import type { WorkingCalendar } from '../../../core/calendar/working-days.js';
import { AUTO_CLOSE_DAYS, LIMIT_WORKING_DAYS, type TicketType } from './categories.js';
import { OPEN_TICKET_STATUSES, type TicketStatus } from './ticket.machine.js';

/**
 * Time limits in working days on the Chinese calendar (SPEC §2.4). Dates are Asia/Shanghai
 * calendar days (YYYY-MM-DD); a ticket is due by the end of its due day.
 *
 * The clock:
 * - starts on the day the ticket reaches a department: the day it is filed (the start day itself
 *   is not counted, so an inquiry filed on Monday is due on Thursday);
 * - a returned ticket keeps its due date while it waits, and when base staff re-route it the
 *   right department gets the full limit again from the re-routing day: the days lost at the
 *   wrong department are not charged to it (the requester sees the new date);
 * - a reopened ticket gets the full limit again from the day it is reopened;
 * - an approved extension moves the due date by its working days.
 */
export function dueOn(cal: WorkingCalendar, startDay: string, type: TicketType): { value: string; provisional: boolean } {
  return cal.addWorkingDays(startDay, LIMIT_WORKING_DAYS[type]);
}

export const extendedDueOn = (cal: WorkingCalendar, due: string, days: number) => cal.addWorkingDays(due, days).value;

/** The working day before the due day: when the officer is reminded. */
export const reminderDay = (cal: WorkingCalendar, due: string) => cal.addWorkingDays(due, -1).value;

export const isOverdue = (status: TicketStatus, due: string | null, today: string) => OPEN_TICKET_STATUSES.includes(status) && due !== null && today > due;

/** Working days the department took, from filing to resolution (0 when answered the same day). */
export const handlingWorkingDays = (cal: WorkingCalendar, submittedDay: string, resolvedDay: string) => Math.max(0, cal.workingDaysBetween(submittedDay, resolvedDay).value);

export const autoCloseAt = (resolvedAt: string) => new Date(Date.parse(resolvedAt) + AUTO_CLOSE_DAYS * 86_400_000).toISOString();

export interface TicketClock {
  status: TicketStatus;
  dueOn: string | null;
  remindedAt: string | null;
  escalatedAt: string | null;
  resolvedAt: string | null;
}

export type ClockStep = 'remind' | 'escalate' | 'auto_close';

/**
 * What the sweep owes a ticket at `now` (`today` is the Shanghai date of `now`): a reminder from the
 * working day before the limit (on a working day), escalation once it has passed, auto-close 7 days after
 * resolution. Each step happens once: its timestamp on the ticket says it has been done, so a
 * second run finds nothing.
 */
export function clockSteps(cal: WorkingCalendar, t: TicketClock, now: string, today: string): ClockStep[] {
  const steps: ClockStep[] = [];
  if (OPEN_TICKET_STATUSES.includes(t.status) && t.dueOn) {
    if (!t.escalatedAt && today > t.dueOn) steps.push('escalate');
    // Reminders wait for a working day: nobody reads them during 春节.
    else if (!t.remindedAt && !t.escalatedAt && today >= reminderDay(cal, t.dueOn) && cal.isWorkingDay(today).value) steps.push('remind');
  }
  if (t.status === 'resolved' && t.resolvedAt && Date.parse(now) >= Date.parse(autoCloseAt(t.resolvedAt))) steps.push('auto_close');
  return steps;
}

/** A follow-up call after a bad rating is due one working day after the rating. */
export const followUpDueOn = (cal: WorkingCalendar, ratedDay: string) => cal.addWorkingDays(ratedDay, 1).value;
