import type { Kysely } from 'kysely';
import type { DB } from '../../src/core/db/schema.js';
import { newId } from '../../src/core/ids.js';
import { nowIso } from '../../src/core/time.js';
import { PLATFORMS } from '../../src/modules/matching/profiles/profiles.schema.js';

/** Leaf and top-level categories streamers list, weighted toward food as in the demo. */
const CATEGORIES = ['fruit.citrus', 'fruit.lychee', 'fruit.kiwi', 'fruit.other', 'veg.fresh', 'veg.pickled', 'meat.pork', 'meat.beef', 'cured.bacon', 'cured.cooked', 'tea.green', 'tea.black', 'tea.dark', 'grain.rice', 'grain.oil', 'dried.mushroom', 'dried.nuts', 'condiment.pepper', 'condiment.sauce', 'drink.liquor', 'craft', 'fruit', 'tea', 'cured'];
const AUDIENCE = ['51', '5101', '5105', '5117', '5133', '50', '44', '11', '31', '33', '32', '42', '43', '61'];

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` streamers with profiles and 1–3 platform accounts, spread over the given units, for the
 * matching benchmark. Deterministic for a seed. Returns the user ids.
 */
export async function generateStreamers(db: Kysely<DB>, unitIds: readonly string[], count: number, seed = 20261127): Promise<string[]> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const now = nowIso();
  const ids: string[] = [];
  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK) {
    const users: Record<string, unknown>[] = [];
    const roles: Record<string, unknown>[] = [];
    const profiles: Record<string, unknown>[] = [];
    const accounts: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const id = newId();
      ids.push(id);
      users.push({ id, username: `bench_streamer_${i}`, display_name: `主播${i}`, phone: null, password_hash: 'x', status: 'active', must_change_password: 0, failed_logins: 0, locked_until: null, locale: 'zh-CN', created_at: now, updated_at: now, last_login_at: null });
      roles.push({ user_id: id, role: 'streamer', unit_id: pick(unitIds), created_at: now });
      const small = random() < 0.7;
      const min = pick([990, 1990, 2990, 4990, 9900]);
      profiles.push({
        user_id: id,
        studio: null,
        mcn: small ? null : 'MCN',
        categories_json: JSON.stringify([...new Set([pick(CATEGORIES), pick(CATEGORIES)])]),
        audience_regions_json: JSON.stringify([...new Set([pick(AUDIENCE), pick(AUDIENCE)])]),
        typical_units: small ? 20 + Math.floor(random() * 400) : 500 + Math.floor(random() * 5000),
        price_min_fen: min,
        price_max_fen: min * (2 + Math.floor(random() * 4)),
        party_member: random() < 0.15 ? 1 : 0,
        party_confirmed_by: null,
        party_confirmed_at: null,
        intro: null,
        updated_at: now,
      });
      const n = 1 + Math.floor(random() * 3);
      for (let k = 0; k < n; k++) accounts.push({ id: newId(), user_id: id, platform: pick(PLATFORMS), handle: `账号${i}-${k}`, followers: Math.floor((small ? 50_000 : 3_000_000) * random() ** 2), sort: k });
    }
    await db.insertInto('users').values(users as never).execute();
    await db.insertInto('user_roles').values(roles as never).execute();
    await db.insertInto('streamer_profiles').values(profiles as never).execute();
    for (let i = 0; i < accounts.length; i += 300) await db.insertInto('streamer_accounts').values(accounts.slice(i, i + 300) as never).execute();
  }
  return ids;
}
