import { buildChecker, type Checker } from '../checker/checker.js';
import { STARTER_LEXICON } from './starter-lexicon.js';

/**
 * The starter lexicon shipped with the code, compiled once: what `livebase check` uses without a
 * database. The platform checks against the staff-edited lexicon (lexicon.service.ts), which
 * starts as this one (migration 0004 installs it as version 1).
 */
export const STARTER_VERSION = 0;

let cached: { version: number; checker: Checker } | null = null;

export function starterChecker(): { version: number; checker: Checker } {
  cached ??= { version: STARTER_VERSION, checker: buildChecker(STARTER_LEXICON) };
  return cached;
}
