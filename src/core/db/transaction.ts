import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * Runs `fn` in a transaction of its own, or in the caller's when `db` already is one: a sweep on
 * PostgreSQL runs inside the transaction that holds its advisory lock, and Kysely cannot open a
 * transaction inside a transaction.
 */
export function inTransaction<T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
