/** Service desk tables (migrations/0009_service_desk.ts). */
export interface DeskDepartmentsTable {
  unit_id: string;
  kind: string;
  updated_by: string | null;
  updated_at: string;
}

export interface DeskDepartmentHeadsTable {
  unit_id: string;
  user_id: string;
}

export interface DeskRoutesTable {
  region_code: string;
  category: string;
  kind: string;
  updated_by: string | null;
  updated_at: string;
}

export interface DeskTicketsTable {
  id: string;
  ticket_no: string;
  requester_id: string;
  unit_id: string;
  unit_path: string;
  region_code: string | null;
  category: string;
  type: string;
  title: string;
  description: string;
  contact_method: string;
  contact_phone: string | null;
  onsite_wanted: number;
  status: string;
  department_unit_id: string | null;
  officer_id: string | null;
  limit_days: number;
  clock_start_on: string;
  due_on: string;
  due_provisional: number;
  extended_days: number;
  reminded_at: string | null;
  escalated_at: string | null;
  return_reason: string | null;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  handling_days: number | null;
  rating: number | null;
  rating_comment: string | null;
  closed_at: string | null;
  auto_closed: number;
  reopen_count: number;
  submitted_at: string;
  updated_at: string;
}

export interface DeskExtensionsTable {
  id: string;
  ticket_id: string;
  requested_by: string;
  days: number;
  reason: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
}

export interface DeskFollowupsTable {
  id: string;
  ticket_id: string;
  department_unit_id: string;
  due_on: string;
  status: string;
  note: string | null;
  done_by: string | null;
  done_at: string | null;
  created_at: string;
}

export interface DeskServiceDaysTable {
  id: string;
  department_unit_id: string;
  base_unit_id: string;
  day: string;
  place: string;
  title: string;
  notes: string | null;
  status: string;
  cancel_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DeskServiceSlotsTable {
  id: string;
  day_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
}

export interface DeskBookingsTable {
  id: string;
  day_id: string;
  slot_id: string;
  user_id: string;
  question: string;
  ticket_id: string | null;
  status: string;
  outcome: string | null;
  outcome_by: string | null;
  outcome_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeskTables {
  desk_service_days: DeskServiceDaysTable;
  desk_service_slots: DeskServiceSlotsTable;
  desk_bookings: DeskBookingsTable;
  desk_departments: DeskDepartmentsTable;
  desk_department_heads: DeskDepartmentHeadsTable;
  desk_routes: DeskRoutesTable;
  desk_tickets: DeskTicketsTable;
  desk_extensions: DeskExtensionsTable;
  desk_followups: DeskFollowupsTable;
}
