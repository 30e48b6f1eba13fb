import type { Kysely } from 'kysely';
import { hashPassword } from '../src/core/auth/password.js';
import type { DB } from '../src/core/db/schema.js';
import { newUserRow } from '../src/core/identity/users.repo.js';
import { nowIso } from '../src/core/time.js';

/** Adds `count` streamers to one unit, in batches, sharing one password hash (hashing is not under test). */
export async function seedManyUsers(db: Kysely<DB>, unitId: string, count: number): Promise<void> {
  const hash = await hashPassword('bench-password');
  const now = nowIso();
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    await db.transaction().execute(async (trx) => {
      const users = Array.from({ length: Math.min(batch, count - start) }, (_, i) => {
        const n = start + i;
        return newUserRow({ username: `bench_streamer_${String(n).padStart(5, '0')}`, displayName: `压测主播${n}`, phone: `139${String(n).padStart(8, '0')}`, passwordHash: hash, now });
      });
      // Chunks keep each INSERT under SQLite's bound-parameter limit.
      for (let i = 0; i < users.length; i += 50) await trx.insertInto('users').values(users.slice(i, i + 50)).execute();
      const roles = users.map((u) => ({ user_id: u.id, role: 'streamer', unit_id: unitId, created_at: now }));
      for (let i = 0; i < roles.length; i += 100) await trx.insertInto('user_roles').values(roles.slice(i, i + 100)).execute();
    });
  }
}
