import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { canManage, type CatalogViewer } from '../../catalog/access.js';
import { findProduct } from '../../catalog/products/products.repo.js';
import { FAR_BELOW_RATIO, overlaps, priceMarks, type SessionStatus } from '../rules/session.machine.js';
import * as repo from './sessions.repo.js';

/**
 * The price board of a product (SPEC §2.2), for its producer (and staff over it) and the streamers
 * who cooperate on it: supply price, suggested retail price and every session's live price, marked
 * when below the supply price or far below the suggestion, with schedule clashes. Information only:
 * no price is ever enforced.
 */
export async function priceBoard(db: Kysely<DB>, viewer: CatalogViewer, productId: string) {
  const product = await findProduct(db, productId);
  if (!product) throw new DomainError('PRODUCT_NOT_FOUND');
  const manages = canManage(viewer, { ownerUserId: product.owner_user_id, unitPath: product.unit_path });
  const participates =
    !manages &&
    Boolean(await db.selectFrom('cooperations').select('id').where('product_id', '=', productId).where('streamer_id', '=', viewer.userId).where('status', '!=', 'terminated').executeTakeFirst());
  if (!manages && !participates) throw new DomainError('PRODUCT_NOT_FOUND');
  const sessions = await repo.sessionsOfProduct(db, productId);
  const live = sessions.filter((s) => s.status === 'scheduled' || s.status === 'live');
  return {
    product: { id: product.id, name: product.name, supplyPriceFen: product.supply_price_fen, retailPriceFen: product.retail_price_fen },
    farBelowRatio: FAR_BELOW_RATIO,
    sessions: sessions.map((s) => ({
      sessionId: s.session_id,
      streamerName: s.streamer_name,
      status: s.status as SessionStatus,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      livePriceFen: s.live_price_fen,
      marks: priceMarks(s.live_price_fen, product.supply_price_fen, product.retail_price_fen),
      clashesWith:
        s.status === 'scheduled' || s.status === 'live'
          ? live.filter((o) => o.session_id !== s.session_id && overlaps({ startsAt: s.starts_at, endsAt: s.ends_at }, { startsAt: o.starts_at, endsAt: o.ends_at })).map((o) => o.session_id)
          : [],
    })),
  };
}
