import { Migrator, PostgresAdapter, sql, type Kysely, type MigrationProvider } from 'kysely';
import { MIGRATIONS } from '../../../migrations/index.js';
import type { DB } from './schema.js';

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * On PostgreSQL the migration tables are put in the connection's current schema explicitly:
 * Kysely looks for them across all schemas otherwise, and finds another schema's copy.
 */
async function migrator(db: Kysely<DB>): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({ db: db as Kysely<any>, provider, migrationTableSchema });
}

/**
 * Applies pending migrations. Kysely's migrator takes a lock table first, so several app nodes
 * starting at once against one PostgreSQL apply each migration exactly once.
 */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await (await migrator(db)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The name of the newest applied migration, or null on an empty database. */
export async function currentMigration(db: Kysely<DB>): Promise<string | null> {
  const all = await (await migrator(db)).getMigrations();
  const applied = all.filter((m) => m.executedAt);
  return applied.length ? applied[applied.length - 1].name : null;
}

