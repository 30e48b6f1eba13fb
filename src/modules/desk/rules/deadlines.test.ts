import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../core/calendar/working-days.js';
import { autoCloseAt, clockSteps, dueOn, extendedDueOn, followUpDueOn, handlingWorkingDays, isOverdue, reminderDay, type TicketClock } from './deadlines.js';
import { ticketMachine, TICKET_STATUSES, type TicketStatus } from './ticket.machine.js';

// The official 2026 calendar from the chinese-days package (each date below was checked against it):
// - 元旦: Thu 1 – Sat 3 Jan off; Sun 4 Jan is a make-up working day.
// - 春节: Sun 15 – Mon 23 Feb off; Sat 14 Feb and Sat 28 Feb are make-up working days.
// - 清明: Sat 4 – Mon 6 Apr off.
// - 劳动节: Fri 1 – Tue 5 May off; Sat 9 May is a make-up working day.
// - 端午: Fri 19 – Sun 21 Jun off.
// - 中秋: Fri 25 Sep off (with the weekend 26–27); Sun 20 Sep is a make-up working day.
// - 国庆: Thu 1 – Wed 7 Oct off; Sat 10 Oct is a make-up working day.
const cal = new WorkingCalendar();

describe('the calendar these tests rely on', () => {
  it('has the 2026 holidays and make-up days assumed below', () => {
    for (const d of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-07']) {
      expect(cal.isWorkingDay(d), d).toEqual({ value: false, provisional: false });
    }
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(cal.isWorkingDay(d), d).toEqual({ value: true, provisional: false });
    }
  });
});

describe('dueOn', () => {
  it('gives 3, 7 and 15 working days from a normal Monday (the start day is not counted)', () => {
    // Mon 2 Mar: inquiry 3, 4, 5 → Thu 5 Mar.
    expect(dueOn(cal, '2026-03-02', 'inquiry')).toEqual({ value: '2026-03-05', provisional: false });
    // help: 3, 4, 5, 6, 9, 10, 11 → Wed 11 Mar.
    expect(dueOn(cal, '2026-03-02', 'help')).toEqual({ value: '2026-03-11', provisional: false });
    // complaint: 3 weeks of 5 days minus the start day → Mon 23 Mar.
    expect(dueOn(cal, '2026-03-02', 'complaint')).toEqual({ value: '2026-03-23', provisional: false });
  });

  it('skips the weekend when filed on a Friday', () => {
    // Fri 6 Mar: 9, 10, 11 → Wed 11 Mar.
    expect(dueOn(cal, '2026-03-06', 'inquiry').value).toBe('2026-03-11');
    // 9–13, 16, 17 → Tue 17 Mar.
    expect(dueOn(cal, '2026-03-06', 'help').value).toBe('2026-03-17');
    // 9–13, 16–20, 23–27 → Fri 27 Mar.
    expect(dueOn(cal, '2026-03-06', 'complaint').value).toBe('2026-03-27');
  });

  it('counts a make-up Sunday when filed on the Friday before it (中秋 2026)', () => {
    // Fri 18 Sep: Sat 19 off, Sun 20 make-up, Mon 21, Tue 22 → Tue 22 Sep.
    expect(dueOn(cal, '2026-09-18', 'inquiry').value).toBe('2026-09-22');
    // Thu 24 Sep: Fri 25 中秋 off, weekend off, then 28, 29, 30 → Wed 30 Sep.
    expect(dueOn(cal, '2026-09-24', 'inquiry').value).toBe('2026-09-30');
  });

  it('spans the Spring Festival and both of its make-up Saturdays', () => {
    // Wed 11 Feb: 12, 13, Sat 14 (make-up) → due on a Saturday.
    expect(dueOn(cal, '2026-02-11', 'inquiry').value).toBe('2026-02-14');
    // Thu 12 Feb: 13, Sat 14, then 15–23 off → Tue 24 Feb.
    expect(dueOn(cal, '2026-02-12', 'inquiry').value).toBe('2026-02-24');
    // help: 13, 14, 24, 25, 26, 27, Sat 28 (make-up) → Sat 28 Feb.
    expect(dueOn(cal, '2026-02-12', 'help').value).toBe('2026-02-28');
    // complaint: the 7 above, then 2–6 Mar, 9, 10, 11 → Wed 11 Mar.
    expect(dueOn(cal, '2026-02-12', 'complaint').value).toBe('2026-03-11');
    // Fri 13 Feb: 14, 24, 25 → Wed 25 Feb.
    expect(dueOn(cal, '2026-02-13', 'inquiry').value).toBe('2026-02-25');
  });

  it('spans the National Day holiday and its make-up Saturday', () => {
    // Mon 28 Sep: 29, 30, then 1–7 Oct off → Thu 8 Oct.
    expect(dueOn(cal, '2026-09-28', 'inquiry')).toEqual({ value: '2026-10-08', provisional: false });
    // help: 29, 30, 8, 9, Sat 10 (make-up), 12, 13 → Tue 13 Oct.
    expect(dueOn(cal, '2026-09-28', 'help').value).toBe('2026-10-13');
    // complaint: the 7 above, then 14, 15, 16, 19–23 → Fri 23 Oct.
    expect(dueOn(cal, '2026-09-28', 'complaint').value).toBe('2026-10-23');
    // Wed 30 Sep: 8, 9, Sat 10 → due on the make-up Saturday.
    expect(dueOn(cal, '2026-09-30', 'inquiry').value).toBe('2026-10-10');
    // help from 30 Sep: 8, 9, 10, 12, 13, 14, 15 → Thu 15 Oct.
    expect(dueOn(cal, '2026-09-30', 'help').value).toBe('2026-10-15');
    // complaint from 30 Sep: … 15, 16, 19–23, 26, 27 → Tue 27 Oct.
    expect(dueOn(cal, '2026-09-30', 'complaint').value).toBe('2026-10-27');
  });

  it('spans 元旦, 清明, 劳动节 and 端午', () => {
    // Wed 31 Dec 2025: 1–3 Jan off, Sun 4 (make-up), 5, 6 → Tue 6 Jan.
    expect(dueOn(cal, '2025-12-31', 'inquiry')).toEqual({ value: '2026-01-06', provisional: false });
    // Fri 3 Apr: 4–6 off, 7, 8, 9 → Thu 9 Apr.
    expect(dueOn(cal, '2026-04-03', 'inquiry').value).toBe('2026-04-09');
    // Thu 30 Apr: 1–5 May off, 6, 7, 8 → Fri 8 May.
    expect(dueOn(cal, '2026-04-30', 'inquiry').value).toBe('2026-05-08');
    // help: 6, 7, 8, Sat 9 (make-up), 11, 12, 13 → Wed 13 May.
    expect(dueOn(cal, '2026-04-30', 'help').value).toBe('2026-05-13');
    // Thu 18 Jun: 19–21 off, 22, 23, 24 → Wed 24 Jun.
    expect(dueOn(cal, '2026-06-18', 'inquiry').value).toBe('2026-06-24');
  });

  it('counts from the next working day when filed on a holiday (the start day itself is not counted)', () => {
    // 春节 Tue 17 Feb: 24, 25, 26 → Thu 26 Feb.
    expect(dueOn(cal, '2026-02-17', 'inquiry').value).toBe('2026-02-26');
    expect(dueOn(cal, '2026-02-17', 'help').value).toBe('2026-03-03');
    // 国庆 1 Oct and 7 Oct both give 8, 9, Sat 10 → the same as filing on Wed 30 Sep.
    expect(dueOn(cal, '2026-10-01', 'inquiry').value).toBe('2026-10-10');
    expect(dueOn(cal, '2026-10-07', 'inquiry').value).toBe('2026-10-10');
    expect(dueOn(cal, '2026-10-01', 'complaint').value).toBe('2026-10-27');
    // 元旦 Thu 1 Jan: Sun 4 (make-up), 5, 6 → Tue 6 Jan.
    expect(dueOn(cal, '2026-01-01', 'inquiry').value).toBe('2026-01-06');
    // 劳动节 Fri 1 May: 6, 7, 8 → Fri 8 May.
    expect(dueOn(cal, '2026-05-01', 'inquiry').value).toBe('2026-05-08');
  });

  it('counts from the next working day when filed on an ordinary weekend', () => {
    // Sat 7 and Sun 8 Mar: 9, 10, 11 → Wed 11 Mar, as for Fri 6 Mar.
    expect(dueOn(cal, '2026-03-07', 'inquiry').value).toBe('2026-03-11');
    expect(dueOn(cal, '2026-03-08', 'inquiry').value).toBe('2026-03-11');
    expect(dueOn(cal, '2026-03-08', 'complaint').value).toBe('2026-03-27');
  });

  it('does not count a make-up Saturday it was filed on, but treats it as a working start', () => {
    // Sat 14 Feb (make-up): 24, 25, 26 → Thu 26 Feb.
    expect(dueOn(cal, '2026-02-14', 'inquiry').value).toBe('2026-02-26');
    // Sat 9 May (make-up): 11, 12, 13 → Wed 13 May.
    expect(dueOn(cal, '2026-05-09', 'inquiry').value).toBe('2026-05-13');
  });

  it('marks the due date provisional in a year without official data', () => {
    // 2028 has no official data: weekday rule, Wed 1 Mar + 3 → Mon 6 Mar.
    expect(dueOn(cal, '2028-03-01', 'inquiry')).toEqual({ value: '2028-03-06', provisional: true });
    expect(dueOn(cal, '2028-03-01', 'complaint')).toEqual({ value: '2028-03-22', provisional: true });
    // Sat 1 Jan 2028 is a weekend by the weekday rule only; 3, 4, 5 → Wed 5 Jan.
    expect(dueOn(cal, '2028-01-01', 'inquiry')).toEqual({ value: '2028-01-05', provisional: true });
    // Inside 2026 only: not provisional.
    expect(dueOn(cal, '2026-12-28', 'inquiry')).toEqual({ value: '2026-12-31', provisional: false });
  });
});

describe('extendedDueOn', () => {
  it('moves the due date by the extension in working days', () => {
    // Wed 11 Mar + 5: 12, 13, 16, 17, 18 → Wed 18 Mar.
    expect(extendedDueOn(cal, '2026-03-11', 5)).toBe('2026-03-18');
    // Fri 13 Feb + 3: Sat 14 (make-up), 24, 25 → Wed 25 Feb.
    expect(extendedDueOn(cal, '2026-02-13', 3)).toBe('2026-02-25');
    // Wed 30 Sep + 2: 8, 9 → Fri 9 Oct.
    expect(extendedDueOn(cal, '2026-09-30', 2)).toBe('2026-10-09');
    // Thu 15 Oct + 5: 16, 19, 20, 21, 22 → Thu 22 Oct.
    expect(extendedDueOn(cal, '2026-10-15', 5)).toBe('2026-10-22');
  });

  it('leaves the due date unchanged for 0 days', () => {
    expect(extendedDueOn(cal, '2026-03-11', 0)).toBe('2026-03-11');
  });

  it('extends a 7-day help ticket by 5 days across 春节 to the same day as 12 days from filing', () => {
    const due = dueOn(cal, '2026-02-12', 'help').value; // Sat 28 Feb
    expect(extendedDueOn(cal, due, 5)).toBe('2026-03-06');
    expect(extendedDueOn(cal, due, 5)).toBe(cal.addWorkingDays('2026-02-12', 12).value);
  });
});

describe('reminderDay', () => {
  it('is the working day before an ordinary due day', () => {
    expect(reminderDay(cal, '2026-03-05')).toBe('2026-03-04');
    // Due Mon 9 Mar: reminded on Fri 6 Mar.
    expect(reminderDay(cal, '2026-03-09')).toBe('2026-03-06');
    expect(reminderDay(cal, '2026-03-23')).toBe('2026-03-20');
  });

  it('is the last working day before a holiday when the due day follows it', () => {
    // Due Tue 24 Feb, after 春节: reminded on the make-up Sat 14 Feb.
    expect(reminderDay(cal, '2026-02-24')).toBe('2026-02-14');
    // Due Thu 8 Oct, after 国庆: reminded on Wed 30 Sep.
    expect(reminderDay(cal, '2026-10-08')).toBe('2026-09-30');
    // Due Wed 6 May, after 劳动节: reminded on Thu 30 Apr.
    expect(reminderDay(cal, '2026-05-06')).toBe('2026-04-30');
    // Due Tue 7 Apr, after 清明: reminded on Fri 3 Apr.
    expect(reminderDay(cal, '2026-04-07')).toBe('2026-04-03');
    // Due Mon 22 Jun, after 端午: reminded on Thu 18 Jun.
    expect(reminderDay(cal, '2026-06-22')).toBe('2026-06-18');
  });

  it('falls on a make-up working day when that is the working day before', () => {
    // Due Mon 5 Jan: Sun 4 Jan is a make-up day.
    expect(reminderDay(cal, '2026-01-05')).toBe('2026-01-04');
    // Due Mon 2 Mar: Sat 28 Feb is a make-up day.
    expect(reminderDay(cal, '2026-03-02')).toBe('2026-02-28');
    // Due Mon 11 May: Sat 9 May is a make-up day.
    expect(reminderDay(cal, '2026-05-11')).toBe('2026-05-09');
    // Due Mon 21 Sep: Sun 20 Sep is a make-up day.
    expect(reminderDay(cal, '2026-09-21')).toBe('2026-09-20');
  });

  it('works for a due day that is itself a make-up Saturday', () => {
    expect(reminderDay(cal, '2026-10-10')).toBe('2026-10-09');
    expect(reminderDay(cal, '2026-02-28')).toBe('2026-02-27');
  });
});

describe('isOverdue', () => {
  const open: TicketStatus[] = ['submitted', 'assigned', 'in_progress', 'reopened', 'returned'];
  const notOpen: TicketStatus[] = ['resolved', 'closed', 'withdrawn'];

  it('covers every status exactly once', () => {
    expect([...open, ...notOpen].sort()).toEqual([...TICKET_STATUSES].sort());
  });

  it('is overdue only after the due day for open statuses', () => {
    for (const s of open) {
      expect(isOverdue(s, '2026-03-05', '2026-03-04'), s).toBe(false);
      // The due day itself is still in time (due by the end of the day).
      expect(isOverdue(s, '2026-03-05', '2026-03-05'), s).toBe(false);
      expect(isOverdue(s, '2026-03-05', '2026-03-06'), s).toBe(true);
    }
  });

  it('is never overdue once resolved, closed or withdrawn', () => {
    for (const s of notOpen) expect(isOverdue(s, '2026-03-05', '2026-12-31'), s).toBe(false);
  });

  it('is never overdue without a due date', () => {
    expect(isOverdue('in_progress', null, '2026-12-31')).toBe(false);
  });

  it('compares across months and years', () => {
    expect(isOverdue('assigned', '2026-02-28', '2026-03-01')).toBe(true);
    expect(isOverdue('assigned', '2026-12-31', '2027-01-01')).toBe(true);
    expect(isOverdue('assigned', '2026-10-10', '2026-09-30')).toBe(false);
  });
});

describe('handlingWorkingDays', () => {
  it('is 0 when answered the same day', () => {
    expect(handlingWorkingDays(cal, '2026-03-02', '2026-03-02')).toBe(0);
  });

  it('counts working days from filing to resolution', () => {
    // Mon 2 → Fri 6 Mar: 3, 4, 5, 6.
    expect(handlingWorkingDays(cal, '2026-03-02', '2026-03-06')).toBe(4);
  });

  it('does not count holidays but counts make-up days', () => {
    // Fri 13 → Tue 24 Feb: Sat 14 (make-up) and 24.
    expect(handlingWorkingDays(cal, '2026-02-13', '2026-02-24')).toBe(2);
    // Wed 30 Sep → Thu 8 Oct: only 8 Oct.
    expect(handlingWorkingDays(cal, '2026-09-30', '2026-10-08')).toBe(1);
    // Wed 30 Sep → Mon 12 Oct: 8, 9, Sat 10, 12.
    expect(handlingWorkingDays(cal, '2026-09-30', '2026-10-12')).toBe(4);
    // Fri 1 → Sat 9 May: 6, 7, 8, 9.
    expect(handlingWorkingDays(cal, '2026-05-01', '2026-05-09')).toBe(4);
  });

  it('is 0 when filed and resolved within a holiday', () => {
    expect(handlingWorkingDays(cal, '2026-10-01', '2026-10-07')).toBe(0);
    expect(handlingWorkingDays(cal, '2026-02-14', '2026-02-23')).toBe(0);
  });

  it('is never negative', () => {
    expect(handlingWorkingDays(cal, '2026-03-06', '2026-03-02')).toBe(0);
  });

  it('equals the limit when resolved exactly on the due day', () => {
    expect(handlingWorkingDays(cal, '2026-02-12', dueOn(cal, '2026-02-12', 'help').value)).toBe(7);
    expect(handlingWorkingDays(cal, '2026-09-28', dueOn(cal, '2026-09-28', 'complaint').value)).toBe(15);
  });
});

describe('autoCloseAt', () => {
  it('is 7 calendar days after resolution, to the millisecond', () => {
    expect(autoCloseAt('2026-03-02T10:00:00.000Z')).toBe('2026-03-09T10:00:00.000Z');
    expect(autoCloseAt('2026-03-02T10:00:00.123Z')).toBe('2026-03-09T10:00:00.123Z');
  });

  it('counts calendar days, not working days, even across a holiday', () => {
    expect(autoCloseAt('2026-09-30T08:00:00.000Z')).toBe('2026-10-07T08:00:00.000Z');
    expect(autoCloseAt('2026-02-13T01:00:00.000Z')).toBe('2026-02-20T01:00:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(autoCloseAt('2026-02-25T16:30:00.000Z')).toBe('2026-03-04T16:30:00.000Z');
    expect(autoCloseAt('2026-12-28T23:00:00.000Z')).toBe('2027-01-04T23:00:00.000Z');
  });

  it('normalises other ISO forms to UTC with milliseconds', () => {
    expect(autoCloseAt('2026-03-02T10:00:00Z')).toBe('2026-03-09T10:00:00.000Z');
    expect(autoCloseAt('2026-03-02T18:00:00+08:00')).toBe('2026-03-09T10:00:00.000Z');
  });
});

describe('clockSteps', () => {
  // An inquiry filed Mon 2 Mar is due Thu 5 Mar; the reminder falls on Wed 4 Mar.
  const base: TicketClock = { status: 'in_progress', dueOn: '2026-03-05', remindedAt: null, escalatedAt: null, resolvedAt: null };
  const at = (day: string) => `${day}T01:00:00.000Z`;
  const steps = (t: TicketClock, day: string) => clockSteps(cal, t, at(day), day);

  it('does nothing before the reminder day', () => {
    expect(steps(base, '2026-03-02')).toEqual([]);
    expect(steps(base, '2026-03-03')).toEqual([]);
  });

  it('reminds on the working day before the due day, and still on the due day if missed', () => {
    expect(steps(base, '2026-03-04')).toEqual(['remind']);
    expect(steps(base, '2026-03-05')).toEqual(['remind']);
  });

  it('reminds once: not again when remindedAt is set', () => {
    const reminded = { ...base, remindedAt: at('2026-03-04') };
    expect(steps(reminded, '2026-03-04')).toEqual([]);
    expect(steps(reminded, '2026-03-05')).toEqual([]);
  });

  it('escalates after the due day', () => {
    expect(steps({ ...base, remindedAt: at('2026-03-04') }, '2026-03-06')).toEqual(['escalate']);
    expect(steps({ ...base, remindedAt: at('2026-03-04') }, '2026-03-20')).toEqual(['escalate']);
  });

  it('escalates once: not again when escalatedAt is set', () => {
    const escalated = { ...base, remindedAt: at('2026-03-04'), escalatedAt: at('2026-03-06') };
    expect(steps(escalated, '2026-03-06')).toEqual([]);
    expect(steps(escalated, '2026-04-30')).toEqual([]);
  });

  it('escalates instead of reminding when both are owed (the reminder was missed)', () => {
    expect(steps(base, '2026-03-06')).toEqual(['escalate']);
  });

  it('does not remind after escalation, even if no reminder was ever sent', () => {
    const escalated = { ...base, escalatedAt: at('2026-03-06') };
    expect(steps(escalated, '2026-03-04')).toEqual([]);
    expect(steps(escalated, '2026-03-09')).toEqual([]);
  });

  it('runs the clock for every open status', () => {
    for (const status of ['submitted', 'assigned', 'in_progress', 'reopened', 'returned'] as const) {
      expect(steps({ ...base, status }, '2026-03-03'), status).toEqual([]);
      expect(steps({ ...base, status }, '2026-03-04'), status).toEqual(['remind']);
      expect(steps({ ...base, status }, '2026-03-06'), status).toEqual(['escalate']);
    }
  });

  it('does nothing for an open ticket without a due date', () => {
    expect(steps({ ...base, dueOn: null }, '2026-12-31')).toEqual([]);
  });

  it('does nothing for resolved (before auto-close), closed or withdrawn tickets, however late', () => {
    expect(clockSteps(cal, { ...base, status: 'resolved', resolvedAt: '2026-03-06T02:00:00.000Z' }, at('2026-03-10'), '2026-03-10')).toEqual([]);
    for (const status of ['closed', 'withdrawn'] as const) {
      expect(clockSteps(cal, { ...base, status, resolvedAt: '2026-03-01T00:00:00.000Z' }, at('2026-12-31'), '2026-12-31'), status).toEqual([]);
    }
  });

  it('reminds across a holiday on the last working day before it', () => {
    // Filed Thu 12 Feb: due Tue 24 Feb, reminder on the make-up Sat 14 Feb.
    const t: TicketClock = { ...base, status: 'assigned', dueOn: dueOn(cal, '2026-02-12', 'inquiry').value };
    expect(t.dueOn).toBe('2026-02-24');
    expect(steps(t, '2026-02-13')).toEqual([]);
    expect(steps(t, '2026-02-14')).toEqual(['remind']);
    // A sweep that missed the make-up Saturday waits out the holiday (nobody reads it during 春节)
    // and reminds on the due day.
    expect(steps(t, '2026-02-18')).toEqual([]);
    expect(steps(t, '2026-02-24')).toEqual(['remind']);
    expect(steps(t, '2026-02-25')).toEqual(['escalate']);
  });

  it('reminds before 国庆 for a ticket due right after it', () => {
    const t: TicketClock = { ...base, dueOn: dueOn(cal, '2026-09-28', 'inquiry').value };
    expect(t.dueOn).toBe('2026-10-08');
    expect(steps(t, '2026-09-29')).toEqual([]);
    expect(steps(t, '2026-09-30')).toEqual(['remind']);
    expect(steps({ ...t, remindedAt: at('2026-09-30') }, '2026-10-08')).toEqual([]);
    expect(steps({ ...t, remindedAt: at('2026-09-30') }, '2026-10-09')).toEqual(['escalate']);
  });

  describe('auto-close', () => {
    const resolved: TicketClock = { status: 'resolved', dueOn: '2026-03-05', remindedAt: null, escalatedAt: null, resolvedAt: '2026-03-02T10:00:00.000Z' };

    it('closes exactly 7 calendar days after resolution, not a millisecond before', () => {
      expect(clockSteps(cal, resolved, '2026-03-09T09:59:59.999Z', '2026-03-09')).toEqual([]);
      expect(clockSteps(cal, resolved, '2026-03-09T10:00:00.000Z', '2026-03-09')).toEqual(['auto_close']);
      expect(clockSteps(cal, resolved, '2026-03-20T00:00:00.000Z', '2026-03-20')).toEqual(['auto_close']);
    });

    it('counts calendar days, closing during a holiday', () => {
      const t = { ...resolved, dueOn: '2026-10-08', resolvedAt: '2026-09-30T08:00:00.000Z' };
      expect(clockSteps(cal, t, '2026-10-07T07:59:59.999Z', '2026-10-07')).toEqual([]);
      expect(clockSteps(cal, t, '2026-10-07T08:00:00.000Z', '2026-10-07')).toEqual(['auto_close']);
    });

    it('does not close a resolved ticket without a resolution time', () => {
      expect(clockSteps(cal, { ...resolved, resolvedAt: null }, '2026-12-31T00:00:00.000Z', '2026-12-31')).toEqual([]);
    });

    it('never escalates a resolved ticket, even past its due day', () => {
      expect(clockSteps(cal, resolved, '2026-03-08T00:00:00.000Z', '2026-03-08')).toEqual([]);
    });
  });

  describe('idempotence: applying each step then sweeping again finds nothing', () => {
    /** What the sweep does with a step: stamp the ticket (or close it through the machine). */
    const applyStep = (t: TicketClock, step: string, now: string): TicketClock => {
      if (step === 'remind') return { ...t, remindedAt: now };
      if (step === 'escalate') return { ...t, escalatedAt: now };
      return { ...t, status: ticketMachine.apply(t.status, 'auto_close', { officerChosen: false, reason: null, resolution: null, rating: null, departmentChosen: false }, ['system']) };
    };
    const sweep = (t: TicketClock, now: string, today: string) => {
      const found = clockSteps(cal, t, now, today);
      const after = found.reduce((acc, s) => applyStep(acc, s, now), t);
      return { found, after, again: clockSteps(cal, after, now, today) };
    };

    it('for a reminder', () => {
      const r = sweep({ status: 'assigned', dueOn: '2026-03-05', remindedAt: null, escalatedAt: null, resolvedAt: null }, '2026-03-04T01:00:00.000Z', '2026-03-04');
      expect(r.found).toEqual(['remind']);
      expect(r.after.remindedAt).toBe('2026-03-04T01:00:00.000Z');
      expect(r.again).toEqual([]);
    });

    it('for an escalation', () => {
      const r = sweep({ status: 'assigned', dueOn: '2026-03-05', remindedAt: '2026-03-04T01:00:00.000Z', escalatedAt: null, resolvedAt: null }, '2026-03-06T01:00:00.000Z', '2026-03-06');
      expect(r.found).toEqual(['escalate']);
      expect(r.again).toEqual([]);
    });

    it('for an auto-close', () => {
      const r = sweep({ status: 'resolved', dueOn: '2026-03-05', remindedAt: null, escalatedAt: null, resolvedAt: '2026-03-02T10:00:00.000Z' }, '2026-03-09T10:00:00.000Z', '2026-03-09');
      expect(r.found).toEqual(['auto_close']);
      expect(r.after.status).toBe('closed');
      expect(r.again).toEqual([]);
    });

    it('over a run of daily sweeps: one reminder, one escalation, nothing else', () => {
      let t: TicketClock = { status: 'in_progress', dueOn: dueOn(cal, '2026-09-28', 'inquiry').value, remindedAt: null, escalatedAt: null, resolvedAt: null };
      const log: string[] = [];
      for (let ms = Date.parse('2026-09-28T00:00:00Z'); ms <= Date.parse('2026-10-20T00:00:00Z'); ms += 86_400_000) {
        const day = new Date(ms).toISOString().slice(0, 10);
        const r = sweep(t, `${day}T01:00:00.000Z`, day);
        for (const s of r.found) log.push(`${day} ${s}`);
        expect(r.again, day).toEqual([]);
        t = r.after;
      }
      // Due Thu 8 Oct: reminded Wed 30 Sep, escalated Fri 9 Oct.
      expect(log).toEqual(['2026-09-30 remind', '2026-10-09 escalate']);
    });
  });
});

describe('followUpDueOn', () => {
  it('is the next working day after the rating', () => {
    expect(followUpDueOn(cal, '2026-03-02')).toBe('2026-03-03');
    // Fri 6 Mar → Mon 9 Mar.
    expect(followUpDueOn(cal, '2026-03-06')).toBe('2026-03-09');
  });

  it('lands on a make-up day or after a holiday', () => {
    // Fri 13 Feb → the make-up Sat 14 Feb.
    expect(followUpDueOn(cal, '2026-02-13')).toBe('2026-02-14');
    // Wed 30 Sep → Thu 8 Oct, after 国庆.
    expect(followUpDueOn(cal, '2026-09-30')).toBe('2026-10-08');
    // Rated during 国庆 (Sat 3 Oct) → Thu 8 Oct.
    expect(followUpDueOn(cal, '2026-10-03')).toBe('2026-10-08');
    // Wed 31 Dec 2025 → the make-up Sun 4 Jan 2026.
    expect(followUpDueOn(cal, '2025-12-31')).toBe('2026-01-04');
  });
});
