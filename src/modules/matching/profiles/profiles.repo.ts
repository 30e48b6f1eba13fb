import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { StreamerAccountsTable, StreamerProfilesTable } from '../matching.tables.js';

export const findProfile = (db: Kysely<DB>, userId: string) =>
  db
    .selectFrom('streamer_profiles')
    .leftJoin('users as c', 'c.id', 'streamer_profiles.party_confirmed_by')
    .leftJoin('units as b', 'b.id', 'streamer_profiles.party_branch_unit_id')
    .selectAll('streamer_profiles')
    .select(['c.display_name as confirmed_by_name', 'b.name as branch_name', 'b.path as branch_path'])
    .where('streamer_profiles.user_id', '=', userId)
    .executeTakeFirst();

export const accountsOf = (db: Kysely<DB>, userIds: readonly string[]) =>
  userIds.length === 0 ? Promise.resolve([]) : db.selectFrom('streamer_accounts').selectAll().where('user_id', 'in', userIds).orderBy('user_id').orderBy('sort').execute();

export async function saveProfile(db: Kysely<DB>, row: StreamerProfilesTable, accounts: StreamerAccountsTable[]): Promise<void> {
  await db
    .insertInto('streamer_profiles')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...row }))
    .execute();
  await db.deleteFrom('streamer_accounts').where('user_id', '=', row.user_id).execute();
  if (accounts.length) await db.insertInto('streamer_accounts').values(accounts).execute();
}

/** Active party organisations (for the profile's picker), optionally one by id. */
export const partyBranches = (db: Kysely<DB>, types: readonly string[], id?: string) => {
  let q = db.selectFrom('units').select(['id', 'name', 'path']).where('type', 'in', types).where('active', '=', 1);
  if (id) q = q.where('id', '=', id);
  return q.orderBy('path').execute();
};

/** Streamers who declared party membership in a branch under these paths. */
export const declaredMembers = (db: Kysely<DB>, branchPaths: readonly string[]) =>
  db
    .selectFrom('streamer_profiles')
    .innerJoin('users', 'users.id', 'streamer_profiles.user_id')
    .innerJoin('units as b', 'b.id', 'streamer_profiles.party_branch_unit_id')
    .leftJoin('users as c', 'c.id', 'streamer_profiles.party_confirmed_by')
    .select(['users.id as user_id', 'users.display_name', 'b.name as branch_name', 'streamer_profiles.updated_at', 'streamer_profiles.party_confirmed_at', 'c.display_name as confirmed_by_name'])
    .select((eb) =>
      eb
        .selectFrom('user_roles')
        .innerJoin('units', 'units.id', 'user_roles.unit_id')
        .select('units.name')
        .whereRef('user_roles.user_id', '=', 'users.id')
        .where('user_roles.role', '=', 'streamer')
        .orderBy('units.path')
        .limit(1)
        .as('unit_name'),
    )
    .where('streamer_profiles.party_member', '=', 1)
    .where('users.status', '=', 'active')
    .where((eb) => (branchPaths.length ? eb.or(branchPaths.map((p) => eb('b.path', 'like', `${p}%`))) : eb.val(false)))
    .orderBy('users.display_name')
    .execute();

export async function setPartyConfirmation(db: Kysely<DB>, userId: string, by: string | null, at: string | null): Promise<void> {
  await db.updateTable('streamer_profiles').set({ party_confirmed_by: by, party_confirmed_at: at }).where('user_id', '=', userId).execute();
}
