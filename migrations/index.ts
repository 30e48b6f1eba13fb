import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';

/** Every migration, in order. Names are the version reported by /api/health. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
};
