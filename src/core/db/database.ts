import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type DbKind = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DbKind;
  /** The raw SQLite handle (online backup, checkpoints); null on PostgreSQL. */
  sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolMax?: number; schema?: string };

// pg returns int8 (count(*), bigint money) and numeric as strings; SQLite returns numbers.
// Parse them to numbers so both databases give the same JavaScript types. Money is integer fen,
// exact below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * SQLite durability settings (why):
 * - WAL: readers never block the writer, and a crash mid-write leaves the last committed state.
 * - synchronous=FULL: every commit is fsync'd before it is acknowledged, so an acknowledged write
 *   survives not only a killed process (which NORMAL already survives) but also a power loss or
 *   OS crash. The cost is one fsync per transaction, which batching writes in one transaction
 *   amortises.
 * - foreign_keys=ON: SQLite leaves them off by default; PostgreSQL always enforces them.
 * - busy_timeout: another process (the CLI's backup or seed) holding the write lock makes us wait,
 *   not fail.
 */
export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = new SQLite(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = FULL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  // Query planner statistics: without them SQLite guesses that `in_pool = 1` is selective and
  // scans 100,000 products for a search the full-text index answers with a few hundred.
  // 0x10002 analyses tables whose statistics are missing or stale, cheaply, as SQLite advises at open.
  if (file !== ':memory:') handle.pragma('optimize = 0x10002');
  // Reads through a memory map and a 64 MiB page cache: searching 100,000 products touches
  // tens of thousands of index pages, and a read() system call per page would dominate.
  handle.pragma('mmap_size = 1073741824');
  handle.pragma('cache_size = -65536');
  return handle;
}

/**
 * Kysely prepares every query anew; preparing is a large part of a small query's cost in SQLite.
 * Statements are cached by SQL text (queries are parameterised, so the set of texts is small and
 * bounded by the code); better-sqlite3 statements are safely reused once a call has returned.
 */
function withStatementCache(handle: SQLite.Database, max = 2000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = handle.prepare(text);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

const sqliteHandles = new WeakMap<Kysely<DB>, SQLite.Database>();

/**
 * The better-sqlite3 handle behind a Kysely instance, for the few hot reads that bypass the query
 * builder (a synchronous primary-key lookup costs microseconds; the async builder path ten times
 * more). Null on PostgreSQL and inside transactions.
 */
export function sqliteHandleOf(db: Kysely<DB>): SQLite.Database | null {
  return sqliteHandles.get(db) ?? null;
}

export function createDatabase(target: DatabaseTarget): Database {
  if (target.kind === 'sqlite') {
    const handle = openSqlite(target.file);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(handle) }) });
    sqliteHandles.set(db, handle);
    return {
      db,
      kind: 'sqlite',
      sqlite: handle,
      close: async () => {
        await db.destroy();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolMax ?? 10,
    options: target.schema ? `-c search_path=${target.schema}` : undefined,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    sqlite: null,
    close: async () => {
      await db.destroy();
    },
  };
}

export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
