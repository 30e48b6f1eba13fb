import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { DeskBookingsTable, DeskServiceDaysTable, DeskServiceSlotsTable } from '../desk.tables.js';
import { IN_HAND_STATUSES } from '../rules/ticket.machine.js';

export type DayRow = DeskServiceDaysTable & { department_name: string; department_path: string; base_name: string; created_by_name: string };

const days = (db: Kysely<DB>) =>
  db
    .selectFrom('desk_service_days')
    .innerJoin('units as d', 'd.id', 'desk_service_days.department_unit_id')
    .innerJoin('units as b', 'b.id', 'desk_service_days.base_unit_id')
    .innerJoin('users as u', 'u.id', 'desk_service_days.created_by')
    .selectAll('desk_service_days')
    .select(['d.name as department_name', 'd.path as department_path', 'b.name as base_name', 'u.display_name as created_by_name']);

export const findDay = (db: Kysely<DB>, id: string): Promise<DayRow | undefined> => days(db).where('desk_service_days.id', '=', id).executeTakeFirst();

export async function listDays(db: Kysely<DB>, f: { from?: string; departmentId?: string; includeCancelled: boolean }): Promise<DayRow[]> {
  let q = days(db);
  if (f.from) q = q.where('desk_service_days.day', '>=', f.from);
  if (f.departmentId) q = q.where('desk_service_days.department_unit_id', '=', f.departmentId);
  if (!f.includeCancelled) q = q.where('desk_service_days.status', '=', 'published');
  return q.orderBy('desk_service_days.day').orderBy('desk_service_days.id').limit(200).execute();
}

export async function insertDay(db: Kysely<DB>, row: DeskServiceDaysTable, slots: readonly DeskServiceSlotsTable[]): Promise<void> {
  await db.insertInto('desk_service_days').values(row).execute();
  await db.insertInto('desk_service_slots').values([...slots]).execute();
}

export async function updateDay(db: Kysely<DB>, id: string, set: Partial<DeskServiceDaysTable>): Promise<void> {
  await db.updateTable('desk_service_days').set(set).where('id', '=', id).execute();
}

/** Slots of the days with how many places are taken (bookings not cancelled). */
export async function slotsOf(db: Kysely<DB>, dayIds: readonly string[]) {
  if (dayIds.length === 0) return [];
  const rows = await db
    .selectFrom('desk_service_slots as s')
    .leftJoin('desk_bookings as b', (j) => j.onRef('b.slot_id', '=', 's.id').on('b.status', '!=', 'cancelled'))
    .select(['s.id', 's.day_id', 's.starts_at', 's.ends_at', 's.capacity', (eb) => eb.fn.count<number>('b.id').as('taken')])
    .where('s.day_id', 'in', dayIds)
    .groupBy(['s.id', 's.day_id', 's.starts_at', 's.ends_at', 's.capacity'])
    .orderBy('s.starts_at')
    .execute();
  return rows.map((r) => ({ ...r, taken: Number(r.taken) }));
}

/**
 * Serialises bookings of one slot on PostgreSQL (a row lock), so its last place goes to one
 * requester only; SQLite already runs one write transaction at a time.
 */
export async function lockSlot(db: Kysely<DB>, slotId: string): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`select id from desk_service_slots where id = ${slotId} for update`.execute(db);
}

export async function takenPlaces(db: Kysely<DB>, slotId: string): Promise<number> {
  const row = await db.selectFrom('desk_bookings').select((eb) => eb.fn.countAll<number>().as('n')).where('slot_id', '=', slotId).where('status', '!=', 'cancelled').executeTakeFirstOrThrow();
  return Number(row.n);
}

export type BookingRow = DeskBookingsTable & { user_name: string; ticket_no: string | null; ticket_status: string | null; starts_at: string; ends_at: string };

const bookings = (db: Kysely<DB>) =>
  db
    .selectFrom('desk_bookings')
    .innerJoin('users as u', 'u.id', 'desk_bookings.user_id')
    .innerJoin('desk_service_slots as s', 's.id', 'desk_bookings.slot_id')
    .leftJoin('desk_tickets as t', 't.id', 'desk_bookings.ticket_id')
    .selectAll('desk_bookings')
    .select(['u.display_name as user_name', 't.ticket_no', 't.status as ticket_status', 's.starts_at', 's.ends_at']);

export const findBooking = (db: Kysely<DB>, id: string): Promise<BookingRow | undefined> => bookings(db).where('desk_bookings.id', '=', id).executeTakeFirst();

export const bookingsOfDay = (db: Kysely<DB>, dayId: string): Promise<BookingRow[]> => bookings(db).where('desk_bookings.day_id', '=', dayId).orderBy('s.starts_at').orderBy('desk_bookings.created_at').execute();

export async function bookingsOfUser(db: Kysely<DB>, userId: string, dayIds: readonly string[]): Promise<BookingRow[]> {
  if (dayIds.length === 0) return [];
  return bookings(db).where('desk_bookings.user_id', '=', userId).where('desk_bookings.day_id', 'in', dayIds).execute();
}

export async function insertBooking(db: Kysely<DB>, row: DeskBookingsTable): Promise<void> {
  await db.insertInto('desk_bookings').values(row).execute();
}

export async function updateBooking(db: Kysely<DB>, id: string, set: Partial<DeskBookingsTable>): Promise<void> {
  await db.updateTable('desk_bookings').set(set).where('id', '=', id).execute();
}

/** Requesters with open tickets that asked for a visit, for a department: told when it publishes a day. */
export async function onsiteRequesters(db: Kysely<DB>, departmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('desk_tickets')
    .select('requester_id')
    .distinct()
    .where('department_unit_id', '=', departmentId)
    .where('onsite_wanted', '=', 1)
    .where('status', 'in', ['submitted', ...IN_HAND_STATUSES])
    .execute();
  return rows.map((r) => r.requester_id);
}

/** Active units a department can hold a day at (bases, venues, training sites), with the region for naming. */
export const placeUnits = (db: Kysely<DB>, types: readonly string[]) =>
  db.selectFrom('units').select(['id', 'name', 'type', 'region_code']).where('type', 'in', types).where('active', '=', 1).orderBy('path').execute();
