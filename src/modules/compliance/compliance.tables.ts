/** Lexicon and violation tables (migrations/0004_lexicon_violations.ts). */
export interface LexiconEntriesTable {
  id: string;
  term: string;
  term_key: string;
  category: string;
  severity: string;
  clause: number;
  basis: string;
  why: string;
  suggestion: string;
  allow_in_json: string;
  negation_window: number;
  enabled: number;
  updated_by: string | null;
  updated_at: string;
}

export interface LexiconVersionsTable {
  version: number;
  action: string;
  entry_id: string | null;
  term: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  actor_id: string | null;
  at: string;
}

export interface ViolationsTable {
  id: string;
  streamer_id: string;
  unit_id: string;
  status: string;
  source: string;
  reporter_id: string;
  summary: string;
  details: string | null;
  clause: number | null;
  occurred_on: string | null;
  place: string | null;
  evidence_text: string | null;
  finding_json: string | null;
  response_text: string | null;
  responded_at: string | null;
  decided_clause: number | null;
  decided_evidence: string | null;
  credit_deduction: number | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  rectification_note: string | null;
  rectified_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ComplianceTables {
  lexicon_entries: LexiconEntriesTable;
  lexicon_versions: LexiconVersionsTable;
  violations: ViolationsTable;
}
