import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_catalog.js';
import * as m0003 from './0003_convention.js';
import * as m0004 from './0004_lexicon_violations.js';
import * as m0005 from './0005_matching.js';
import * as m0006 from './0006_samples.js';
import * as m0007 from './0007_cooperations.js';
import * as m0008 from './0008_live_sessions.js';
import * as m0009 from './0009_service_desk.js';
import * as m0010 from './0010_service_days.js';

/** Every migration, in order. Names are the version reported by /api/health. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_catalog': m0002,
  '0003_convention': m0003,
  '0004_lexicon_violations': m0004,
  '0005_matching': m0005,
  '0006_samples': m0006,
  '0007_cooperations': m0007,
  '0008_live_sessions': m0008,
  '0009_service_desk': m0009,
  '0010_service_days': m0010,
};
