import type { Kysely } from 'kysely';
import type { Role } from '../access/roles.js';
import type { Scope } from '../access/scope.js';
import { recordAudit, recordSensitiveRead, type Actor } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { bumpVersion, readVersion, readVersionNow, VersionedCache } from '../cache/data-version.js';
import type { DB, UsersTable } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { recordTransition } from '../fsm/workflow-events.repo.js';
import { maskUnlessOwner } from '../mask.js';
import { notify } from '../notifications/notifications.service.js';
import { nowIso } from '../time.js';
import * as unitsRepo from './units.repo.js';
import { IDENTITY_DOMAIN } from './units.service.js';
import * as repo from './users.repo.js';
import type { User } from './users.schema.js';
import { userStatusMachine, type UserStatus } from './user-status.machine.js';

export interface UserAdminContext {
  scope: Scope;
  actor: Omit<Actor, 'unitId'>;
  /** Called after a change that must end or refresh the user's sessions. */
  onSessionsChanged?: (userId: string, revoke: boolean, trx: Kysely<DB>) => Promise<void>;
}

function present(row: UsersTable, roles: repo.RoleRow[], scope: Scope, viewerId: string | null): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    phone: maskUnlessOwner('phone', row.phone, row.id, viewerId),
    status: row.status as UserStatus,
    lockedUntil: row.locked_until && row.locked_until > nowIso() ? row.locked_until : null,
    // Grants in units outside the viewer's scope are not shown: that would be seeing sideways.
    roles: roles
      .filter((r) => r.userId === row.id && scope.covers(r.unitPath))
      .map((r) => ({ role: r.role as Role, unitId: r.unitId, unitName: r.unitName })),
    createdAt: row.created_at,
  };
}

export type UserPage = { items: User[]; total: number };
const listCache = new VersionedCache<UserPage>(1000);

export interface ListUsersInput {
  unitId?: string;
  descendants: boolean;
  q?: string;
  status?: string;
  role?: string;
  page: number;
  pageSize: number;
}

/**
 * Lists users holding a role somewhere in the scope. Results are cached per node and keyed by the
 * identity data version, which every identity write bumps, so any node's write is seen at once.
 */
const listKey = (ctx: UserAdminContext, input: ListUsersInput) => JSON.stringify([ctx.scope.pathPrefixes, ctx.actor.userId, input]);

/** The cached page when it is current and can be known without waiting (SQLite), else null. */
export function cachedUserList(db: Kysely<DB>, ctx: UserAdminContext, input: ListUsersInput): UserPage | null {
  const version = readVersionNow(db, IDENTITY_DOMAIN);
  return version === null ? null : (listCache.peek(listKey(ctx, input), version) ?? null);
}

export async function listUsers(db: Kysely<DB>, ctx: UserAdminContext, input: ListUsersInput): Promise<UserPage> {
  const version = await readVersion(db, IDENTITY_DOMAIN);
  return listCache.get(listKey(ctx, input), version, async () => {
    let filter: repo.UserListFilter = { unitPathPrefixes: ctx.scope.pathPrefixes, q: input.q, status: input.status, role: input.role };
    if (input.unitId) {
      const unit = await unitsRepo.findUnit(db, input.unitId);
      if (!unit || !ctx.scope.covers(unit.path)) throw new DomainError('UNIT_NOT_FOUND');
      filter = input.descendants ? { ...filter, unitPathPrefixes: [unit.path] } : { ...filter, exactUnitId: unit.id };
    }
    const { rows, total } = await repo.listUsers(db, filter, input.pageSize, (input.page - 1) * input.pageSize);
    const roles = await repo.rolesOfUsers(db, rows.map((r) => r.id));
    return { items: rows.map((r) => present(r, roles, ctx.scope, ctx.actor.userId)), total };
  });
}

/** A user the scope can see: one holding at least one role in a covered unit. */
async function visibleUser(db: Kysely<DB>, scope: Scope, id: string): Promise<{ row: UsersTable; roles: repo.RoleRow[] }> {
  const row = await repo.findUserById(db, id);
  if (!row) throw new DomainError('NOT_FOUND');
  const roles = await repo.rolesOfUsers(db, [id]);
  if (!roles.some((r) => scope.covers(r.unitPath))) throw new DomainError('NOT_FOUND');
  return { row, roles };
}

function actorUnit(ctx: UserAdminContext, roles: repo.RoleRow[]): Actor {
  const covered = roles.find((r) => ctx.scope.covers(r.unitPath));
  return { ...ctx.actor, unitId: covered ? ctx.scope.coveringUnitId(covered.unitPath) : null };
}

export async function getUser(db: Kysely<DB>, ctx: UserAdminContext, id: string): Promise<User> {
  const { row, roles } = await visibleUser(db, ctx.scope, id);
  return present(row, roles, ctx.scope, ctx.actor.userId);
}

async function assertGrantUnitsInScope(db: Kysely<DB>, scope: Scope, grants: readonly { role: string; unitId: string }[]) {
  for (const g of grants) {
    const unit = await unitsRepo.findUnit(db, g.unitId);
    if (!unit || !scope.covers(unit.path)) throw new DomainError('UNIT_NOT_FOUND', '所分配角色的单位不存在或不在您的管辖范围内');
    if (!unit.active) throw new DomainError('UNIT_INACTIVE', `单位「${unit.name}」已停用，不能在其下分配角色`);
  }
}

function dedupe<T extends { role: string; unitId: string }>(grants: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const g of grants) seen.set(`${g.role}@${g.unitId}`, g);
  return [...seen.values()];
}

export async function createUser(
  db: Kysely<DB>,
  ctx: UserAdminContext,
  input: { username: string; displayName: string; phone?: string | null; password: string; roles: { role: Role; unitId: string }[] },
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction().execute(async (trx) => {
    if (await repo.findUserByUsername(trx, input.username)) throw new DomainError('USERNAME_TAKEN');
    const grants = dedupe(input.roles);
    await assertGrantUnitsInScope(trx, ctx.scope, grants);
    const now = nowIso();
    const row = repo.newUserRow({
      username: input.username,
      displayName: input.displayName,
      phone: input.phone,
      passwordHash,
      // An admin chose this password: the user replaces it at first sign-in.
      mustChangePassword: true,
      now,
    });
    await repo.insertUser(trx, row);
    await repo.insertRoles(trx, row.id, grants, now);
    await recordTransition(trx, { machine: userStatusMachine.name, entityId: row.id, from: null, to: 'active', event: 'create', actorId: ctx.actor.userId });
    const roles = await repo.rolesOfUsers(trx, [row.id]);
    const created = present(row, roles, ctx.scope, ctx.actor.userId);
    await recordAudit(trx, actorUnit(ctx, roles), { action: 'user.create', entityType: 'user', entityId: row.id, after: created });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    return created;
  });
  return user;
}

export async function updateUser(db: Kysely<DB>, ctx: UserAdminContext, id: string, patch: { displayName?: string; phone?: string | null }): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { row, roles } = await visibleUser(trx, ctx.scope, id);
    const set: Partial<UsersTable> = { updated_at: nowIso() };
    if (patch.displayName !== undefined) set.display_name = patch.displayName;
    if (patch.phone !== undefined) set.phone = patch.phone;
    await repo.updateUser(trx, id, set);
    const after = { ...row, ...set };
    // The audit keeps masked phones: the log must not become a copy of personal data.
    await recordAudit(trx, actorUnit(ctx, roles), {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: present(row, roles, ctx.scope, null),
      after: present(after, roles, ctx.scope, null),
    });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    await ctx.onSessionsChanged?.(id, false, trx);
    return present(after, roles, ctx.scope, ctx.actor.userId);
  });
}

/**
 * Replaces the user's role grants inside the actor's scope. Grants in units the actor cannot see
 * are kept as they are: a Luzhou admin cannot remove a Dazhou role they do not know about.
 */
export async function setRoles(db: Kysely<DB>, ctx: UserAdminContext, id: string, wanted: { role: Role; unitId: string }[]): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { row, roles } = await visibleUser(trx, ctx.scope, id);
    const grants = dedupe(wanted);
    await assertGrantUnitsInScope(trx, ctx.scope, grants);
    if (id === ctx.actor.userId && !grants.some((g) => g.role === 'admin')) {
      throw new DomainError('CANNOT_MODIFY_SELF', '不能移除自己的管理员角色');
    }
    const inScope = roles.filter((r) => ctx.scope.covers(r.unitPath));
    const key = (g: { role: string; unitId: string }) => `${g.role}@${g.unitId}`;
    const wantedKeys = new Set(grants.map(key));
    const haveKeys = new Set(inScope.map(key));
    await repo.deleteRoles(trx, id, inScope.filter((r) => !wantedKeys.has(key(r))));
    await repo.insertRoles(trx, id, grants.filter((g) => !haveKeys.has(key(g))), nowIso());
    const after = await repo.rolesOfUsers(trx, [id]);
    await recordAudit(trx, actorUnit(ctx, roles), {
      action: 'user.set_roles',
      entityType: 'user',
      entityId: id,
      before: present(row, roles, ctx.scope, null).roles,
      after: present(row, after, ctx.scope, null).roles,
    });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    await ctx.onSessionsChanged?.(id, false, trx);
    return present(row, after, ctx.scope, ctx.actor.userId);
  });
}

export async function resetPassword(db: Kysely<DB>, ctx: UserAdminContext, id: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    const { roles } = await visibleUser(trx, ctx.scope, id);
    await repo.updateUser(trx, id, { password_hash: passwordHash, must_change_password: 1, failed_logins: 0, locked_until: null, updated_at: nowIso() });
    await recordAudit(trx, actorUnit(ctx, roles), { action: 'user.reset_password', entityType: 'user', entityId: id });
    await notify(trx, id, {
      kind: 'account.password_reset',
      title: '您的密码已被管理员重置',
      body: '请使用管理员提供的新密码登录，并尽快修改密码。',
      link: '/profile',
    });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    await ctx.onSessionsChanged?.(id, true, trx);
  });
}

export async function changeStatus(db: Kysely<DB>, ctx: UserAdminContext, id: string, event: 'disable' | 'enable', actorRoles: readonly string[]): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { row, roles } = await visibleUser(trx, ctx.scope, id);
    const from = row.status as UserStatus;
    const to = userStatusMachine.apply(from, event, { actorId: ctx.actor.userId ?? '', targetId: id }, actorRoles);
    await repo.updateUser(trx, id, { status: to, updated_at: nowIso() });
    await recordTransition(trx, { machine: userStatusMachine.name, entityId: id, from, to, event, actorId: ctx.actor.userId });
    const after = { ...row, status: to };
    await recordAudit(trx, actorUnit(ctx, roles), {
      action: `user.${event}`,
      entityType: 'user',
      entityId: id,
      before: { status: from },
      after: { status: to },
    });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    await ctx.onSessionsChanged?.(id, to === 'disabled', trx);
    return present(after, roles, ctx.scope, ctx.actor.userId);
  });
}

export async function unlockUser(db: Kysely<DB>, ctx: UserAdminContext, id: string): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { row, roles } = await visibleUser(trx, ctx.scope, id);
    await repo.updateUser(trx, id, { failed_logins: 0, locked_until: null, updated_at: nowIso() });
    await recordAudit(trx, actorUnit(ctx, roles), {
      action: 'user.unlock',
      entityType: 'user',
      entityId: id,
      before: { lockedUntil: row.locked_until, failedLogins: row.failed_logins },
      after: { lockedUntil: null, failedLogins: 0 },
    });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    return present({ ...row, failed_logins: 0, locked_until: null }, roles, ctx.scope, ctx.actor.userId);
  });
}

/** The unmasked phone, for an admin who needs to call the user; the read is audited. */
export async function revealSensitive(db: Kysely<DB>, ctx: UserAdminContext, id: string): Promise<{ id: string; phone: string | null }> {
  const { row, roles } = await visibleUser(db, ctx.scope, id);
  await recordSensitiveRead(db, actorUnit(ctx, roles), { entityType: 'user', entityId: id, ownerId: id, fields: ['phone'] });
  return { id, phone: row.phone };
}
