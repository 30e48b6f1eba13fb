import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, type Database } from '../src/core/db/database.js';
import { percentile } from './results.js';

/** Shared by the database-backed sections: latency of repeated calls, and a throw-away database of each kind. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export async function timed(calls: number, run: (i: number) => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: r2(percentile(times, 0.5)), p95: r2(percentile(times, 0.95)), p99: r2(percentile(times, 0.99)), max: r2(times.at(-1)!) };
}

/** Runs `measure` on a fresh SQLite file in a temporary directory, removed afterwards. */
export async function onSqlite<T>(name: string, measure: (database: Database) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `livebase-${name}-bench-`));
  const database = createDatabase({ kind: 'sqlite', file: path.join(dir, 'livebase.sqlite') });
  try {
    return await measure(database);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `measure` in a fresh schema of the PostgreSQL database at `url`, dropped afterwards. */
export async function onPostgres<T>(name: string, url: string, measure: (database: Database) => Promise<T>): Promise<T> {
  const schema = `bench_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.query('create extension if not exists pg_trgm with schema public').catch(() => undefined);
  const database = createDatabase({ kind: 'postgres', url, schema, poolMax: 4 });
  try {
    return await measure(database);
  } finally {
    await database.close();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

export const latencyRow = (db: string, what: string, l: Latency) => `| ${db} | ${what} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} |`;
