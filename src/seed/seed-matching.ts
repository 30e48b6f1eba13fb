import type { Kysely } from 'kysely';
import { bumpVersion } from '../core/cache/data-version.js';
import type { DB } from '../core/db/schema.js';
import * as usersRepo from '../core/identity/users.repo.js';
import { newId } from '../core/ids.js';
import { nowIso } from '../core/time.js';
import { saveProfile } from '../modules/matching/profiles/profiles.repo.js';
import { STREAMERS_DOMAIN } from '../modules/matching/profiles/profiles.service.js';
import { DEMO_STREAMER_PROFILES } from './demo-streamer-profiles.js';
import { DEMO_STREAMERS } from './demo-compliance-data.js';
import { DEMO_UNITS } from './demo-units.js';

const PARTY_ORG_OF: Record<string, string> = {
  jinniu_base: 'jinniu_branch',
  jinniu: 'jinniu_branch',
  naxi: 'naxi',
  jiangyang: 'jiangyang',
  hejiang: 'hejiang',
  gulin: 'gulin',
  xuyong: 'xuyong',
  dazhou: 'dazhou_ecommerce_org',
  dazhou_media_branch: 'dazhou_media_branch',
  luding: 'luzhou',
};

/**
 * Demo streamer profiles (issue 5): the 31 more streamers the data file introduces and a profile
 * for each of the 40, party membership confirmed by the demo branch secretary where the data says
 * so. Runs after the users and the compliance demo; writes nothing when the profiles exist.
 */
export async function seedDemoMatching(db: Kysely<DB>, passwordHash: string): Promise<boolean> {
  if (await db.selectFrom('streamer_profiles').select('user_id').limit(1).executeTakeFirst()) return false;
  const units = new Map((await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.name, u.id]));
  const unitId = (key: string) => units.get(DEMO_UNITS.find((u) => u.key === key)!.name)!;
  const secretary = await usersRepo.findUserByUsername(db, 'org_secretary');
  // The party organisation of a unit's streamers: 金牛's joint branch, each 泸州 county's committee, 达州's joint organisation.
  const branchFor = (unit: string) => unitId(PARTY_ORG_OF[unit] ?? PARTY_ORG_OF[DEMO_UNITS.find((u) => u.key === unit)?.parent ?? ''] ?? 'luzhou');
  const existingUnits = new Map([['streamer', 'naxi'], ...DEMO_STREAMERS.map((s) => [s.username, s.unit] as [string, string])]);
  const homeOf = (username: string) => existingUnits.get(username) ?? 'luzhou';
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const p of DEMO_STREAMER_PROFILES) {
      let user = await usersRepo.findUserByUsername(trx, p.username);
      if (!user) {
        if (!p.unit || !p.phone) throw new Error(`demo streamer ${p.username} needs a unit and a phone`);
        const row = usersRepo.newUserRow({ username: p.username, displayName: p.displayName, phone: p.phone, passwordHash, now });
        await usersRepo.insertUser(trx, row);
        await usersRepo.insertRoles(trx, row.id, [{ role: 'streamer', unitId: unitId(p.unit) }], now);
        user = row;
      }
      const confirmed = p.partyMember && p.partyConfirmed && secretary;
      await saveProfile(
        trx,
        {
          user_id: user.id,
          studio: p.studio,
          mcn: p.mcn,
          categories_json: JSON.stringify(p.categories),
          audience_regions_json: JSON.stringify(p.audienceRegions),
          typical_units: p.typicalUnits,
          price_min_fen: p.priceMinFen,
          price_max_fen: p.priceMaxFen,
          party_member: p.partyMember ? 1 : 0,
          party_branch_unit_id: p.partyMember ? branchFor(p.unit ?? homeOf(p.username)) : null,
          party_confirmed_by: confirmed ? secretary.id : null,
          party_confirmed_at: confirmed ? now : null,
          intro: p.intro,
          updated_at: now,
        },
        p.accounts.map((a, i) => ({ id: newId(), user_id: user.id, platform: a.platform, handle: a.handle, followers: a.followers, sort: i })),
      );
    }
    await bumpVersion(trx, STREAMERS_DOMAIN);
  });
  return true;
}
