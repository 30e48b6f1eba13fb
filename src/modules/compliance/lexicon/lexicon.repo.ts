import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { LexiconEntriesTable, LexiconVersionsTable } from '../compliance.tables.js';

export type LexiconRow = LexiconEntriesTable & { updated_by_name: string | null };

export async function latestVersion(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('lexicon_versions').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
  return Number(row?.v ?? 0);
}

export const enabledEntries = (db: Kysely<DB>) => db.selectFrom('lexicon_entries').selectAll().where('enabled', '=', 1).orderBy('term_key').execute();

const withEditor = (db: Kysely<DB>) =>
  db.selectFrom('lexicon_entries').leftJoin('users', 'users.id', 'lexicon_entries.updated_by').selectAll('lexicon_entries').select('users.display_name as updated_by_name');

export const findEntry = (db: Kysely<DB>, id: string): Promise<LexiconRow | undefined> => withEditor(db).where('lexicon_entries.id', '=', id).executeTakeFirst();
export const findByKey = (db: Kysely<DB>, termKey: string) => db.selectFrom('lexicon_entries').select(['id', 'term']).where('term_key', '=', termKey).executeTakeFirst();

export interface EntryFilter {
  q?: string;
  category?: string;
  severity?: string;
  enabled?: boolean;
  page: number;
  pageSize: number;
}

export async function pageOfEntries(db: Kysely<DB>, f: EntryFilter): Promise<{ items: LexiconRow[]; total: number }> {
  let q = withEditor(db);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([sql<boolean>`lexicon_entries.term like ${like} escape '\\'`, sql<boolean>`lexicon_entries.suggestion like ${like} escape '\\'`]));
  }
  if (f.category) q = q.where('lexicon_entries.category', '=', f.category);
  if (f.severity) q = q.where('lexicon_entries.severity', '=', f.severity);
  if (f.enabled !== undefined) q = q.where('lexicon_entries.enabled', '=', f.enabled ? 1 : 0);
  const [items, count] = await Promise.all([
    q.orderBy('lexicon_entries.category').orderBy('lexicon_entries.term_key').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function insertEntries(db: Kysely<DB>, rows: readonly LexiconEntriesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('lexicon_entries').values(rows.slice(i, i + 200)).execute();
}

export async function updateEntry(db: Kysely<DB>, id: string, set: Partial<LexiconEntriesTable>): Promise<void> {
  await db.updateTable('lexicon_entries').set(set).where('id', '=', id).execute();
}

export async function insertVersion(db: Kysely<DB>, row: LexiconVersionsTable): Promise<void> {
  await db.insertInto('lexicon_versions').values(row).execute();
}

export async function pageOfChanges(db: Kysely<DB>, f: { entryId?: string; page: number; pageSize: number }) {
  let q = db.selectFrom('lexicon_versions').leftJoin('users', 'users.id', 'lexicon_versions.actor_id');
  if (f.entryId) q = q.where('lexicon_versions.entry_id', '=', f.entryId);
  const [items, count] = await Promise.all([
    q.selectAll('lexicon_versions').select('users.display_name as actor_name').orderBy('lexicon_versions.version', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
