import type { Kysely } from 'kysely';
import { recordAudit, SYSTEM_ACTOR } from '../core/audit/audit.service.js';
import { hashPassword } from '../core/auth/password.js';
import { bumpVersion } from '../core/cache/data-version.js';
import { IDENTITY_DOMAIN } from '../core/identity/units.service.js';
import type { DB } from '../core/db/schema.js';
import { newId } from '../core/ids.js';
import * as unitsRepo from '../core/identity/units.repo.js';
import * as usersRepo from '../core/identity/users.repo.js';
import { notify } from '../core/notifications/notifications.service.js';
import { nowIso } from '../core/time.js';
import { DEMO_UNITS, DEMO_USERS } from './demo-units.js';

export async function isDatabaseEmpty(db: Kysely<DB>): Promise<boolean> {
  const [user, unit] = await Promise.all([
    db.selectFrom('users').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('units').select('id').limit(1).executeTakeFirst(),
  ]);
  return !user && !unit;
}

export interface SeedResult {
  seeded: boolean;
  users: { username: string; role: string; unit: string }[];
}

/**
 * Demo data for a fresh instance. Idempotent: it writes only into an empty database, so running
 * it twice, or on a production database, changes nothing.
 */
export async function seedDemo(db: Kysely<DB>, demoPassword: string): Promise<SeedResult> {
  const users = DEMO_USERS.map((u) => ({ username: u.username, role: u.role, unit: DEMO_UNITS.find((x) => x.key === u.unit)!.name }));
  if (!(await isDatabaseEmpty(db))) return { seeded: false, users };
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (trx) => {
    // Re-check inside the transaction: two nodes starting together must not both seed.
    if (!(await isDatabaseEmpty(trx))) return;
    const now = nowIso();
    const unitIds = new Map<string, { id: string; path: string }>();
    for (const u of DEMO_UNITS) {
      const id = newId();
      const parent = u.parent ? unitIds.get(u.parent)! : null;
      const path = `${parent?.path ?? '/'}${id}/`;
      unitIds.set(u.key, { id, path });
      await unitsRepo.insertUnit(trx, {
        id,
        parent_id: parent?.id ?? null,
        name: u.name,
        type: u.type,
        region_code: u.regionCode,
        active: 1,
        path,
        created_at: now,
        updated_at: now,
      });
    }
    for (const u of DEMO_USERS) {
      const row = usersRepo.newUserRow({ username: u.username, displayName: u.displayName, phone: u.phone, passwordHash, now });
      const id = row.id;
      await usersRepo.insertUser(trx, row);
      await usersRepo.insertRoles(trx, id, [{ role: u.role, unitId: unitIds.get(u.unit)!.id }], now);
      await notify(trx, id, {
        kind: 'system.welcome',
        title: '欢迎使用直播基地服务平台',
        body: `您好，${u.displayName}。这是演示环境，数据均为示例。`,
        link: '/',
      });
    }
    await bumpVersion(trx, IDENTITY_DOMAIN);
    await recordAudit(trx, SYSTEM_ACTOR, { action: 'system.seed_demo', entityType: 'system', entityId: null, after: { units: DEMO_UNITS.length, users: DEMO_USERS.length } });
  });
  return { seeded: true, users };
}

/** Creates (or re-roles) an administrator at the root unit, creating the root if needed. */
export async function createAdmin(db: Kysely<DB>, input: { username: string; password: string; displayName?: string; rootName?: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    let root = await unitsRepo.findRootUnit(trx);
    if (!root) {
      const id = newId();
      root = { id, parent_id: null, name: input.rootName ?? '四川省', type: 'province', region_code: '51', active: 1, path: `/${id}/`, created_at: now, updated_at: now };
      await unitsRepo.insertUnit(trx, root);
    }
    let user = await usersRepo.findUserByUsername(trx, input.username);
    if (user) {
      await usersRepo.updateUser(trx, user.id, { password_hash: passwordHash, status: 'active', failed_logins: 0, locked_until: null, updated_at: now });
    } else {
      user = usersRepo.newUserRow({ username: input.username, displayName: input.displayName ?? input.username, passwordHash, now });
      await usersRepo.insertUser(trx, user);
    }
    const roles = await usersRepo.rolesOfUsers(trx, [user.id]);
    if (!roles.some((r) => r.role === 'admin' && r.unitId === root!.id)) {
      await usersRepo.insertRoles(trx, user.id, [{ role: 'admin', unitId: root.id }], now);
    }
    // A running server's cached lists must see the new admin.
    await bumpVersion(trx, IDENTITY_DOMAIN);
    await recordAudit(trx, SYSTEM_ACTOR, { action: 'system.create_admin', entityType: 'user', entityId: user.id, after: { username: input.username, unit: root.name } });
    return { userId: user.id, unitName: root.name };
  });
}
