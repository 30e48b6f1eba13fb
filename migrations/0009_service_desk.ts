import type { Kysely } from 'kysely';

/** Service desk (上门解难题, issue 6): departments, routing, tickets, extensions, follow-ups. */
export async function up(db: Kysely<any>): Promise<void> {
  /** An organisation unit of type 'department' that answers tickets, and its kind (税务, 司法…). */
  await db.schema
    .createTable('desk_departments')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  /** Officers marked as heads: they approve extensions and receive escalations. */
  await db.schema
    .createTable('desk_department_heads')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('desk_department_heads_pk', ['unit_id', 'user_id'])
    .execute();
  /** Admin overrides of the default routing, per region (GB/T 2260 code prefix; '' is everywhere). */
  await db.schema
    .createTable('desk_routes')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('desk_routes_pk', ['region_code', 'category'])
    .execute();
  await db.schema
    .createTable('desk_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_no', 'text', (c) => c.notNull().unique())
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
    /** The requester's unit: base staff over it oversee and re-route the ticket. */
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('contact_method', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    .addColumn('onsite_wanted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('department_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('officer_id', 'text', (c) => c.references('users.id'))
    .addColumn('limit_days', 'integer', (c) => c.notNull())
    /** The day the clock (re)started and the Shanghai date the answer is due by. */
    .addColumn('clock_start_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('due_provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminded_at', 'text')
    .addColumn('escalated_at', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
    .addColumn('resolved_at', 'text')
    .addColumn('handling_days', 'integer')
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('auto_closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('desk_tickets_requester_idx').on('desk_tickets').columns(['requester_id', 'submitted_at']).execute();
  await db.schema.createIndex('desk_tickets_department_idx').on('desk_tickets').columns(['department_unit_id', 'status']).execute();
  await db.schema.createIndex('desk_tickets_status_due_idx').on('desk_tickets').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('desk_tickets_unit_idx').on('desk_tickets').columns(['unit_id', 'status']).execute();
  // Queues list newest first: walking these backwards finds a page without sorting the department's year.
  await db.schema.createIndex('desk_tickets_department_time_idx').on('desk_tickets').columns(['department_unit_id', 'submitted_at']).execute();
  await db.schema.createIndex('desk_tickets_unit_time_idx').on('desk_tickets').columns(['unit_id', 'submitted_at']).execute();
  await db.schema
    .createTable('desk_extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('desk_tickets.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('desk_extensions_ticket_idx').on('desk_extensions').columns(['ticket_id', 'status']).execute();
  await db.schema
    .createTable('desk_followups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().unique().references('desk_tickets.id'))
    .addColumn('department_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['desk_followups', 'desk_extensions', 'desk_tickets', 'desk_routes', 'desk_department_heads', 'desk_departments']) await db.schema.dropTable(t).ifExists().execute();
}
