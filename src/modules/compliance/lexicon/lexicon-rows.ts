import { newId } from '../../../core/ids.js';
import type { Category, LexiconEntry, Severity } from '../checker/lexicon-entry.js';
import { normalizeTerm } from '../checker/normalize.js';
import type { LexiconEntriesTable } from '../compliance.tables.js';
import type { LexiconEntryInput } from './lexicon.schema.js';

/** Row ↔ entry conversions shared by the migration that installs the starter lexicon and the editor. */
export function toLexiconEntry(row: LexiconEntriesTable): LexiconEntry & { enabled: boolean; allowIn: string[]; negationWindow: number } {
  return {
    term: row.term,
    category: row.category as Category,
    severity: row.severity as Severity,
    clause: row.clause,
    basis: row.basis,
    why: row.why,
    suggestion: row.suggestion,
    allowIn: JSON.parse(row.allow_in_json) as string[],
    negationWindow: row.negation_window,
    enabled: row.enabled === 1,
  };
}

export function lexiconRowOf(entry: LexiconEntry | LexiconEntryInput, meta: { id?: string; userId: string | null; at: string }): LexiconEntriesTable {
  return {
    id: meta.id ?? newId(),
    term: entry.term,
    term_key: normalizeTerm(entry.term),
    category: entry.category,
    severity: entry.severity,
    clause: entry.clause,
    basis: entry.basis,
    why: entry.why,
    suggestion: entry.suggestion,
    allow_in_json: JSON.stringify(entry.allowIn ?? []),
    negation_window: entry.negationWindow ?? 0,
    enabled: entry.enabled === false ? 0 : 1,
    updated_by: meta.userId,
    updated_at: meta.at,
  };
}
