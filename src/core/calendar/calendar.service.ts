import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { bumpVersion, readVersion } from '../cache/data-version.js';
import type { DB } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { nowIso } from '../time.js';
import * as repo from './calendar.repo.js';
import { isValidIsoDate, WorkingCalendar, type DayKind, type SpecialDay } from './working-days.js';

const CALENDAR_DOMAIN = 'calendar';
/** How long a node trusts its loaded calendar before checking the data version again. */
const RECHECK_MS = 30_000;

/**
 * Holds the working calendar built from the package and the admin-entered years. Other modules
 * call `current()` to compute deadlines.
 */
export class CalendarService {
  private calendar: WorkingCalendar | null = null;
  private version = '';
  private checkedAt = 0;

  constructor(private readonly db: Kysely<DB>, private readonly clock: () => number = Date.now) {}

  async current(): Promise<WorkingCalendar> {
    const now = this.clock();
    if (this.calendar && now - this.checkedAt < RECHECK_MS) return this.calendar;
    const version = await readVersion(this.db, CALENDAR_DOMAIN);
    if (!this.calendar || version !== this.version) {
      const { years, days } = await repo.loadAdminYears(this.db);
      this.calendar = new WorkingCalendar(
        years.map((year) => ({
          year,
          entries: days.filter((d) => Number(d.year) === year).map((d) => ({ date: d.date, kind: d.kind as DayKind, name: d.name })),
        })),
      );
      this.version = version;
    }
    this.checkedAt = now;
    return this.calendar;
  }

  async years() {
    const cal = await this.current();
    const thisYear = new Date(this.clock()).getUTCFullYear();
    const all = new Set<number>([...cal.adminYears, thisYear - 1, thisYear, thisYear + 1]);
    return [...all]
      .sort((a, b) => a - b)
      .map((year) => ({ year, source: cal.sourceOf(year), entries: cal.specialDays(year).length }));
  }

  async year(year: number) {
    const cal = await this.current();
    return { year, source: cal.sourceOf(year), entries: cal.specialDays(year) };
  }

  /** Replaces a year's official holidays and make-up days; they then override the package. */
  async putYear(actor: Actor, year: number, entries: readonly SpecialDay[]) {
    const seen = new Set<string>();
    for (const e of entries) {
      if (!isValidIsoDate(e.date) || Number(e.date.slice(0, 4)) !== year) {
        throw new DomainError('CALENDAR_ENTRY_INVALID', `日期 ${e.date} 不是 ${year} 年的有效日期`);
      }
      if (seen.has(e.date)) throw new DomainError('CALENDAR_ENTRY_INVALID', `日期 ${e.date} 重复`);
      seen.add(e.date);
    }
    const before = await this.year(year);
    await this.db.transaction().execute(async (trx) => {
      await repo.replaceYear(trx, year, entries, actor.userId, nowIso(this.clock));
      await recordAudit(trx, actor, { action: 'calendar.put_year', entityType: 'calendar_year', entityId: String(year), before, after: { year, entries } });
      await bumpVersion(trx, CALENDAR_DOMAIN);
    });
    this.calendar = null;
    return this.year(year);
  }
}
