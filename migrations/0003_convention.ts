import type { Kysely } from 'kysely';

/** The streamer convention (主播公约): versions with numbered clauses, and signatures per version. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conventions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('published_by', 'text', (c) => c.references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('convention_clauses')
    .addColumn('convention_id', 'text', (c) => c.notNull().references('conventions.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('convention_clauses_pk', ['convention_id', 'number'])
    .execute();
  await db.schema
    .createTable('convention_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('convention_id', 'text', (c) => c.notNull().references('conventions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('convention_signatures_uq').on('convention_signatures').columns(['convention_id', 'user_id']).unique().execute();
  await db.schema.createIndex('convention_signatures_user_idx').on('convention_signatures').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['convention_signatures', 'convention_clauses', 'conventions']) await db.schema.dropTable(t).ifExists().execute();
}
