import type { RegionService } from '../../core/regions/regions.service.js';
import type { Sweep } from '../../core/sweeps.js';
import { sweepSamples } from './samples/samples.sweeps.js';

/** Matching's time limits, every 10 minutes: the limits are days long, so this is well in time. */
export function matchingSweeps(regions: RegionService): Sweep[] {
  return [{ name: 'matching.sample-limits', everyMs: 10 * 60_000, run: (db) => sweepSamples({ db, regions }) }];
}
