import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../../../core/audit/audit.service.js';
import { bumpVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { nowIso } from '../../../core/time.js';
import { categoryTree } from '../../catalog/categories.js';
import * as repo from './profiles.repo.js';
import type { Platform, Profile, ProfileInput } from './profiles.schema.js';

/** Stamp of streamer profiles: the in-memory matching tables rebuild when it moves. */
export const STREAMERS_DOMAIN = 'matching.streamers';

const invalid = (field: string, message: string) => new DomainError('VALIDATION_FAILED', message, [{ field, message }]);

/** A streamer's profile; defaults (exists: false) until they save one. */
export async function getProfile(db: Kysely<DB>, userId: string): Promise<Profile> {
  const user = await repo.streamerUser(db, userId);
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
    party: { declared: row?.party_member === 1, confirmedByName: row?.confirmed_by_name ?? null, confirmedAt: row?.party_confirmed_at ?? null },
    updatedAt: row?.updated_at ?? null,
  };
}

/** The streamer saves their own profile; declaring party membership anew waits for the branch's confirmation. */
export async function saveProfile(db: Kysely<DB>, actor: Actor & { userId: string }, input: ProfileInput): Promise<Profile> {
  const tree = await categoryTree(db);
  for (const c of input.categories) if (!tree.byId.has(c)) throw invalid('categories', `品类 ${c} 不存在`);
  await db.transaction().execute(async (trx) => {
    const before = await repo.findProfile(trx, actor.userId);
    const keepConfirmation = input.partyMember && before?.party_member === 1;
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
