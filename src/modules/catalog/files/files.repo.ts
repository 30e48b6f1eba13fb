import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { FilesTable } from '../catalog.tables.js';

export async function insertFile(db: Kysely<DB>, row: FilesTable): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export async function findFile(db: Kysely<DB>, id: string): Promise<FilesTable | undefined> {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findFiles(db: Kysely<DB>, ids: readonly string[]): Promise<FilesTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('files').selectAll().where('id', 'in', ids).execute();
}

export async function filesOf(db: Kysely<DB>, entityType: string, entityIds: readonly string[]): Promise<FilesTable[]> {
  if (entityIds.length === 0) return [];
  return db.selectFrom('files').selectAll().where('entity_type', '=', entityType).where('entity_id', 'in', entityIds).orderBy('created_at').execute();
}

export async function attachFiles(db: Kysely<DB>, ids: readonly string[], entityType: string, entityId: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('files').set({ entity_type: entityType, entity_id: entityId }).where('id', 'in', ids).execute();
}

/** Files of a record no longer referenced by it become unattached (their owner may reuse them). */
export async function detachFilesExcept(db: Kysely<DB>, entityType: string, entityId: string, keep: readonly string[]): Promise<void> {
  let q = db.updateTable('files').set({ entity_type: null, entity_id: null }).where('entity_type', '=', entityType).where('entity_id', '=', entityId);
  if (keep.length) q = q.where('id', 'not in', keep);
  await q.execute();
}
