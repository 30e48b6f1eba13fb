import type { Kysely } from 'kysely';
import { recordAudit, SYSTEM_ACTOR } from '../../core/audit/audit.service.js';
import type { DB } from '../../core/db/schema.js';
import { inTransaction } from '../../core/db/transaction.js';
import { maintainSearchIndex } from './search/search-index.js';
import { notify } from '../../core/notifications/notifications.service.js';
import type { RegionService } from '../../core/regions/regions.service.js';
import type { Sweep } from '../../core/sweeps.js';
import { shanghaiDate } from '../../core/time.js';
import * as repo from './products/products.repo.js';
import { refreshProduct } from './products/standing.service.js';

/**
 * Evidence expiry (SPEC §2.1): a product whose evidence ran out yesterday leaves the pool today
 * and its producer is told. Idempotent: a product is recomputed from its evidence, so a second
 * run (or a second node) finds nothing left to do. Runs hourly so the day change is caught soon
 * after midnight in China.
 */
export async function expireEvidence(db: Kysely<DB>, regions: RegionService, today = shanghaiDate()): Promise<number> {
  let removed = 0;
  for (;;) {
    const ids = await repo.poolProductsExpiredBefore(db, today, 200);
    if (ids.length === 0) return removed;
    for (const id of ids) {
      await inTransaction(db, async (trx) => {
        const standing = await refreshProduct(trx, regions, id, today);
        if (!standing.wasInPool || standing.inPool) return;
        removed += 1;
        const row = await repo.findProduct(trx, id);
        if (!row) return;
        await recordAudit(trx, SYSTEM_ACTOR, { action: 'catalog.product.left_pool', entityType: 'product', entityId: id, after: { reason: 'evidence_expired', on: today } });
        if (row.owner_user_id) {
          await notify(trx, row.owner_user_id, {
            kind: 'catalog.evidence_expired',
            title: '凭证已过期，商品已移出选品池',
            body: `「${row.name}」的批次凭证已过有效期，已暂时移出选品池。上传新的有效凭证后将自动恢复。`,
            link: `/catalog/my-products/${id}`,
          });
        }
      });
    }
  }
}

export function catalogSweeps(regions: RegionService): Sweep[] {
  return [
    { name: 'catalog.evidence-expiry', everyMs: 60 * 60_000, run: (db) => expireEvidence(db, regions) },
    { name: 'catalog.search-maintenance', everyMs: 6 * 60 * 60_000, run: (db) => maintainSearchIndex(db) },
  ];
}
