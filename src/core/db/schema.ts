import type { Generated } from 'kysely';
import type { CatalogTables } from '../../modules/catalog/catalog.tables.js';
import type { ConventionTables } from '../../modules/compliance/convention/convention.tables.js';
import type { ComplianceTables } from '../../modules/compliance/compliance.tables.js';
import type { MatchingTables } from '../../modules/matching/matching.tables.js';
import type { DeskTables } from '../../modules/desk/desk.tables.js';

/**
 * The database as Kysely sees it. Portable types only: ids and times are text (times are
 * ISO-8601 UTC, so they sort as text), booleans are integers 0/1, money is integer fen.
 * Each module adds its tables here as it arrives.
 */
export interface UnitsTable {
  id: string;
  parent_id: string | null;
  name: string;
  type: string;
  region_code: string | null;
  active: number;
  /** Materialised path of ids, '/root/…/self/', so a subtree is one indexed prefix match. */
  path: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  phone: string | null;
  password_hash: string;
  status: string;
  failed_logins: number;
  locked_until: string | null;
  must_change_password: number;
  locale: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
  unit_id: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha-256 of the cookie token: a leaked database does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_unit_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface WorkflowEventsTable {
  id: string;
  machine: string;
  entity_id: string;
  from_state: string | null;
  to_state: string;
  event: string;
  actor_id: string | null;
  note: string | null;
  at: string;
}

export interface CalendarDaysTable {
  date: string;
  year: number;
  kind: string;
  name: string;
  updated_by: string | null;
  updated_at: string;
}

export interface CalendarYearsTable {
  year: number;
  updated_by: string | null;
  updated_at: string;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface DB extends CatalogTables, ConventionTables, ComplianceTables, MatchingTables, DeskTables {
  units: UnitsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  notifications: NotificationsTable;
  workflow_events: WorkflowEventsTable;
  calendar_days: CalendarDaysTable;
  calendar_years: CalendarYearsTable;
  app_meta: AppMetaTable;
}

// Kept for later tables with generated columns.
export type { Generated };
