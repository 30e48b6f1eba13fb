import { sql, type Kysely } from 'kysely';
import type { DB, UsersTable } from '../db/schema.js';
import { newId } from '../ids.js';

export interface UserListFilter {
  /** Users with a role in a unit under one of these paths. */
  unitPathPrefixes: string[];
  /** Or, instead, exactly this unit (no descendants). */
  exactUnitId?: string;
  q?: string;
  status?: string;
  role?: string;
}

function roleHolders(db: Kysely<DB>, f: UserListFilter) {
  let q = db.selectFrom('user_roles').innerJoin('units', 'units.id', 'user_roles.unit_id').select('user_roles.user_id');
  if (f.exactUnitId) q = q.where('user_roles.unit_id', '=', f.exactUnitId);
  else q = q.where((eb) => eb.or(f.unitPathPrefixes.map((p) => eb('units.path', 'like', `${p}%`))));
  if (f.role) q = q.where('user_roles.role', '=', f.role);
  return q;
}

function filteredUsers(db: Kysely<DB>, f: UserListFilter) {
  let q = db.selectFrom('users').where('users.id', 'in', roleHolders(db, f));
  if (f.status) q = q.where('users.status', '=', f.status);
  if (f.q) {
    // LIKE with an explicit escape character, the same on SQLite and PostgreSQL; lower() on both
    // sides because SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(lower(users.username) like ${like} escape '\\' or lower(users.display_name) like ${like} escape '\\')`);
  }
  return q;
}

export async function listUsers(db: Kysely<DB>, f: UserListFilter, limit: number, offset: number) {
  if (!f.exactUnitId && f.unitPathPrefixes.length === 0) return { rows: [], total: 0 };
  const [rows, count] = await Promise.all([
    filteredUsers(db, f).selectAll('users').orderBy('users.username').limit(limit).offset(offset).execute(),
    filteredUsers(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export interface RoleRow {
  userId: string;
  role: string;
  unitId: string;
  unitName: string;
  unitPath: string;
}

export async function rolesOfUsers(db: Kysely<DB>, userIds: readonly string[]): Promise<RoleRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select(['user_roles.user_id as userId', 'user_roles.role', 'units.id as unitId', 'units.name as unitName', 'units.path as unitPath'])
    .where('user_roles.user_id', 'in', userIds)
    .orderBy('units.path')
    .orderBy('user_roles.role')
    .execute();
}

/** A new, active user row with the defaults every creator (admin page, seed, CLI) shares. */
export function newUserRow(input: {
  username: string;
  displayName: string;
  passwordHash: string;
  phone?: string | null;
  mustChangePassword?: boolean;
  status?: string;
  now?: string;
}): UsersTable {
  const now = input.now ?? new Date().toISOString();
  return {
    id: newId(),
    username: input.username,
    display_name: input.displayName,
    phone: input.phone ?? null,
    password_hash: input.passwordHash,
    status: input.status ?? 'active',
    failed_logins: 0,
    locked_until: null,
    must_change_password: input.mustChangePassword ? 1 : 0,
    locale: 'zh-CN',
    created_at: now,
    updated_at: now,
    last_login_at: null,
  };
}

export async function insertUser(db: Kysely<DB>, row: UsersTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(db: Kysely<DB>, id: string, patch: Partial<UsersTable>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function insertRoles(db: Kysely<DB>, userId: string, grants: readonly { role: string; unitId: string }[], now: string): Promise<void> {
  if (grants.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(grants.map((g) => ({ user_id: userId, role: g.role, unit_id: g.unitId, created_at: now })))
    .execute();
}

export async function deleteRoles(db: Kysely<DB>, userId: string, grants: readonly { role: string; unitId: string }[]): Promise<void> {
  for (const g of grants) {
    await db.deleteFrom('user_roles').where('user_id', '=', userId).where('role', '=', g.role).where('unit_id', '=', g.unitId).execute();
  }
}

/** Atomically counts a failed login; returns the new count. */
export async function incrementFailedLogins(db: Kysely<DB>, id: string): Promise<number> {
  await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', id)
    .execute();
  const row = await db.selectFrom('users').select('failed_logins').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.failed_logins);
}

/**
 * An active user holding the streamer role, with the unit where they hold it (the first, when
 * several): where staff scope over the streamer and local products are decided.
 */
export const activeStreamer = (db: Kysely<DB>, userId: string) =>
  db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select(['users.id', 'users.display_name', 'units.id as unit_id', 'units.name as unit_name', 'units.path as unit_path', 'units.region_code'])
    .where('users.id', '=', userId)
    .where('user_roles.role', '=', 'streamer')
    .where('users.status', '=', 'active')
    .orderBy('units.path')
    .executeTakeFirst();
