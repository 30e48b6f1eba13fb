import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export async function insertSession(
  db: Kysely<DB>,
  row: { id: string; userId: string; now: string; expiresAt: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: row.id,
      user_id: row.userId,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

export async function findSessionWithUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.id as userId',
      'users.username',
      'users.display_name as displayName',
      'users.phone',
      'users.locale',
      'users.status',
      'users.must_change_password as mustChangePassword',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
}

/** Role grants of a user in active units, with the unit's path for scope checks. */
export async function findRoleUnits(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select(['user_roles.role', 'units.id as unitId', 'units.name as unitName', 'units.path as unitPath'])
    .where('user_roles.user_id', '=', userId)
    .where('units.active', '=', 1)
    .orderBy('units.path')
    .orderBy('user_roles.role')
    .execute();
}

export async function touchSession(db: Kysely<DB>, id: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: string, idleCutoff: string): Promise<number> {
  const res = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows ?? 0);
}

export async function deleteOtherSessionsOfUser(db: Kysely<DB>, userId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}
