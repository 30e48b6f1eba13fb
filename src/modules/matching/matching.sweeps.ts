import type { RegionService } from '../../core/regions/regions.service.js';
import type { Sweep } from '../../core/sweeps.js';
import { sweepCooperations } from './cooperations/cooperations.service.js';
import { sweepSamples } from './samples/samples.sweeps.js';
import { remindOverdueReports } from './sessions/sessions.service.js';

/** Matching's time limits (every 10 minutes: the limits are days long) and cooperation windows (hourly: they are dates). */
export function matchingSweeps(regions: RegionService): Sweep[] {
  return [
    { name: 'matching.sample-limits', everyMs: 10 * 60_000, run: (db) => sweepSamples({ db, regions }) },
    { name: 'matching.cooperation-windows', everyMs: 60 * 60_000, run: (db) => sweepCooperations(db) },
    { name: 'matching.report-reminders', everyMs: 60 * 60_000, run: (db) => remindOverdueReports(db) },
  ];
}
