import type { Kysely } from 'kysely';

/** Cooperations (合作, issue 5): a streamer will sell a product in a window on agreed terms. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cooperations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('streamer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    /** Which side proposed ('streamer' or 'producer'): the other side accepts. */
    .addColumn('proposed_by_side', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('supply_price_fen', 'integer', (c) => c.notNull())
    .addColumn('commission_bp', 'integer', (c) => c.notNull())
    .addColumn('quantity_cap', 'integer', (c) => c.notNull())
    .addColumn('shipping_mode', 'text', (c) => c.notNull())
    .addColumn('after_sale_terms', 'text', (c) => c.notNull())
    /** Split of proceeds where a collective sells for villagers: {collective, members, streamer} in basis points. */
    .addColumn('split_json', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
    .addColumn('accepted_at', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('terminate_reason', 'text')
    .addColumn('terminated_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cooperations_streamer_idx').on('cooperations').columns(['streamer_id', 'status']).execute();
  await db.schema.createIndex('cooperations_product_idx').on('cooperations').columns(['product_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cooperations').ifExists().execute();
}
