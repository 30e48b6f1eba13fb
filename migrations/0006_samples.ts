import { sql, type Kysely } from 'kysely';

/** Sample requests (申样, issue 5): the whole workflow on one row, steps in workflow_events. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sample_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('streamer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('planned_session_on', 'text')
    .addColumn('ship_to', 'text', (c) => c.notNull())
    .addColumn('decision_due_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decline_reason', 'text')
    .addColumn('carrier', 'text')
    .addColumn('tracking_no', 'text')
    .addColumn('shipped_at', 'text')
    .addColumn('received_at', 'text')
    .addColumn('received_automatically', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('evaluation_due_at', 'text')
    .addColumn('rating_quality', 'integer')
    .addColumn('rating_taste', 'integer')
    .addColumn('rating_packaging', 'integer')
    .addColumn('rating_match', 'integer')
    .addColumn('evaluation_text', 'text')
    .addColumn('evaluated_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('cancelled_by', 'text', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sample_requests_streamer_idx').on('sample_requests').columns(['streamer_id', 'status']).execute();
  await db.schema.createIndex('sample_requests_product_idx').on('sample_requests').columns(['product_id', 'status']).execute();
  await db.schema.createIndex('sample_requests_status_idx').on('sample_requests').columns(['status', 'updated_at']).execute();
  // One open request per product per streamer, kept by the database itself (two simultaneous requests: one wins).
  await sql`create unique index sample_requests_one_open_uq on sample_requests (product_id, streamer_id) where status in ('requested', 'approved', 'shipped', 'received')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sample_requests').ifExists().execute();
}
