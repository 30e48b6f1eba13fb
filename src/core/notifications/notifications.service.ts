import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';
import * as repo from './notifications.repo.js';

export interface NewNotification {
  /** Stable machine-readable kind, e.g. `account.password_reset`, `sample.requested`. */
  kind: string;
  title: string;
  body: string;
  /** In-app path where the user acts on it. */
  link?: string | null;
}

/**
 * The one way modules tell a user they must act. Call inside the transaction of the change the
 * notification is about, so a rolled-back change notifies nobody.
 */
export async function notify(trx: Kysely<DB>, userIds: string | readonly string[], n: NewNotification): Promise<void> {
  const ids = [...new Set(typeof userIds === 'string' ? [userIds] : userIds)];
  const createdAt = nowIso();
  await repo.insertNotifications(
    trx,
    ids.map((userId) => ({ id: newId(), user_id: userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, created_at: createdAt, read_at: null })),
  );
}

export async function listMine(db: Kysely<DB>, userId: string, unreadOnly: boolean, page: number, pageSize: number) {
  const [list, unread] = await Promise.all([repo.listForUser(db, userId, unreadOnly, pageSize, (page - 1) * pageSize), repo.countUnread(db, userId)]);
  return { ...list, unread };
}

export const unreadCount = repo.countUnread;

export async function markRead(db: Kysely<DB>, userId: string, id: string): Promise<void> {
  if (!(await repo.markRead(db, userId, id, nowIso()))) throw new DomainError('NOT_FOUND');
}

export async function markAllRead(db: Kysely<DB>, userId: string): Promise<void> {
  await repo.markAllRead(db, userId, nowIso());
}
