import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Catalogue and quality: producers, products, batches, evidence, uploaded files, the synonym
 * table and the search index. Portable except the search index, which is FTS5 on SQLite and
 * pg_trgm + a gram array on PostgreSQL (see src/modules/catalog/search/).
 */

/** The seeded category tree (SPEC §2.1). Ids are stable slugs; `edible` decides whether 承诺达标合格证 is required. */
export const CATEGORY_SEED: { id: string; parent: string | null; name: string; edible: number }[] = [
  { id: 'fruit', parent: null, name: '生鲜水果', edible: 1 },
  { id: 'fruit.citrus', parent: 'fruit', name: '柑橘柚类', edible: 1 },
  { id: 'fruit.lychee', parent: 'fruit', name: '荔枝龙眼', edible: 1 },
  { id: 'fruit.kiwi', parent: 'fruit', name: '猕猴桃', edible: 1 },
  { id: 'fruit.other', parent: 'fruit', name: '桃李梨及其他水果', edible: 1 },
  { id: 'veg', parent: null, name: '蔬菜', edible: 1 },
  { id: 'veg.fresh', parent: 'veg', name: '时令鲜蔬', edible: 1 },
  { id: 'veg.pickled', parent: 'veg', name: '泡菜榨菜', edible: 1 },
  { id: 'meat', parent: null, name: '肉禽蛋', edible: 1 },
  { id: 'meat.pork', parent: 'meat', name: '猪肉', edible: 1 },
  { id: 'meat.beef', parent: 'meat', name: '牛羊肉', edible: 1 },
  { id: 'meat.poultry', parent: 'meat', name: '禽肉禽蛋', edible: 1 },
  { id: 'cured', parent: null, name: '腊味熟食', edible: 1 },
  { id: 'cured.bacon', parent: 'cured', name: '腊肉香肠', edible: 1 },
  { id: 'cured.cooked', parent: 'cured', name: '卤味熟食', edible: 1 },
  { id: 'tea', parent: null, name: '茶叶', edible: 1 },
  { id: 'tea.green', parent: 'tea', name: '绿茶', edible: 1 },
  { id: 'tea.black', parent: 'tea', name: '红茶', edible: 1 },
  { id: 'tea.dark', parent: 'tea', name: '黑茶藏茶', edible: 1 },
  { id: 'grain', parent: null, name: '粮油米面', edible: 1 },
  { id: 'grain.rice', parent: 'grain', name: '大米杂粮', edible: 1 },
  { id: 'grain.oil', parent: 'grain', name: '食用油', edible: 1 },
  { id: 'grain.noodle', parent: 'grain', name: '面条粉丝', edible: 1 },
  { id: 'dried', parent: null, name: '山货干货', edible: 1 },
  { id: 'dried.mushroom', parent: 'dried', name: '菌菇', edible: 1 },
  { id: 'dried.bamboo', parent: 'dried', name: '笋干', edible: 1 },
  { id: 'dried.nuts', parent: 'dried', name: '坚果蜂蜜', edible: 1 },
  { id: 'condiment', parent: null, name: '调味品', edible: 1 },
  { id: 'condiment.pepper', parent: 'condiment', name: '辣椒花椒', edible: 1 },
  { id: 'condiment.sauce', parent: 'condiment', name: '酱料底料', edible: 1 },
  { id: 'drink', parent: null, name: '酒水饮品', edible: 1 },
  { id: 'drink.liquor', parent: 'drink', name: '白酒', edible: 1 },
  { id: 'drink.fruitwine', parent: 'drink', name: '果酒饮品', edible: 1 },
  { id: 'craft', parent: null, name: '手工艺品', edible: 0 },
  { id: 'craft.weaving', parent: 'craft', name: '竹编藤编', edible: 0 },
  { id: 'craft.embroidery', parent: 'craft', name: '刺绣织染', edible: 0 },
];

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('categories.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('edible', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('categories')
    .values(CATEGORY_SEED.map((c, i) => ({ id: c.id, parent_id: c.parent, name: c.name, sort: i, edible: c.edible })))
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text')
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_entity_idx').on('files').columns(['entity_type', 'entity_id']).execute();

  await db.schema
    .createTable('producers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('sc_licence_no', 'text')
    .addColumn('food_business_licence_no', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('bank_account', 'text')
    .addColumn('intro', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_note', 'text')
    .addColumn('documents_checked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('producers_unit_idx').on('producers').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('producers_owner_idx').on('producers').column('owner_user_id').execute();
  await db.schema.createIndex('producers_status_idx').on('producers').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('producers_credit_code_uq').on('producers').column('credit_code').unique().where('credit_code', 'is not', null).execute();

  await db.schema
    .createTable('producer_site_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('producer_id', 'text', (c) => c.notNull().references('producers.id'))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('visitor_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('producer_site_visits_producer_idx').on('producer_site_visits').column('producer_id').execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('producer_id', 'text', (c) => c.notNull().references('producers.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id'))
    .addColumn('origin_region_code', 'text', (c) => c.notNull())
    .addColumn('spec_weight', 'text', (c) => c.notNull())
    .addColumn('grade', 'text')
    .addColumn('packaging', 'text')
    .addColumn('shelf_life_days', 'integer', (c) => c.notNull())
    .addColumn('storage', 'text', (c) => c.notNull())
    .addColumn('free_shipping', 'integer', (c) => c.notNull())
    .addColumn('shipping_excludes', 'text')
    .addColumn('cold_chain', 'integer', (c) => c.notNull())
    .addColumn('selling_points', 'text', (c) => c.notNull())
    .addColumn('supply_price_fen', 'bigint', (c) => c.notNull())
    .addColumn('retail_price_fen', 'bigint', (c) => c.notNull())
    .addColumn('commission_bp', 'integer', (c) => c.notNull())
    .addColumn('capacity_per_day', 'integer', (c) => c.notNull())
    .addColumn('capacity_season', 'integer', (c) => c.notNull())
    .addColumn('season_mask', 'integer', (c) => c.notNull())
    .addColumn('preorder_from', 'text')
    .addColumn('preorder_to', 'text')
    .addColumn('tags_json', 'text', (c) => c.notNull())
    .addColumn('image_ids_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_note', 'text')
    .addColumn('verification_methods_json', 'text', (c) => c.notNull())
    .addColumn('in_pool', 'integer', (c) => c.notNull())
    .addColumn('pool_valid_until', 'text')
    .addColumn('evidence_mask', 'integer', (c) => c.notNull())
    .addColumn('quality_score', 'integer', (c) => c.notNull())
    .addColumn('quality_json', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('products_producer_idx').on('products').columns(['producer_id', 'updated_at']).execute();
  await db.schema.createIndex('products_unit_status_idx').on('products').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('products_status_idx').on('products').columns(['status', 'updated_at']).execute();
  if (!sqlite) {
    // PostgreSQL's pool search reads products itself (SQLite reads product_facets, below): this
    // index covers every pool filter, so counting the pool never reads the wide rows.
    await db.schema
      .createIndex('products_pool_facets_idx')
      .on('products')
      .columns(['in_pool', 'quality_score', 'category_id', 'origin_region_code', 'retail_price_fen', 'commission_bp', 'season_mask', 'storage', 'free_shipping', 'evidence_mask', 'verified_at', 'id'])
      .execute();
    await db.schema.createIndex('products_pool_price_idx').on('products').columns(['in_pool', 'retail_price_fen', 'id']).execute();
    await db.schema.createIndex('products_pool_newest_idx').on('products').columns(['in_pool', 'verified_at', 'id']).execute();
  }
  await db.schema.createIndex('products_pool_expiry_idx').on('products').columns(['in_pool', 'pool_valid_until']).execute();
  await db.schema.createIndex('products_origin_idx').on('products').column('origin_region_code').execute();
  await db.schema.createIndex('products_category_idx').on('products').column('category_id').execute();

  await db.schema
    .createTable('product_tags')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('product_tags_pk', ['product_id', 'tag'])
    .execute();
  await db.schema.createIndex('product_tags_tag_idx').on('product_tags').columns(['tag', 'product_id']).execute();

  await db.schema
    .createTable('batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('trace_code', 'text', (c) => c.notNull().unique())
    .addColumn('produced_on', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('quantity_unit', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('batches_product_code_uq').on('batches').columns(['product_id', 'code']).unique().execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('batches.id'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('items', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.references('files.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_batch_idx').on('evidence').column('batch_id').execute();
  await db.schema.createIndex('evidence_product_idx').on('evidence').column('product_id').execute();

  await db.schema
    .createTable('search_synonyms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('words_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  if (sqlite) {
    // FTS5 rows are keyed by integer: this table gives each product its document number and keeps
    // the pool facets beside it, so a full-text hit is turned into the facets a filter and a sort
    // need with one integer-key lookup (a rowid seek), not an index probe plus a product row.
    await sql`create table product_facets (
      doc integer primary key,
      id text not null unique,
      in_pool integer not null,
      quality_score integer not null,
      category_id text not null,
      origin_region_code text not null,
      retail_price_fen integer not null,
      commission_bp integer not null,
      season_mask integer not null,
      storage text not null,
      free_shipping integer not null,
      evidence_mask integer not null,
      verified_at text,
      updated_at text not null,
      name text not null
    )`.execute(db);
    // Pool searches without text read these in sort order and stop at the page's end.
    await sql`create index product_facets_pool_idx on product_facets (in_pool, quality_score)`.execute(db);
    await sql`create index product_facets_category_idx on product_facets (category_id, in_pool)`.execute(db);
    await sql`create index product_facets_price_idx on product_facets (in_pool, retail_price_fen)`.execute(db);
    await sql`create index product_facets_newest_idx on product_facets (in_pool, verified_at)`.execute(db);
    // Substrings of three characters or more: the trigram index answers them exactly.
    await sql`create virtual table product_search_tri using fts5(body, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
    // One- and two-character terms: every character and every adjacent pair, as tokens.
    await sql`create virtual table product_search_gram using fts5(grams, content = '', contentless_delete = 1, detail = 'none')`.execute(db);
  } else {
    // In the public schema, once per database: several LiveBase schemas (tests, tenants) share it,
    // and dropping one schema must not take the extension from the others.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`create table product_search (product_id text primary key references products(id) on delete cascade, body text not null, grams text[] not null)`.execute(db);
    await sql`create index product_search_body_trgm on product_search using gin (body public.gin_trgm_ops)`.execute(db);
    await sql`create index product_search_grams on product_search using gin (grams)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (sqlite) {
    for (const t of ['product_search_gram', 'product_search_tri', 'product_facets']) await sql`drop table if exists ${sql.table(t)}`.execute(db);
  } else {
    await sql`drop table if exists product_search`.execute(db);
  }
  for (const t of ['search_synonyms', 'evidence', 'batches', 'product_tags', 'products', 'producer_site_visits', 'producers', 'files', 'categories']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
