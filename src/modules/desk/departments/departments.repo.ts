import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { DepartmentKind, TicketCategory } from '../rules/categories.js';
import type { RouteRule } from '../rules/routing.js';

export interface DepartmentRow {
  unit_id: string;
  kind: string;
  name: string;
  path: string;
  region_code: string | null;
  active: number;
}

const departments = (db: Kysely<DB>) =>
  db.selectFrom('desk_departments').innerJoin('units', 'units.id', 'desk_departments.unit_id').select(['desk_departments.unit_id', 'desk_departments.kind', 'units.name', 'units.path', 'units.region_code', 'units.active']);

export const allDepartments = (db: Kysely<DB>): Promise<DepartmentRow[]> => departments(db).orderBy('units.path').execute();

export const findDepartment = (db: Kysely<DB>, unitId: string): Promise<DepartmentRow | undefined> => departments(db).where('desk_departments.unit_id', '=', unitId).executeTakeFirst();

/** Departments whose unit lies under one of the prefixes (an officer's or staff member's scope). */
export async function departmentsUnder(db: Kysely<DB>, prefixes: readonly string[]): Promise<DepartmentRow[]> {
  if (prefixes.length === 0) return [];
  return departments(db)
    .where((eb) => eb.or(prefixes.map((p) => eb('units.path', 'like', `${p}%`))))
    .orderBy('units.path')
    .execute();
}

export async function upsertDepartment(db: Kysely<DB>, unitId: string, kind: DepartmentKind, userId: string | null, now: string): Promise<void> {
  await db
    .insertInto('desk_departments')
    .values({ unit_id: unitId, kind, updated_by: userId, updated_at: now })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ kind, updated_by: userId, updated_at: now }))
    .execute();
}

export async function headsOf(db: Kysely<DB>, unitIds: readonly string[]): Promise<{ unit_id: string; user_id: string; display_name: string }[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('desk_department_heads')
    .innerJoin('users', 'users.id', 'desk_department_heads.user_id')
    .select(['desk_department_heads.unit_id', 'desk_department_heads.user_id', 'users.display_name'])
    .where('desk_department_heads.unit_id', 'in', unitIds)
    .where('users.status', '=', 'active')
    .orderBy('users.display_name')
    .execute();
}

export async function replaceHeads(db: Kysely<DB>, unitId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('desk_department_heads').where('unit_id', '=', unitId).execute();
  if (userIds.length) await db.insertInto('desk_department_heads').values(userIds.map((user_id) => ({ unit_id: unitId, user_id }))).execute();
}

/** Active users holding dept_officer at the department's unit: its officers. */
export async function officersOf(db: Kysely<DB>, unitId: string): Promise<{ id: string; display_name: string }[]> {
  return db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['users.id', 'users.display_name'])
    .where('user_roles.role', '=', 'dept_officer')
    .where('user_roles.unit_id', '=', unitId)
    .where('users.status', '=', 'active')
    .orderBy('users.display_name')
    .execute();
}

export async function isOfficerOf(db: Kysely<DB>, unitId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('user_roles').select('user_id').where('role', '=', 'dept_officer').where('unit_id', '=', unitId).where('user_id', '=', userId).executeTakeFirst();
  return Boolean(row);
}

/** Active admins whose unit is the given unit or above it. */
export async function adminsOver(db: Kysely<DB>, unitPath: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('user_roles.user_id')
    .where('user_roles.role', '=', 'admin')
    .where('user_roles.unit_id', 'in', unitPath.split('/').filter(Boolean))
    .where('users.status', '=', 'active')
    .execute();
  return rows.map((r) => r.user_id);
}

export async function allRoutes(db: Kysely<DB>): Promise<RouteRule[]> {
  const rows = await db.selectFrom('desk_routes').select(['region_code', 'category', 'kind']).execute();
  return rows.map((r) => ({ regionCode: r.region_code, category: r.category as TicketCategory, kind: r.kind as DepartmentKind }));
}

export async function replaceRoutes(db: Kysely<DB>, regionCode: string, rules: readonly { category: TicketCategory; kind: DepartmentKind }[], userId: string, now: string): Promise<void> {
  await db.deleteFrom('desk_routes').where('region_code', '=', regionCode).execute();
  if (rules.length) await db.insertInto('desk_routes').values(rules.map((r) => ({ region_code: regionCode, category: r.category, kind: r.kind, updated_by: userId, updated_at: now }))).execute();
}

/** Paths of the units where the user holds dept_officer. */
export async function officerUnitPaths(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select('units.path')
    .where('user_roles.user_id', '=', userId)
    .where('user_roles.role', '=', 'dept_officer')
    .execute();
  return rows.map((r) => r.path);
}

/** The unit and its ancestors (a materialised path lists their ids). */
export const unitsOnPath = (db: Kysely<DB>, path: string) =>
  db.selectFrom('units').select(['id', 'region_code', 'path']).where('id', 'in', path.split('/').filter(Boolean)).execute();
