import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import { bumpVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { actorFor, canManage, type CatalogViewer } from '../../catalog/access.js';
import { findProduct } from '../../catalog/products/products.repo.js';
import * as repo from './plans.repo.js';
import type { Plan, PlanInput } from './plans.schema.js';

/** Stamp of distribution plans: the in-memory matching tables rebuild when it moves. */
export const PLANS_DOMAIN = 'matching.plans';

const invalid = (field: string, message: string) => new DomainError('VALIDATION_FAILED', message, [{ field, message }]);

async function managedProduct(db: Kysely<DB>, viewer: CatalogViewer, productId: string) {
  const row = await findProduct(db, productId);
  if (!row || !canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path })) throw new DomainError('PRODUCT_NOT_FOUND');
  return row;
}

export async function getPlan(db: Kysely<DB>, viewer: CatalogViewer, productId: string): Promise<Plan> {
  await managedProduct(db, viewer, productId);
  const [plan, named] = await Promise.all([repo.findPlan(db, productId), repo.planStreamers(db, productId)]);
  const people = named.map((n) => ({ userId: n.user_id, displayName: n.display_name }));
  if (!plan) return { productId, mode: 'open', streamers: [], exclusive: null, updatedAt: null };
  const mode = plan.mode as Plan['mode'];
  return {
    productId,
    mode,
    streamers: mode === 'targeted' ? people : [],
    exclusive: mode === 'exclusive' && plan.exclusive_until && people[0] ? { streamer: people[0], until: plan.exclusive_until } : null,
    updatedAt: plan.updated_at,
  };
}

/**
 * The producer (or staff over the product) chooses who may request samples and cooperate:
 * everyone, named streamers, or one streamer until a date (SPEC §2.2).
 */
export async function savePlan(db: Kysely<DB>, viewer: CatalogViewer, productId: string, input: PlanInput): Promise<Plan> {
  await db.transaction().execute(async (trx) => {
    const product = await managedProduct(trx, viewer, productId);
    let named: string[] = [];
    if (input.mode === 'targeted') {
      named = [...new Set(input.streamerIds)];
      if (named.length === 0) throw invalid('streamerIds', '定向分销须至少指定一位主播');
    }
    if (input.mode === 'exclusive') {
      if (!input.exclusiveStreamerId) throw invalid('exclusiveStreamerId', '独家分销须指定一位主播');
      if (!input.exclusiveUntil) throw invalid('exclusiveUntil', '独家分销须写明截止日期');
      const today = shanghaiDate();
      if (input.exclusiveUntil < today) throw invalid('exclusiveUntil', '独家截止日期不能早于今天');
      const limit = new Date(Date.parse(`${today}T00:00:00Z`) + 366 * 86_400_000).toISOString().slice(0, 10);
      if (input.exclusiveUntil > limit) throw invalid('exclusiveUntil', '独家期限最长一年');
      named = [input.exclusiveStreamerId];
    }
    const found = await repo.activeStreamers(trx, named);
    const missing = named.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw invalid(input.mode === 'exclusive' ? 'exclusiveStreamerId' : 'streamerIds', `主播 ${missing.join('、')} 不存在或已停用`);
    const before = await repo.findPlan(trx, productId);
    await repo.savePlan(
      trx,
      { product_id: productId, mode: input.mode, exclusive_streamer_id: input.mode === 'exclusive' ? named[0]! : null, exclusive_until: input.mode === 'exclusive' ? input.exclusiveUntil! : null, updated_by: viewer.userId, updated_at: nowIso() },
      named,
    );
    await recordAudit(trx, actorFor(viewer, product.unit_path), { action: 'matching.plan.save', entityType: 'product', entityId: productId, before: before ? { mode: before.mode } : undefined, after: { mode: input.mode, streamers: named, until: input.exclusiveUntil ?? null } });
    await bumpVersion(trx, PLANS_DOMAIN);
  });
  return getPlan(db, viewer, productId);
}

/** Whether a product's distribution plan admits a streamer (to request samples and cooperate). */
export async function planAllows(db: Kysely<DB>, productId: string, streamerId: string, today: string): Promise<boolean> {
  const plan = await repo.findPlan(db, productId);
  if (!plan || plan.mode === 'open') return true;
  if (plan.mode === 'exclusive') return plan.exclusive_streamer_id === streamerId || (plan.exclusive_until ?? '') < today;
  return (await repo.planStreamers(db, productId)).some((s) => s.user_id === streamerId);
}
