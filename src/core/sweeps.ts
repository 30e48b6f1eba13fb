import { sql, type Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import type { DbKind } from './db/database.js';

/**
 * Background work (expired sessions now; overdue samples and tickets later) as idempotent sweeps
 * run on a timer. On PostgreSQL each run takes a transaction-scoped advisory lock so that, with
 * several app nodes, one node runs a given sweep at a time; the others skip that round.
 */
export interface Sweep {
  name: string;
  everyMs: number;
  run(db: Kysely<DB>): Promise<unknown>;
}

function lockKey(name: string): number {
  let h = 0;
  for (const ch of `livebase:${name}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/** Runs one sweep under the cluster-wide lock; returns false when another node holds it. */
export async function runSweepOnce(db: Kysely<DB>, kind: DbKind, sweep: Sweep): Promise<boolean> {
  if (kind === 'sqlite') {
    await sweep.run(db);
    return true;
  }
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${lockKey(sweep.name)}) as locked`.execute(trx);
    if (!rows[0]?.locked) return false;
    await sweep.run(trx);
    return true;
  });
}

export function startSweeps(db: Kysely<DB>, kind: DbKind, sweeps: readonly Sweep[], log: (msg: string, err?: unknown) => void): () => void {
  const timers = sweeps.map((sweep) =>
    setInterval(() => {
      runSweepOnce(db, kind, sweep).catch((err) => log(`sweep ${sweep.name} failed`, err));
    }, sweep.everyMs),
  );
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}
