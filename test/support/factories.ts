import type { Kysely } from 'kysely';
import type { Role } from '../../src/core/access/roles.js';
import { hashPassword } from '../../src/core/auth/password.js';
import type { DB } from '../../src/core/db/schema.js';
import { newId } from '../../src/core/ids.js';
import * as unitsRepo from '../../src/core/identity/units.repo.js';
import * as usersRepo from '../../src/core/identity/users.repo.js';
import { nowIso } from '../../src/core/time.js';

/** Test data written straight through the repositories, so tests set up only what they need. */
let passwordHashPromise: Promise<string> | null = null;
export const FACTORY_PASSWORD = 'factory-password';

export async function unitByName(db: Kysely<DB>, name: string) {
  const unit = await db.selectFrom('units').selectAll().where('name', '=', name).executeTakeFirst();
  if (!unit) throw new Error(`no unit named ${name}`);
  return unit;
}

export async function makeUnit(db: Kysely<DB>, parentName: string, name = `测试单位-${newId().slice(-6)}`, type = 'enterprise') {
  const parent = await unitByName(db, parentName);
  const id = newId();
  const now = nowIso();
  const row = { id, parent_id: parent.id, name, type, region_code: null, active: 1, path: `${parent.path}${id}/`, created_at: now, updated_at: now };
  await unitsRepo.insertUnit(db, row);
  return row;
}

let counter = 0;
export async function makeUser(
  db: Kysely<DB>,
  grants: { role: Role; unitName: string }[],
  over: { username?: string; phone?: string | null; status?: string } = {},
) {
  passwordHashPromise ??= hashPassword(FACTORY_PASSWORD);
  const now = nowIso();
  counter += 1;
  const username = over.username ?? `user_${process.pid}_${counter}`;
  const row = usersRepo.newUserRow({
    username,
    displayName: `测试用户${counter}`,
    phone: over.phone === undefined ? '13912345678' : over.phone,
    passwordHash: await passwordHashPromise,
    status: over.status,
    now,
  });
  const id = row.id;
  await usersRepo.insertUser(db, row);
  for (const g of grants) {
    const unit = await unitByName(db, g.unitName);
    await usersRepo.insertRoles(db, id, [{ role: g.role, unitId: unit.id }], now);
  }
  return { id, username, password: FACTORY_PASSWORD };
}
