/** Convention tables (migrations/0003_convention.ts). */
export interface ConventionsTable {
  id: string;
  version: number;
  title: string;
  note: string | null;
  published_by: string | null;
  published_at: string;
}

export interface ConventionClausesTable {
  convention_id: string;
  number: number;
  text: string;
  source: string;
}

export interface ConventionSignaturesTable {
  id: string;
  convention_id: string;
  user_id: string;
  signed_at: string;
  ip: string | null;
}

export interface ConventionTables {
  conventions: ConventionsTable;
  convention_clauses: ConventionClausesTable;
  convention_signatures: ConventionSignaturesTable;
}
