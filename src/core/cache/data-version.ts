import type { CompiledQuery, Kysely } from 'kysely';
import { sqliteHandleOf } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';

// A version stamp per data domain, stored in the database so every app node sees a write made by
// any other node. Writers bump it inside their transaction; readers compare it with the version
// their cached result was computed at (one primary-key lookup instead of the whole query).

/** PostgreSQL: compiled once per database and domain, skipping the query builder per request. */
const compiled = new WeakMap<Kysely<DB>, Map<string, CompiledQuery<{ value: string }>>>();

/** SQLite: a prepared read straight on the driver, and the stamps last read, per database. */
interface SqliteStamps {
  read: { get(key: string): unknown };
  memo: Map<string, { value: string; at: number; bumps: number }>;
}
const sqliteStamps = new WeakMap<object, SqliteStamps>();
/** Writes this process has made to any version stamp; a change forces a fresh read. */
let localBumps = 0;
/**
 * On SQLite one server process owns the database, so a stamp read moments ago is still right
 * unless this process wrote since (tracked by `localBumps`). Only another process (the CLI)
 * could change it behind our back: it is re-read after this many milliseconds at the latest.
 */
const SQLITE_RECHECK_MS = 250;

/**
 * The stamp without waiting, where that is possible (SQLite: memo or a synchronous read); null
 * on PostgreSQL. Lets a cache hit be served without a single await.
 */
export function readVersionNow(db: Kysely<DB>, domain: string): string | null {
  const handle = sqliteHandleOf(db);
  if (!handle) return null;
  let stamps = sqliteStamps.get(handle);
  if (!stamps) {
    stamps = { read: handle.prepare('select value from app_meta where key = ?').pluck(), memo: new Map() };
    sqliteStamps.set(handle, stamps);
  }
  const now = Date.now();
  const hit = stamps.memo.get(domain);
  if (hit && hit.bumps === localBumps && now - hit.at < SQLITE_RECHECK_MS) return hit.value;
  const value = (stamps.read.get(`version:${domain}`) as string | undefined) ?? '0';
  stamps.memo.set(domain, { value, at: now, bumps: localBumps });
  return value;
}

export async function readVersion(db: Kysely<DB>, domain: string): Promise<string> {
  const now = readVersionNow(db, domain);
  if (now !== null) return now;
  // PostgreSQL: several nodes write, so every read asks the database.
  let perDb = compiled.get(db);
  if (!perDb) compiled.set(db, (perDb = new Map()));
  let query = perDb.get(domain);
  if (!query) {
    query = db.selectFrom('app_meta').select('value').where('key', '=', `version:${domain}`).compile();
    perDb.set(domain, query);
  }
  const { rows } = await db.executeQuery(query);
  return rows[0]?.value ?? '0';
}

export async function bumpVersion(trx: Kysely<DB>, domain: string): Promise<void> {
  const value = newId();
  await trx
    .insertInto('app_meta')
    .values({ key: `version:${domain}`, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  localBumps += 1;
}

/** A small LRU of results keyed by query, valid for one data version. */
export class VersionedCache<T> {
  private entries = new Map<string, { version: string; value: T }>();

  constructor(private readonly max = 500) {}

  /** The cached value for this version, or undefined. */
  peek(key: string, version: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.version !== version) return undefined;
    // Refresh recency.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  async get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.peek(key, version);
    if (hit !== undefined) return hit;
    const value = await compute();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { version, value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
