import type { Kysely } from 'kysely';
import { modulesFor } from '../access/modules.js';
import type { Role } from '../access/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import type { DB } from '../db/schema.js';
import { DomainError } from '../errors.js';
import * as usersRepo from '../identity/users.repo.js';
import { addMinutesIso, nowIso } from '../time.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import type { Me } from './auth.schema.js';
import type { AuthContext, SessionService } from './session.service.js';

export interface LoginPolicy {
  maxFailures: number;
  lockoutMinutes: number;
}

/**
 * Checks a password and opens a session. After `maxFailures` wrong passwords in a row the
 * account is locked for `lockoutMinutes` (an admin can unlock it sooner); the counter lives in
 * the database so the lockout holds on every app node.
 */
export async function login(
  db: Kysely<DB>,
  sessions: SessionService,
  policy: LoginPolicy,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: string; userId: string }> {
  const user = await usersRepo.findUserByUsername(db, input.username);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new DomainError('INVALID_CREDENTIALS');
  }
  const now = nowIso();
  if (user.locked_until && user.locked_until > now) throw new DomainError('ACCOUNT_LOCKED');
  const ok = await verifyPassword(user.password_hash, input.password);
  const actor = { userId: user.id, unitId: null, ip: input.ip };
  if (!ok) {
    const failures = await usersRepo.incrementFailedLogins(db, user.id);
    // The caller is not who they claim to be until the password matches: no actor.
    await recordAudit(db, { ...actor, userId: null }, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { failures } });
    if (failures >= policy.maxFailures) {
      await db.transaction().execute(async (trx) => {
        await usersRepo.updateUser(trx, user.id, { locked_until: addMinutesIso(now, policy.lockoutMinutes), failed_logins: 0 });
        await recordAudit(trx, { userId: null, unitId: null, ip: input.ip }, {
          action: 'user.locked',
          entityType: 'user',
          entityId: user.id,
          after: { lockoutMinutes: policy.lockoutMinutes, failures },
        });
      });
      throw new DomainError('ACCOUNT_LOCKED');
    }
    throw new DomainError('INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
  await db.transaction().execute(async (trx) => {
    await usersRepo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null, last_login_at: now });
    await recordAudit(trx, actor, { action: 'auth.login', entityType: 'user', entityId: user.id, after: { userAgent: input.userAgent?.slice(0, 200) ?? null } });
  });
  const session = await sessions.create(user.id, input.ip, input.userAgent);
  return { ...session, userId: user.id };
}

export function meOf(auth: AuthContext): Me {
  const roleNames = [...new Set(auth.roles.map((r) => r.role))] as Role[];
  return {
    id: auth.user.id,
    username: auth.user.username,
    displayName: auth.user.displayName,
    phone: auth.user.phone,
    locale: auth.user.locale,
    roles: auth.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: r.unitName })),
    modules: modulesFor(roleNames),
    mustChangePassword: auth.user.mustChangePassword,
  };
}

export async function changeOwnPassword(db: Kysely<DB>, userId: string, current: string, next: string, ip: string | null): Promise<void> {
  const user = await usersRepo.findUserById(db, userId);
  if (!user) throw new DomainError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.password_hash, current))) throw new DomainError('WRONG_PASSWORD');
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await usersRepo.updateUser(trx, userId, { password_hash: passwordHash, must_change_password: 0, updated_at: nowIso() });
    await recordAudit(trx, { userId, unitId: null, ip }, { action: 'user.change_password', entityType: 'user', entityId: userId });
  });
}

export async function updateOwnProfile(db: Kysely<DB>, userId: string, patch: { displayName?: string; locale?: 'zh-CN' | 'en' }, ip: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await usersRepo.findUserById(trx, userId);
    if (!before) throw new DomainError('UNAUTHENTICATED');
    const set: { display_name?: string; locale?: string; updated_at: string } = { updated_at: nowIso() };
    if (patch.displayName !== undefined) set.display_name = patch.displayName;
    if (patch.locale !== undefined) set.locale = patch.locale;
    await usersRepo.updateUser(trx, userId, set);
    await recordAudit(trx, { userId, unitId: null, ip }, {
      action: 'user.update_profile',
      entityType: 'user',
      entityId: userId,
      before: { displayName: before.display_name, locale: before.locale },
      after: { displayName: set.display_name ?? before.display_name, locale: set.locale ?? before.locale },
    });
  });
}
