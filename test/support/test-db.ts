import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, type Database, type DatabaseTarget } from '../../src/core/db/database.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';

/**
 * A fresh, migrated database for one test file: a temporary SQLite file by default, or a new
 * schema in the PostgreSQL database named by TEST_DATABASE_URL (dropped again on cleanup).
 */
export interface TestDatabase {
  database: Database;
  target: DatabaseTarget;
  /** A connection URL or file another process can use to reach the same data. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export const PG_URL = process.env.TEST_DATABASE_URL || undefined;

export async function createTestDatabase(): Promise<TestDatabase> {
  if (PG_URL) {
    const schema = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    // Test files migrate their schemas in parallel; the extension is database-wide, so create it
    // here first (a concurrent duplicate is harmless) rather than race inside the migrations.
    await admin.query('create extension if not exists pg_trgm with schema public').catch(() => undefined);
    await admin.end();
    const target: DatabaseTarget = { kind: 'postgres', url: PG_URL, schema, poolMax: 5 };
    const database = createDatabase(target);
    await migrateToLatest(database.db);
    const url = new URL(PG_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      database,
      target,
      env: { DATABASE_URL: url.toString() },
      cleanup: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-test-'));
  const target: DatabaseTarget = { kind: 'sqlite', file: path.join(dir, 'livebase.sqlite') };
  const database = createDatabase(target);
  await migrateToLatest(database.db);
  return {
    database,
    target,
    env: { LIVEBASE_DATA_DIR: dir },
    cleanup: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
