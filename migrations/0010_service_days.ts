import type { Kysely } from 'kysely';

/** On-site service days (上门服务日, issue 6): a department at a base on a date, in slots, booked by requesters. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('desk_service_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_unit_id', 'text', (c) => c.notNull().references('units.id'))
    /** The base where the department comes (a unit of type base, venue or training site). */
    .addColumn('base_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('desk_service_days_day_idx').on('desk_service_days').columns(['day', 'status']).execute();
  await db.schema
    .createTable('desk_service_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('day_id', 'text', (c) => c.notNull().references('desk_service_days.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('desk_service_slots_day_idx').on('desk_service_slots').columns(['day_id']).execute();
  await db.schema
    .createTable('desk_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('day_id', 'text', (c) => c.notNull().references('desk_service_days.id'))
    .addColumn('slot_id', 'text', (c) => c.notNull().references('desk_service_slots.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.references('desk_tickets.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('outcome_by', 'text', (c) => c.references('users.id'))
    .addColumn('outcome_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('desk_bookings_slot_idx').on('desk_bookings').columns(['slot_id', 'status']).execute();
  await db.schema.createIndex('desk_bookings_user_idx').on('desk_bookings').columns(['user_id', 'day_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['desk_bookings', 'desk_service_slots', 'desk_service_days']) await db.schema.dropTable(t).ifExists().execute();
}
