import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../../../core/audit/audit.service.js';
import { bumpVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { activeStreamer } from '../../../core/identity/users.repo.js';
import { newId } from '../../../core/ids.js';
import { nowIso } from '../../../core/time.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { categoryTree } from '../../catalog/categories.js';
import * as repo from './profiles.repo.js';
import { PARTY_UNIT_TYPES, type Platform, type Profile, type ProfileInput } from './profiles.schema.js';

/** Stamp of streamer profiles: the in-memory matching tables rebuild when it moves. */
export const STREAMERS_DOMAIN = 'matching.streamers';

const invalid = (field: string, message: string) => new DomainError('VALIDATION_FAILED', message, [{ field, message }]);

/** A streamer's profile; defaults (exists: false) until they save one. */
export async function getProfile(db: Kysely<DB>, userId: string): Promise<Profile> {
  const user = await activeStreamer(db, userId);
  if (!user) throw new DomainError('NOT_FOUND', '主播不存在');
  const [row, accounts] = await Promise.all([repo.findProfile(db, userId), repo.accountsOf(db, [userId])]);
  const list = accounts.map((a) => ({ platform: a.platform as Platform, handle: a.handle, followers: a.followers }));
  return {
    userId,
    displayName: user.display_name,
    unitName: user.unit_name,
    exists: Boolean(row),
    studio: row?.studio ?? null,
    mcn: row?.mcn ?? null,
    categories: row ? (JSON.parse(row.categories_json) as string[]) : [],
    audienceRegions: row ? (JSON.parse(row.audience_regions_json) as string[]) : [],
    typicalUnits: row?.typical_units ?? 100,
    priceMinFen: row?.price_min_fen ?? 0,
    priceMaxFen: row?.price_max_fen ?? 0,
    intro: row?.intro ?? null,
    accounts: list,
    followers: list.reduce((n, a) => n + a.followers, 0),
    party: {
      declared: row?.party_member === 1,
      branchUnitId: row?.party_branch_unit_id ?? null,
      branchName: row?.branch_name ?? null,
      confirmedByName: row?.confirmed_by_name ?? null,
      confirmedAt: row?.party_confirmed_at ?? null,
    },
    updatedAt: row?.updated_at ?? null,
  };
}

/** The streamer saves their own profile; declaring party membership anew waits for the branch's confirmation. */
export async function saveProfile(db: Kysely<DB>, actor: Actor & { userId: string }, input: ProfileInput): Promise<Profile> {
  const tree = await categoryTree(db);
  for (const c of input.categories) if (!tree.byId.has(c)) throw invalid('categories', `品类 ${c} 不存在`);
  const branchId = input.partyMember ? (input.partyBranchUnitId ?? null) : null;
  if (branchId && (await repo.partyBranches(db, PARTY_UNIT_TYPES, branchId)).length === 0) throw invalid('partyBranchUnitId', '所选党组织不存在或已停用');
  await db.transaction().execute(async (trx) => {
    const before = await repo.findProfile(trx, actor.userId);
    // A confirmation stands while the member stays declared in the same organisation.
    const keepConfirmation = input.partyMember && before?.party_member === 1 && before.party_branch_unit_id === branchId;
    const now = nowIso();
    await repo.saveProfile(
      trx,
      {
        user_id: actor.userId,
        studio: input.studio || null,
        mcn: input.mcn || null,
        categories_json: JSON.stringify([...new Set(input.categories)]),
        audience_regions_json: JSON.stringify([...new Set(input.audienceRegions)]),
        typical_units: input.typicalUnits,
        price_min_fen: input.priceMinFen,
        price_max_fen: input.priceMaxFen,
        party_member: input.partyMember ? 1 : 0,
        party_branch_unit_id: branchId,
        party_confirmed_by: keepConfirmation ? before.party_confirmed_by : null,
        party_confirmed_at: keepConfirmation ? before.party_confirmed_at : null,
        intro: input.intro || null,
        updated_at: now,
      },
      input.accounts.map((a, i) => ({ id: newId(), user_id: actor.userId, platform: a.platform, handle: a.handle, followers: a.followers, sort: i })),
    );
    await recordAudit(trx, actor, { action: before ? 'matching.profile.update' : 'matching.profile.create', entityType: 'streamer_profile', entityId: actor.userId, after: { categories: input.categories, partyMember: input.partyMember, accounts: input.accounts.length } });
    await bumpVersion(trx, STREAMERS_DOMAIN);
  });
  return getProfile(db, actor.userId);
}

export async function listPartyBranches(db: Kysely<DB>) {
  return { items: (await repo.partyBranches(db, PARTY_UNIT_TYPES)).map((u) => ({ id: u.id, name: u.name })) };
}

/** Declared party members in the secretary's organisations, pending or confirmed. */
export async function partyMembers(db: Kysely<DB>, branchPaths: readonly string[], status: 'pending' | 'confirmed' | undefined) {
  const rows = await repo.declaredMembers(db, branchPaths);
  const items = rows
    .filter((r) => !status || (status === 'confirmed') === (r.party_confirmed_at !== null))
    .map((r) => ({ userId: r.user_id, displayName: r.display_name, unitName: r.unit_name ?? null, branchName: r.branch_name, declaredAt: r.updated_at, confirmedAt: r.party_confirmed_at, confirmedByName: r.confirmed_by_name }));
  return { items };
}

/**
 * The secretary of the streamer's party organisation confirms (or withdraws) the self-declared
 * membership; the confirming user is recorded (SPEC §2.2). It unlocks the 党员示范直播间 flag.
 */
export async function confirmParty(db: Kysely<DB>, actor: Actor & { userId: string }, branchScope: { covers(path: string): boolean; coveringUnitId(path: string): string | null }, streamerId: string, confirmed: boolean): Promise<Profile> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findProfile(trx, streamerId);
    if (!row || row.party_member !== 1 || !row.branch_path || !branchScope.covers(row.branch_path)) throw new DomainError('NOT_FOUND', '该主播未申报为本组织的党员');
    const now = nowIso();
    await repo.setPartyConfirmation(trx, streamerId, confirmed ? actor.userId : null, confirmed ? now : null);
    await recordAudit(trx, { ...actor, unitId: branchScope.coveringUnitId(row.branch_path) }, { action: confirmed ? 'matching.party.confirm' : 'matching.party.withdraw', entityType: 'streamer_profile', entityId: streamerId, after: { branch: row.branch_name } });
    await bumpVersion(trx, STREAMERS_DOMAIN);
    await notify(trx, streamerId, { kind: 'matching.party.confirm', title: confirmed ? '党员身份已确认' : '党员身份确认已撤回', body: `${row.branch_name ?? ''}${confirmed ? '已确认您的党员身份，可开设党员示范直播间。' : '撤回了对您党员身份的确认。'}`, link: '/matching/profile' });
  });
  return getProfile(db, streamerId);
}
