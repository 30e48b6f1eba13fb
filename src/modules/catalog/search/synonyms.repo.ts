import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { SearchSynonymsTable } from '../catalog.tables.js';

export const listSynonymRows = (db: Kysely<DB>) => db.selectFrom('search_synonyms').selectAll().orderBy('updated_at', 'desc').orderBy('id').execute();
export const findSynonymRow = (db: Kysely<DB>, id: string) => db.selectFrom('search_synonyms').selectAll().where('id', '=', id).executeTakeFirst();
export const insertSynonymRow = (db: Kysely<DB>, row: SearchSynonymsTable) => db.insertInto('search_synonyms').values(row).execute();
export const updateSynonymRow = (db: Kysely<DB>, id: string, set: Partial<SearchSynonymsTable>) => db.updateTable('search_synonyms').set(set).where('id', '=', id).execute();
export const deleteSynonymRow = (db: Kysely<DB>, id: string) => db.deleteFrom('search_synonyms').where('id', '=', id).execute();
