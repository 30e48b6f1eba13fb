import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { DistributionPlansTable } from '../matching.tables.js';

export const findPlan = (db: Kysely<DB>, productId: string) => db.selectFrom('distribution_plans').selectAll().where('product_id', '=', productId).executeTakeFirst();

export const planStreamers = (db: Kysely<DB>, productId: string) =>
  db
    .selectFrom('distribution_plan_streamers')
    .innerJoin('users', 'users.id', 'distribution_plan_streamers.streamer_id')
    .select(['users.id as user_id', 'users.display_name'])
    .where('distribution_plan_streamers.product_id', '=', productId)
    .orderBy('users.display_name')
    .execute();

export async function savePlan(db: Kysely<DB>, row: DistributionPlansTable, streamerIds: readonly string[]): Promise<void> {
  await db
    .insertInto('distribution_plans')
    .values(row)
    .onConflict((oc) => oc.column('product_id').doUpdateSet({ ...row }))
    .execute();
  await db.deleteFrom('distribution_plan_streamers').where('product_id', '=', row.product_id).execute();
  if (streamerIds.length) await db.insertInto('distribution_plan_streamers').values(streamerIds.map((streamer_id) => ({ product_id: row.product_id, streamer_id }))).execute();
}

/** Every plan other than "open", for the in-memory matching table. */
export async function restrictivePlans(db: Kysely<DB>) {
  const [plans, named] = await Promise.all([
    db.selectFrom('distribution_plans').select(['product_id', 'mode', 'exclusive_streamer_id', 'exclusive_until']).where('mode', '!=', 'open').execute(),
    db.selectFrom('distribution_plan_streamers').select(['product_id', 'streamer_id']).execute(),
  ]);
  return { plans, named };
}

/** Of these users, those who are active streamers. */
export async function activeStreamers(db: Kysely<DB>, ids: readonly string[]): Promise<{ id: string; display_name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name'])
    .distinct()
    .where('users.id', 'in', ids)
    .where('user_roles.role', '=', 'streamer')
    .where('users.status', '=', 'active')
    .execute();
}
