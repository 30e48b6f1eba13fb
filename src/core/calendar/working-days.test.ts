import { describe, expect, it } from 'vitest';
import { packageHasYear, parseIsoDate, WorkingCalendar } from './working-days.js';

const cal = new WorkingCalendar();

describe('working days on the 2026 Chinese calendar', () => {
  it('knows statutory holidays on weekdays', () => {
    for (const d of ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-07']) {
      expect(cal.isWorkingDay(d).value, d).toBe(false);
    }
  });

  it('knows make-up working days (调休上班) on weekends', () => {
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(cal.isWorkingDay(d).value, d).toBe(true);
    }
  });

  it('treats ordinary weekdays and weekends by the weekday rule', () => {
    expect(cal.isWorkingDay('2026-11-27').value).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-11-28').value).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-11-28').provisional).toBe(false);
  });

  it('adds working days across the National Day holiday and its make-up Saturday', () => {
    // 30 Sep (Wed) + 3: Oct 1–7 off, Oct 8 (Thu), Oct 9 (Fri), Oct 10 (Sat, make-up day).
    expect(cal.addWorkingDays('2026-09-30', 3)).toEqual({ value: '2026-10-10', provisional: false });
    expect(cal.addWorkingDays('2026-09-30', 1)).toEqual({ value: '2026-10-08', provisional: false });
  });

  it('adds working days across the Spring Festival', () => {
    // Fri 13 Feb + 1 = Sat 14 Feb (make-up day); + 2 = Tue 24 Feb (15–23 off).
    expect(cal.addWorkingDays('2026-02-13', 1).value).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2).value).toBe('2026-02-24');
    // 15 working days for a complaint filed on Tue 10 Feb: 11, 12, 13, 14 (make-up), 24, 25,
    // 26, 27, 28 (make-up), 2 Mar, 3, 4, 5, 6, 9.
    expect(cal.addWorkingDays('2026-02-10', 15).value).toBe('2026-03-09');
  });

  it('counts from a holiday: a ticket filed on 1 Oct with 3 days is due on 10 Oct', () => {
    expect(cal.addWorkingDays('2026-10-01', 3).value).toBe('2026-10-10');
  });

  it('goes backwards with negative n and returns the date for n = 0', () => {
    expect(cal.addWorkingDays('2026-10-08', -1).value).toBe('2026-09-30');
    expect(cal.addWorkingDays('2026-10-04', 0).value).toBe('2026-10-04');
  });

  it('counts working days between two dates consistently with addWorkingDays', () => {
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-10').value).toBe(3);
    expect(cal.workingDaysBetween('2026-10-10', '2026-09-30').value).toBe(-3);
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-02').value).toBe(0);
    for (const [start, n] of [['2026-01-30', 10], ['2026-04-30', 7], ['2026-06-17', 15]] as const) {
      expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n).value).value).toBe(n);
    }
  });

  it('lists the special days of a year with Chinese names', () => {
    const days = cal.specialDays(2026);
    expect(days.find((d) => d.date === '2026-02-17')).toEqual({ date: '2026-02-17', kind: 'holiday', name: '春节' });
    expect(days.find((d) => d.date === '2026-10-10')).toMatchObject({ kind: 'workday' });
  });
});

describe('years without official data', () => {
  it('knows which years the package has', () => {
    expect(packageHasYear(2026)).toBe(true);
    expect(packageHasYear(2027)).toBe(false);
    expect(cal.sourceOf(2027)).toBe('none');
  });

  it('marks a result provisional when it touches such a year', () => {
    // The package treats 2027-01-01 (a Friday) as a working day; we compute but warn.
    expect(cal.isWorkingDay('2027-01-01')).toEqual({ value: true, provisional: true });
    expect(cal.addWorkingDays('2026-12-30', 3)).toEqual({ value: '2027-01-04', provisional: true });
    expect(cal.addWorkingDays('2026-12-01', 3).provisional).toBe(false);
    expect(cal.workingDaysBetween('2026-12-28', '2027-01-05').provisional).toBe(true);
  });

  it('uses admin-entered years instead, which also override the package', () => {
    const withAdmin = new WorkingCalendar([
      { year: 2027, entries: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }, { date: '2027-02-06', kind: 'workday', name: '春节调休' }] },
      // An admin correcting 2026: 10 Oct is no longer a make-up day, 30 Sep is a holiday.
      { year: 2026, entries: [{ date: '2026-09-30', kind: 'holiday', name: '更正' }] },
    ]);
    expect(withAdmin.sourceOf(2027)).toBe('admin');
    expect(withAdmin.isWorkingDay('2027-01-01')).toEqual({ value: false, provisional: false });
    expect(withAdmin.isWorkingDay('2027-02-06').value).toBe(true);
    expect(withAdmin.addWorkingDays('2026-12-30', 3)).toEqual({ value: '2027-01-05', provisional: false });
    expect(withAdmin.isWorkingDay('2026-09-30').value).toBe(false);
    // Admin data replaces the whole year: 1 Oct is now an ordinary Thursday.
    expect(withAdmin.isWorkingDay('2026-10-01').value).toBe(true);
  });
});

describe('date parsing', () => {
  it('accepts real dates only', () => {
    expect(() => parseIsoDate('2026-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2026-2-1')).toThrow(RangeError);
    expect(parseIsoDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
  });
});
