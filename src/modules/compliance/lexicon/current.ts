import { buildChecker, type Checker } from '../checker/checker.js';
import { STARTER_LEXICON } from './starter-lexicon.js';

/**
 * The lexicon in force and its checker. This slice serves the starter lexicon shipped with the
 * code (version "starter"); the staff-edited, versioned lexicon in the database replaces it with
 * the lexicon editor, keeping one compiled checker per version.
 */
export const STARTER_VERSION = 'starter';

let cached: { version: string; checker: Checker } | null = null;

export function currentChecker(): { version: string; checker: Checker } {
  cached ??= { version: STARTER_VERSION, checker: buildChecker(STARTER_LEXICON) };
  return cached;
}
