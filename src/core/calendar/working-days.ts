import chineseDays from 'chinese-days';

// The package ships UMD as its main entry: Node's ESM loader sees only a default export.
const { getDayDetail, getHolidaysInRange } = chineseDays;

/**
 * Working days on the Chinese calendar: weekends, statutory holidays and make-up working days
 * (调休上班). Pure: built from the admin-entered years and the `chinese-days` package, no I/O.
 *
 * Rules:
 * - A year an admin has entered replaces the package's data for that year entirely (so an admin
 *   can also correct the package). Within it, dates not listed follow the weekday rule.
 * - A year the package has published is used as the package says.
 * - Any other year has no official data: Monday–Friday count as working days and every result
 *   that touched such a year is marked `provisional`.
 */
export type DayKind = 'holiday' | 'workday';
export type YearSource = 'package' | 'admin' | 'none';

export interface SpecialDay {
  date: string;
  kind: DayKind;
  name: string;
}

export interface AdminYear {
  year: number;
  entries: readonly SpecialDay[];
}

export interface DatedResult<T> {
  value: T;
  provisional: boolean;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function parseIsoDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
  return ms;
}

export function isValidIsoDate(date: string): boolean {
  try {
    parseIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

function fmt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const packageYearCache = new Map<number, boolean>();
/** The package knows a year when it lists any statutory holiday in it (every real year has 元旦). */
export function packageHasYear(year: number): boolean {
  let known = packageYearCache.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    packageYearCache.set(year, known);
  }
  return known;
}

export class WorkingCalendar {
  private readonly adminByYear: Map<number, ReadonlyMap<string, SpecialDay>>;

  constructor(adminYears: readonly AdminYear[] = []) {
    this.adminByYear = new Map(adminYears.map((y) => [y.year, new Map(y.entries.map((e) => [e.date, e]))]));
  }

  /** The years an admin has entered. */
  get adminYears(): number[] {
    return [...this.adminByYear.keys()];
  }

  sourceOf(year: number): YearSource {
    if (this.adminByYear.has(year)) return 'admin';
    return packageHasYear(year) ? 'package' : 'none';
  }

  isOfficialYear(year: number): boolean {
    return this.sourceOf(year) !== 'none';
  }

  private isWorkingMs(ms: number): boolean {
    const date = fmt(ms);
    const year = Number(date.slice(0, 4));
    const admin = this.adminByYear.get(year);
    if (admin) {
      const entry = admin.get(date);
      if (entry) return entry.kind === 'workday';
    } else if (packageHasYear(year)) {
      return getDayDetail(date).work;
    }
    const weekday = new Date(ms).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  isWorkingDay(date: string): DatedResult<boolean> {
    const ms = parseIsoDate(date);
    return { value: this.isWorkingMs(ms), provisional: !this.isOfficialYear(Number(date.slice(0, 4))) };
  }

  /**
   * The date `n` working days after `date` (before it when n < 0); the start day itself is not
   * counted, so a ticket filed on Monday with 3 working days is due on Thursday. n = 0 returns
   * `date` unchanged.
   */
  addWorkingDays(date: string, n: number): DatedResult<string> {
    let ms = parseIsoDate(date);
    let provisional = !this.isOfficialYear(Number(date.slice(0, 4)));
    const step = n < 0 ? -DAY_MS : DAY_MS;
    let remaining = Math.abs(n);
    while (remaining > 0) {
      ms += step;
      if (!this.isOfficialYear(new Date(ms).getUTCFullYear())) provisional = true;
      if (this.isWorkingMs(ms)) remaining -= 1;
    }
    return { value: fmt(ms), provisional };
  }

  /**
   * Working days after `from` up to and including `to` (negative when `to` is earlier), so that
   * workingDaysBetween(d, addWorkingDays(d, n)) === n.
   */
  workingDaysBetween(from: string, to: string): DatedResult<number> {
    const a = parseIsoDate(from);
    const b = parseIsoDate(to);
    const sign = b >= a ? 1 : -1;
    const [lo, hi] = sign > 0 ? [a, b] : [b, a];
    let count = 0;
    let provisional = !this.isOfficialYear(new Date(lo).getUTCFullYear());
    for (let ms = lo + DAY_MS; ms <= hi; ms += DAY_MS) {
      if (!this.isOfficialYear(new Date(ms).getUTCFullYear())) provisional = true;
      if (this.isWorkingMs(ms)) count += 1;
    }
    return { value: sign * count, provisional };
  }

  /** The year's days that differ from the weekday rule, from whichever source governs the year. */
  specialDays(year: number): SpecialDay[] {
    const admin = this.adminByYear.get(year);
    if (admin) return [...admin.values()].sort((x, y) => x.date.localeCompare(y.date));
    if (!packageHasYear(year)) return [];
    const out: SpecialDay[] = [];
    for (let ms = Date.UTC(year, 0, 1); new Date(ms).getUTCFullYear() === year; ms += DAY_MS) {
      const date = fmt(ms);
      const detail = getDayDetail(date);
      const weekday = new Date(ms).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      // Package names look like "Spring Festival,春节,4"; keep the Chinese part.
      const name = detail.name.split(',')[1] ?? detail.name;
      if (!detail.work && !weekend) out.push({ date, kind: 'holiday', name });
      else if (detail.work && weekend) out.push({ date, kind: 'workday', name: `${name}调休上班` });
    }
    return out;
  }
}
