import type { Kysely } from 'kysely';
import { STARTER_LEXICON } from '../src/modules/compliance/lexicon/starter-lexicon.js';
import { lexiconRowOf } from '../src/modules/compliance/lexicon/lexicon-rows.js';

/**
 * The staff-edited compliance lexicon (every change a numbered version) and violations of the
 * streamer convention. Installs the starter lexicon shipped with the code as version 1, so a
 * fresh installation checks texts from the start (like the category tree in 0002).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lexicon_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('term', 'text', (c) => c.notNull())
    /** The term normalised as the checker matches it: 最低价 and 最 低 價 are the same entry. */
    .addColumn('term_key', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('clause', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('allow_in_json', 'text', (c) => c.notNull())
    .addColumn('negation_window', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One row per change; the primary key on version makes two simultaneous edits conflict instead of sharing a number.
  await db.schema
    .createTable('lexicon_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text')
    .addColumn('term', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('lexicon_versions_entry_idx').on('lexicon_versions').columns(['entry_id', 'version']).execute();
  const at = new Date().toISOString();
  const rows = STARTER_LEXICON.map((e) => lexiconRowOf(e, { userId: null, at }));
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('lexicon_entries').values(rows.slice(i, i + 200)).execute();
  await db
    .insertInto('lexicon_versions')
    .values({ version: 1, action: 'seed', entry_id: null, term: null, summary: `安装初始词库：${rows.length} 条（依据《广告法》《食品安全法》《明码标价和禁止价格欺诈规定》等编写）`, before_json: null, after_json: null, actor_id: null, at })
    .execute();

  await db.schema
    .createTable('violations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('streamer_id', 'text', (c) => c.notNull().references('users.id'))
    /** The unit where the streamer holds the role: staff scope is checked against it. */
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('clause', 'integer')
    .addColumn('occurred_on', 'text')
    .addColumn('place', 'text')
    .addColumn('evidence_text', 'text')
    .addColumn('finding_json', 'text')
    .addColumn('response_text', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('decided_clause', 'integer')
    .addColumn('decided_evidence', 'text')
    .addColumn('credit_deduction', 'integer')
    .addColumn('decision_note', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('rectification_note', 'text')
    .addColumn('rectified_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('violations_streamer_idx').on('violations').columns(['streamer_id', 'created_at']).execute();
  await db.schema.createIndex('violations_reporter_idx').on('violations').columns(['reporter_id', 'created_at']).execute();
  await db.schema.createIndex('violations_status_idx').on('violations').columns(['status', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['violations', 'lexicon_versions', 'lexicon_entries']) await db.schema.dropTable(t).ifExists().execute();
}
