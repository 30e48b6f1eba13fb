import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { DeskExtensionsTable, DeskFollowupsTable, DeskTicketsTable } from '../desk.tables.js';
import { OPEN_TICKET_STATUSES, type TicketStatus } from '../rules/ticket.machine.js';

export type TicketRow = DeskTicketsTable & {
  requester_name: string;
  department_name: string | null;
  department_path: string | null;
  officer_name: string | null;
};

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('desk_tickets')
    .innerJoin('users as r', 'r.id', 'desk_tickets.requester_id')
    .leftJoin('units as d', 'd.id', 'desk_tickets.department_unit_id')
    .leftJoin('users as o', 'o.id', 'desk_tickets.officer_id')
    .selectAll('desk_tickets')
    .select(['r.display_name as requester_name', 'd.name as department_name', 'd.path as department_path', 'o.display_name as officer_name']);

export const findTicket = (db: Kysely<DB>, id: string): Promise<TicketRow | undefined> => withNames(db).where('desk_tickets.id', '=', id).executeTakeFirst();

export async function insertTicket(db: Kysely<DB>, row: DeskTicketsTable): Promise<void> {
  await db.insertInto('desk_tickets').values(row).execute();
}

export async function updateTicket(db: Kysely<DB>, id: string, set: Partial<DeskTicketsTable>): Promise<void> {
  await db.updateTable('desk_tickets').set(set).where('id', '=', id).execute();
}

/** Whose tickets a list shows: a requester's own, or those a viewer handles or oversees. */
export type TicketOwner =
  | { requesterId: string }
  | {
      /** Departments where the viewer is an officer: tickets routed to them. */
      departmentIds: readonly string[];
      /** Units where the viewer is base staff or admin, and those below: tickets of requesters there. */
      unitIds: readonly string[];
    };

export interface TicketFilter {
  status?: TicketStatus;
  /** 'open': every state whose clock runs. */
  open?: boolean;
  category?: string;
  type?: string;
  departmentId?: string;
  officerId?: string;
  unassigned?: boolean;
  overdue?: boolean;
  dueBy?: string;
  q?: string;
}

/**
 * The matching tickets, on desk_tickets alone (no joins), so that counting a base's hundred thousand
 * tickets and finding a page walk indexes only; the names are joined to the page afterwards.
 */
function filtered(db: Kysely<DB>, owner: TicketOwner, f: TicketFilter, today: string) {
  let q = db.selectFrom('desk_tickets');
  if ('requesterId' in owner) q = q.where('desk_tickets.requester_id', '=', owner.requesterId);
  else {
    // Ids rather than path prefixes: both columns are indexed, and the lists are short (units and
    // departments number in the hundreds even for a province).
    const { departmentIds, unitIds } = owner;
    if (departmentIds.length + unitIds.length === 0) q = q.where(sql<boolean>`1 = 0`);
    else
      q = q.where((eb) =>
        eb.or([
          ...(departmentIds.length ? [eb('desk_tickets.department_unit_id', 'in', departmentIds)] : []),
          ...(unitIds.length ? [eb('desk_tickets.unit_id', 'in', unitIds)] : []),
        ]),
      );
  }
  if (f.status) q = q.where('desk_tickets.status', '=', f.status);
  if (f.open) q = q.where('desk_tickets.status', 'in', OPEN_TICKET_STATUSES);
  if (f.category) q = q.where('desk_tickets.category', '=', f.category);
  if (f.type) q = q.where('desk_tickets.type', '=', f.type);
  if (f.departmentId) q = q.where('desk_tickets.department_unit_id', '=', f.departmentId);
  if (f.officerId) q = q.where('desk_tickets.officer_id', '=', f.officerId);
  if (f.unassigned) q = q.where('desk_tickets.officer_id', 'is', null);
  if (f.overdue) q = q.where('desk_tickets.status', 'in', OPEN_TICKET_STATUSES).where('desk_tickets.due_on', '<', today);
  if (f.dueBy) q = q.where('desk_tickets.status', 'in', OPEN_TICKET_STATUSES).where('desk_tickets.due_on', '<=', f.dueBy);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb('desk_tickets.title', 'like', like),
        eb('desk_tickets.ticket_no', 'like', like),
        eb('desk_tickets.description', 'like', like),
        eb('desk_tickets.requester_id', 'in', eb.selectFrom('users').select('users.id').where('users.display_name', 'like', like)),
      ]),
    );
  }
  return q;
}

export async function pageOfTickets(db: Kysely<DB>, owner: TicketOwner, f: TicketFilter & { page: number; pageSize: number }, today: string) {
  const base = filtered(db, owner, f, today);
  const [ids, total] = await Promise.all([
    base.select('desk_tickets.id').orderBy('desk_tickets.submitted_at', 'desc').orderBy('desk_tickets.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = ids.length ? await withNames(db).where('desk_tickets.id', 'in', ids.map((r) => r.id)).orderBy('desk_tickets.submitted_at', 'desc').orderBy('desk_tickets.id').execute() : [];
  return { items, total: Number(total.n) };
}

/** Every matching ticket, for the Excel export (bounded). */
export const allTickets = (db: Kysely<DB>, owner: TicketOwner, f: TicketFilter, today: string, limit: number) =>
  withNames(db)
    .where('desk_tickets.id', 'in', filtered(db, owner, f, today).select('desk_tickets.id').orderBy('desk_tickets.submitted_at', 'desc').limit(limit))
    .orderBy('desk_tickets.submitted_at', 'desc')
    .execute();

/**
 * Tickets the clock sweep may owe something: open ones not yet escalated that are overdue, or due
 * within the horizon and not yet reminded; resolved ones past the auto-close cutoff. The pure rule
 * then decides each exactly.
 */
export async function dueForSweep(db: Kysely<DB>, c: { today: string; remindHorizon: string; resolvedBefore: string }, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('desk_tickets')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('status', 'in', OPEN_TICKET_STATUSES),
          eb('escalated_at', 'is', null),
          eb.or([eb('due_on', '<', c.today), eb.and([eb('reminded_at', 'is', null), eb('due_on', '<=', c.remindHorizon)])]),
        ]),
        eb.and([eb('status', '=', 'resolved'), eb('resolved_at', '<=', c.resolvedBefore)]),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The tickets a dashboard counts (the columns it needs only): those the viewer's queue shows, filed since a day. */
export const ticketsSince = (db: Kysely<DB>, owner: TicketOwner, since: string, departmentId: string | undefined) =>
  filtered(db, owner, { departmentId }, '')
    .select(['desk_tickets.id', 'desk_tickets.department_unit_id', 'desk_tickets.status', 'desk_tickets.category', 'desk_tickets.due_on', 'desk_tickets.resolved_at', 'desk_tickets.handling_days', 'desk_tickets.rating'])
    .where('desk_tickets.submitted_at', '>=', since)
    .execute();

export async function openFollowupCount(db: Kysely<DB>, ticketIds: readonly string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ticketIds.length; i += 500) {
    const row = await db.selectFrom('desk_followups').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'open').where('ticket_id', 'in', ticketIds.slice(i, i + 500)).executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  return n;
}

export async function countByNoPrefix(db: Kysely<DB>, prefix: string): Promise<number> {
  const row = await db.selectFrom('desk_tickets').select((eb) => eb.fn.countAll<number>().as('n')).where('ticket_no', 'like', `${prefix}%`).executeTakeFirstOrThrow();
  return Number(row.n);
}

// Extensions

export const extensionsOf = (db: Kysely<DB>, ticketId: string) =>
  db
    .selectFrom('desk_extensions')
    .innerJoin('users as u', 'u.id', 'desk_extensions.requested_by')
    .leftJoin('users as h', 'h.id', 'desk_extensions.decided_by')
    .selectAll('desk_extensions')
    .select(['u.display_name as requested_by_name', 'h.display_name as decided_by_name'])
    .where('ticket_id', '=', ticketId)
    .orderBy('created_at')
    .execute();

export const findExtension = (db: Kysely<DB>, id: string) => db.selectFrom('desk_extensions').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertExtension(db: Kysely<DB>, row: DeskExtensionsTable): Promise<void> {
  await db.insertInto('desk_extensions').values(row).execute();
}

export async function updateExtension(db: Kysely<DB>, id: string, set: Partial<DeskExtensionsTable>): Promise<void> {
  await db.updateTable('desk_extensions').set(set).where('id', '=', id).execute();
}

// Follow-ups

export async function insertFollowup(db: Kysely<DB>, row: DeskFollowupsTable): Promise<void> {
  await db.insertInto('desk_followups').values(row).onConflict((oc) => oc.column('ticket_id').doNothing()).execute();
}

const followups = (db: Kysely<DB>) =>
  db
    .selectFrom('desk_followups')
    .innerJoin('desk_tickets as t', 't.id', 'desk_followups.ticket_id')
    .innerJoin('units as d', 'd.id', 'desk_followups.department_unit_id')
    .innerJoin('users as r', 'r.id', 't.requester_id')
    .leftJoin('users as u', 'u.id', 'desk_followups.done_by')
    .selectAll('desk_followups')
    .select(['t.ticket_no', 't.title', 't.rating', 't.rating_comment', 'r.display_name as requester_name', 'd.name as department_name', 'u.display_name as done_by_name']);

export const followupOf = (db: Kysely<DB>, ticketId: string) => followups(db).where('desk_followups.ticket_id', '=', ticketId).executeTakeFirst();

export const findFollowup = (db: Kysely<DB>, id: string) => db.selectFrom('desk_followups').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateFollowup(db: Kysely<DB>, id: string, set: Partial<DeskFollowupsTable>): Promise<void> {
  await db.updateTable('desk_followups').set(set).where('id', '=', id).execute();
}

export async function followupsUnder(db: Kysely<DB>, departmentPrefixes: readonly string[], openOnly: boolean) {
  if (departmentPrefixes.length === 0) return [];
  let q = followups(db).where((eb) => eb.or(departmentPrefixes.map((p) => eb('d.path', 'like', `${p}%`))));
  if (openOnly) q = q.where('desk_followups.status', '=', 'open');
  return q.orderBy('desk_followups.due_on').limit(500).execute();
}

/** Demo data only: moves a ticket and its history back in time, as if filed `days` ago. */
export async function backdateForDemo(db: Kysely<DB>, id: string, days: number, clock: Pick<DeskTicketsTable, 'clock_start_on' | 'due_on' | 'due_provisional'>): Promise<void> {
  const ms = days * 86_400_000;
  const shift = (iso: string | null) => (iso ? new Date(Date.parse(iso) - ms).toISOString() : null);
  const row = await db.selectFrom('desk_tickets').select(['submitted_at', 'resolved_at']).where('id', '=', id).executeTakeFirstOrThrow();
  await db.updateTable('desk_tickets').set({ ...clock, submitted_at: shift(row.submitted_at)!, resolved_at: shift(row.resolved_at) }).where('id', '=', id).execute();
  const events = await db.selectFrom('workflow_events').select(['id', 'at']).where('entity_id', '=', id).execute();
  for (const e of events) await db.updateTable('workflow_events').set({ at: shift(e.at)! }).where('id', '=', e.id).execute();
}
