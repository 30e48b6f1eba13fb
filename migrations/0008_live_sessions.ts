import type { Kysely } from 'kysely';

/** Live sessions (直播场次, issue 5): products with live price and stock, the checked script, the sales report. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('streamer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('room_url', 'text')
    .addColumn('script', 'text', (c) => c.notNull())
    /** The compliance check of the script as saved: lexicon version and counts by severity. */
    .addColumn('script_lexicon_version', 'integer', (c) => c.notNull())
    .addColumn('script_must_fix', 'integer', (c) => c.notNull())
    .addColumn('script_caution', 'integer', (c) => c.notNull())
    /** Base staff may let a script with must-fix findings through, with a reason; editing the script clears it. */
    .addColumn('override_reason', 'text')
    .addColumn('override_by', 'text', (c) => c.references('users.id'))
    .addColumn('override_at', 'text')
    .addColumn('party_demo', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('report_due_at', 'text')
    .addColumn('report_reminded_at', 'text')
    .addColumn('reported_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_sessions_streamer_idx').on('live_sessions').columns(['streamer_id', 'starts_at']).execute();
  await db.schema.createIndex('live_sessions_status_idx').on('live_sessions').columns(['status', 'report_due_at']).execute();
  await db.schema
    .createTable('live_session_products')
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('cooperation_id', 'text', (c) => c.notNull().references('cooperations.id'))
    .addColumn('live_price_fen', 'integer', (c) => c.notNull())
    .addColumn('stock', 'integer', (c) => c.notNull())
    .addColumn('units_sold', 'integer')
    .addColumn('gmv_fen', 'integer')
    .addColumn('units_refunded', 'integer')
    .addColumn('complaints', 'integer')
    .addPrimaryKeyConstraint('live_session_products_pk', ['session_id', 'product_id'])
    .execute();
  await db.schema.createIndex('live_session_products_product_idx').on('live_session_products').column('product_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['live_session_products', 'live_sessions']) await db.schema.dropTable(t).ifExists().execute();
}
