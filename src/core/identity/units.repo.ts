import { sql, type Kysely } from 'kysely';
import type { DB, UnitsTable } from '../db/schema.js';

export async function findUnit(db: Kysely<DB>, id: string): Promise<UnitsTable | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitsUnder(db: Kysely<DB>, pathPrefixes: readonly string[]): Promise<UnitsTable[]> {
  if (pathPrefixes.length === 0) return [];
  return db
    .selectFrom('units')
    .selectAll()
    .where((eb) => eb.or(pathPrefixes.map((p) => eb('path', 'like', `${p}%`))))
    .orderBy('path')
    .execute();
}

export async function findRootUnit(db: Kysely<DB>): Promise<UnitsTable | undefined> {
  return db.selectFrom('units').selectAll().where('parent_id', 'is', null).orderBy('created_at').executeTakeFirst();
}

export async function siblingNameTaken(db: Kysely<DB>, parentId: string, name: string, exceptId: string | null): Promise<boolean> {
  let q = db.selectFrom('units').select('id').where('parent_id', '=', parentId).where('name', '=', name);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertUnit(db: Kysely<DB>, row: UnitsTable): Promise<void> {
  await db.insertInto('units').values(row).execute();
}

export async function updateUnit(db: Kysely<DB>, id: string, patch: Partial<UnitsTable>): Promise<void> {
  await db.updateTable('units').set(patch).where('id', '=', id).execute();
}

export async function hasActiveChildren(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('units').select('id').where('parent_id', '=', id).where('active', '=', 1).executeTakeFirst()) !== undefined;
}

/** Rewrites the materialised paths of a moved subtree in one statement. */
export async function reparentSubtree(db: Kysely<DB>, oldPrefix: string, newPrefix: string, now: string): Promise<void> {
  await db
    .updateTable('units')
    .set({
      path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})`,
      updated_at: now,
    })
    .where('path', 'like', `${oldPrefix}%`)
    .execute();
}
