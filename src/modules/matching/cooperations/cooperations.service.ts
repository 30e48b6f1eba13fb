import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import { bumpVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import { inTransaction } from '../../../core/db/transaction.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { activeStreamer } from '../../../core/identity/users.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { actorFor, canManage, type CatalogViewer } from '../../catalog/access.js';
import { findProduct } from '../../catalog/products/products.repo.js';
import { hasSignedCurrent } from '../../compliance/convention/convention.service.js';
import { planAllows } from '../plans/plans.service.js';
import { cooperationDueStep, cooperationMachine, proposalProblem, type CooperationFacts, type CooperationStatus } from '../rules/cooperation.machine.js';
import * as repo from './cooperations.repo.js';
import type { Cooperation, ProposeBody } from './cooperations.schema.js';

const MACHINE = cooperationMachine.name;
/** Stamp of cooperations: 为你选品 leaves out what a streamer already sells. */
export const COOPERATIONS_DOMAIN = 'matching.cooperations';
type Side = 'streamer' | 'producer';

function sideOf(viewer: CatalogViewer, row: repo.CooperationRow): Side | null {
  if (row.streamer_id === viewer.userId) return 'streamer';
  if (canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path })) return 'producer';
  return null;
}

async function visible(db: Kysely<DB>, viewer: CatalogViewer, id: string) {
  const row = await repo.findCooperation(db, id);
  const side = row && sideOf(viewer, row);
  if (!row || !side) throw new DomainError('NOT_FOUND', '合作不存在或无权查看');
  return { row, side };
}

function toSummary(row: repo.CooperationRow) {
  return {
    id: row.id,
    status: row.status as CooperationStatus,
    product: { id: row.product_id, name: row.product_name, producerName: row.producer_name },
    streamer: { userId: row.streamer_id, displayName: row.streamer_name },
    proposedBySide: row.proposed_by_side as Side,
    windowFrom: row.window_from,
    windowTo: row.window_to,
    supplyPriceFen: row.supply_price_fen,
    commissionBp: row.commission_bp,
  };
}

async function factsOf(db: Kysely<DB>, row: repo.CooperationRow, side: Side, reason: string | null): Promise<CooperationFacts> {
  return {
    actingSide: side,
    proposedBySide: row.proposed_by_side as Side,
    streamerSignedConvention: await hasSignedCurrent(db, row.streamer_id),
    supplyPriceFen: row.supply_price_fen,
    productSupplyPriceFen: row.current_supply_price_fen,
    reason,
  };
}

export async function getCooperation(db: Kysely<DB>, viewer: CatalogViewer, id: string): Promise<Cooperation> {
  const { row, side } = await visible(db, viewer, id);
  const [history, facts] = await Promise.all([historyOf(db, MACHINE, id), factsOf(db, row, side, 'asked-for-in-the-dialog')]);
  const status = row.status as CooperationStatus;
  return {
    ...toSummary(row),
    currentSupplyPriceFen: row.current_supply_price_fen,
    quantityCap: row.quantity_cap,
    shippingMode: row.shipping_mode as Cooperation['shippingMode'],
    afterSaleTerms: row.after_sale_terms,
    split: row.split_json ? JSON.parse(row.split_json) : null,
    acceptedAt: row.accepted_at,
    activatedAt: row.activated_at,
    closedAt: row.closed_at,
    terminateReason: row.terminate_reason,
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: h.actor_name, note: h.note, at: h.at })),
    viewerIs: side,
    actions: cooperationMachine.available(status, facts, [side]),
    blockedActions: cooperationMachine.blocked(status, facts, [side]),
  };
}

/**
 * Either side proposes (SPEC §2.2): a streamer for themselves, the producer (or staff over the
 * product) to a named streamer. The plan must admit the streamer, the streamer must have signed
 * the convention, and the supply price may not be below the producer's current one.
 */
export async function proposeCooperation(db: Kysely<DB>, viewer: CatalogViewer, body: ProposeBody): Promise<Cooperation> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const product = await findProduct(trx, body.productId);
    if (!product) throw new DomainError('PRODUCT_NOT_FOUND');
    const manages = canManage(viewer, { ownerUserId: product.owner_user_id, unitPath: product.unit_path });
    if (manages && !body.streamerId && !viewer.roles.includes('streamer')) throw new DomainError('VALIDATION_FAILED', '请选择合作主播', [{ field: 'streamerId', message: '请选择合作主播' }]);
    const side: Side = manages && body.streamerId ? 'producer' : 'streamer';
    const streamerId = side === 'producer' ? body.streamerId! : viewer.userId;
    if (side === 'streamer' && !viewer.roles.includes('streamer')) throw new DomainError('PRODUCT_NOT_FOUND');
    // Only products in the selection pool (verified, with valid evidence) are offered for cooperation, by either side.
    if (!product.in_pool) throw new DomainError(manages ? 'NOT_EDITABLE' : 'PRODUCT_NOT_FOUND', manages ? '商品须在选品池中（已核验且凭证有效）才能发起合作' : undefined);
    const streamer = await activeStreamer(trx, streamerId);
    if (!streamer) throw new DomainError('VALIDATION_FAILED', '主播不存在或已停用', [{ field: 'streamerId', message: '主播不存在或已停用' }]);
    const today = shanghaiDate();
    if (body.windowTo < today) throw new DomainError('VALIDATION_FAILED', '合作期限已过', [{ field: 'windowTo', message: '合作结束日期不能早于今天' }]);
    if (!(await planAllows(trx, product.id, streamerId, today))) throw new DomainError('FORBIDDEN', '该商品为定向或独家分销，此主播不在可合作之列');
    const problem = proposalProblem({ streamerSignedConvention: await hasSignedCurrent(trx, streamerId), supplyPriceFen: body.supplyPriceFen, productSupplyPriceFen: product.supply_price_fen });
    if (problem) throw new DomainError('GUARD_FAILED', problem);
    const now = nowIso();
    await repo.insertCooperation(trx, {
      id,
      product_id: product.id,
      streamer_id: streamerId,
      status: cooperationMachine.initial,
      proposed_by_side: side,
      proposed_by: viewer.userId,
      window_from: body.windowFrom,
      window_to: body.windowTo,
      supply_price_fen: body.supplyPriceFen,
      commission_bp: body.commissionBp,
      quantity_cap: body.quantityCap,
      shipping_mode: body.shippingMode,
      after_sale_terms: body.afterSaleTerms,
      split_json: body.split ? JSON.stringify(body.split) : null,
      accepted_by: null,
      accepted_at: null,
      activated_at: null,
      closed_at: null,
      terminate_reason: null,
      terminated_by: null,
      created_at: now,
      updated_at: now,
    });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: null, to: 'proposed', event: 'propose', actorId: viewer.userId, note: `${body.windowFrom}–${body.windowTo}，供货价 ${(body.supplyPriceFen / 100).toFixed(2)} 元` });
    await recordAudit(trx, actorFor(viewer, product.unit_path), { action: 'matching.cooperation.propose', entityType: 'cooperation', entityId: id, after: { productId: product.id, streamerId, side, supplyPriceFen: body.supplyPriceFen, commissionBp: body.commissionBp } });
    const to = side === 'streamer' ? product.owner_user_id : streamerId;
    if (to) await notify(trx, to, { kind: 'matching.cooperation.proposed', title: '新的合作提议', body: `「${product.name}」${body.windowFrom} 至 ${body.windowTo} 的合作提议，请确认。`, link: `/matching/cooperations/${id}` });
  });
  return getCooperation(db, viewer, id);
}

const STEP_TEXT: Record<string, string> = { accept: '已确认', activate: '已开始', complete: '已完成', terminate: '已终止' };

async function applyStep(trx: Kysely<DB>, row: repo.CooperationRow, event: string, side: Side | 'system', actor: CatalogViewer | null, reason: string | null) {
  const facts = await factsOf(trx, row, side === 'system' ? 'producer' : side, reason);
  const to = cooperationMachine.apply(row.status as CooperationStatus, event, facts, [side]);
  const now = nowIso();
  const set: Record<string, unknown> = { status: to, updated_at: now };
  if (event === 'accept') Object.assign(set, { accepted_by: actor?.userId ?? null, accepted_at: now });
  if (event === 'activate') set.activated_at = now;
  if (event === 'complete' || event === 'terminate') Object.assign(set, { closed_at: now, terminate_reason: event === 'terminate' ? reason : null, terminated_by: event === 'terminate' ? (actor?.userId ?? null) : null });
  await repo.updateCooperation(trx, row.id, set);
  await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: row.status, to, event, actorId: actor?.userId ?? null, note: reason });
  await recordAudit(trx, actor ? actorFor(actor, row.unit_path) : { userId: null, unitId: null, ip: null }, { action: `matching.cooperation.${event}`, entityType: 'cooperation', entityId: row.id, before: { status: row.status }, after: { status: to, reason } });
  await bumpVersion(trx, COOPERATIONS_DOMAIN);
  const text = `「${row.product_name}」合作${STEP_TEXT[event] ?? ''}${reason ? `：${reason}` : ''}`;
  const parties = [row.streamer_id, row.owner_user_id].filter((u): u is string => Boolean(u) && u !== actor?.userId);
  await notify(trx, parties, { kind: `matching.cooperation.${event}`, title: text, body: text, link: `/matching/cooperations/${row.id}` });
}

export async function transitionCooperation(db: Kysely<DB>, viewer: CatalogViewer, id: string, event: string, reason: string | null): Promise<Cooperation> {
  await db.transaction().execute(async (trx) => {
    const { row, side } = await visible(trx, viewer, id);
    await applyStep(trx, row, event, side, viewer, reason);
  });
  return getCooperation(db, viewer, id);
}

export async function listCooperations(db: Kysely<DB>, who: { userId: string; unitPaths: readonly string[] }, f: { status?: CooperationStatus; productId?: string; page: number; pageSize: number }) {
  const page = await repo.pageOfCooperations(db, who, f);
  return { items: page.items.map(toSummary), total: page.total };
}

/** Starts accepted cooperations on their first day and completes active ones after their last: idempotent. */
export async function sweepCooperations(db: Kysely<DB>, today = shanghaiDate()): Promise<{ activate: number; complete: number }> {
  const done = { activate: 0, complete: 0 };
  for (const { id } of await repo.dueForSweep(db, today)) {
    const run = async (trx: Kysely<DB>) => {
      const row = await repo.findCooperation(trx, id);
      const step = row && cooperationDueStep({ status: row.status as CooperationStatus, windowFrom: row.window_from, windowTo: row.window_to }, today);
      if (!row || !step) return;
      await applyStep(trx, row, step, 'system', null, null);
      done[step] += 1;
    };
    await inTransaction(db, run);
  }
  return done;
}
