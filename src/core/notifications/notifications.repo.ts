import type { Kysely } from 'kysely';
import type { DB, NotificationsTable } from '../db/schema.js';

export async function insertNotifications(db: Kysely<DB>, rows: NotificationsTable[]): Promise<void> {
  if (rows.length) await db.insertInto('notifications').values(rows).execute();
}

export async function listForUser(db: Kysely<DB>, userId: string, unreadOnly: boolean, limit: number, offset: number) {
  let q = db.selectFrom('notifications').where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  const [items, total] = await Promise.all([
    q
      .select(['id', 'kind', 'title', 'body', 'link', 'created_at as createdAt', 'read_at as readAt'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function countUnread(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the user's notifications read; returns false when it is not theirs. */
export async function markRead(db: Kysely<DB>, userId: string, id: string, now: string): Promise<boolean> {
  const exists = await db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  if (!exists) return false;
  await db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('read_at', 'is', null).execute();
  return true;
}

export async function markAllRead(db: Kysely<DB>, userId: string, now: string): Promise<number> {
  const res = await db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows ?? 0);
}
