import type { Kysely } from 'kysely';

/** Matching (issue 5): streamer profiles and platform accounts, and producers' distribution plans. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('streamer_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('studio', 'text')
    .addColumn('mcn', 'text')
    .addColumn('categories_json', 'text', (c) => c.notNull())
    .addColumn('audience_regions_json', 'text', (c) => c.notNull())
    .addColumn('typical_units', 'integer', (c) => c.notNull())
    .addColumn('price_min_fen', 'integer', (c) => c.notNull())
    .addColumn('price_max_fen', 'integer', (c) => c.notNull())
    .addColumn('party_member', 'integer', (c) => c.notNull())
    /** The party organisation (branch, joint organisation or industry committee) the member belongs to. */
    .addColumn('party_branch_unit_id', 'text', (c) => c.references('units.id'))
    /** The branch secretary who confirmed the self-declared party membership, and when. */
    .addColumn('party_confirmed_by', 'text', (c) => c.references('users.id'))
    .addColumn('party_confirmed_at', 'text')
    .addColumn('intro', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('streamer_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('followers', 'integer', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('streamer_accounts_user_idx').on('streamer_accounts').column('user_id').execute();

  await db.schema
    .createTable('distribution_plans')
    .addColumn('product_id', 'text', (c) => c.primaryKey().references('products.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('exclusive_streamer_id', 'text', (c) => c.references('users.id'))
    .addColumn('exclusive_until', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('distribution_plan_streamers')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('streamer_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('distribution_plan_streamers_pk', ['product_id', 'streamer_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['distribution_plan_streamers', 'distribution_plans', 'streamer_accounts', 'streamer_profiles']) await db.schema.dropTable(t).ifExists().execute();
}
