import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { actorFor, canManage, type CatalogViewer } from '../../catalog/access.js';
import { attachFiles, filesOf, toFileRef } from '../../catalog/files/files.service.js';
import type { CatalogDeps } from '../../catalog/producers/producers.service.js';
import { toProductSummary } from '../../catalog/products/product-view.js';
import { findProduct } from '../../catalog/products/products.repo.js';
import { refreshProduct } from '../../catalog/products/standing.service.js';
import { streamerRecord } from '../credit/credit.service.js';
import { planAllows } from '../plans/plans.service.js';
import { decisionDueAt, evaluationDueAt, autoReceiveAt, sampleMachine, type SampleFacts, type SampleStatus } from '../rules/sample.machine.js';
import * as repo from './samples.repo.js';
import type { Sample, SampleRequestBody, SampleTransitionBody } from './samples.schema.js';

const MACHINE = sampleMachine.name;
const ASKED_FOR = 'asked-for-in-the-dialog';
const ASKED: SampleFacts = { reason: ASKED_FOR, carrier: ASKED_FOR, trackingNo: ASKED_FOR, evaluationComplete: true };

type Relation = Sample['viewerIs'];

function relationOf(viewer: CatalogViewer, row: repo.SampleRow): Relation | null {
  if (row.streamer_id === viewer.userId) return 'streamer';
  if (canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path })) return 'producer';
  return null;
}

async function visibleSample(db: Kysely<DB>, viewer: CatalogViewer, id: string) {
  const row = await repo.findSample(db, id);
  const relation = row && relationOf(viewer, row);
  if (!row || !relation) throw new DomainError('NOT_FOUND', '样品申请不存在或无权查看');
  return { row, relation };
}

/** The next time limit of the state the request is in. */
function dueAtOf(row: repo.SampleRow): string | null {
  if (row.status === 'requested') return row.decision_due_at;
  if (row.status === 'shipped' && row.shipped_at) return autoReceiveAt(row.shipped_at);
  if (row.status === 'received') return row.evaluation_due_at;
  return null;
}

function toSummary(row: repo.SampleRow) {
  return {
    id: row.id,
    status: row.status as SampleStatus,
    product: { id: row.product_id, name: row.product_name, producerName: row.producer_name },
    streamer: { userId: row.streamer_id, displayName: row.streamer_name },
    quantity: row.quantity,
    requestedAt: row.created_at,
    dueAt: dueAtOf(row),
  };
}

export async function getSample(deps: CatalogDeps, viewer: CatalogViewer, id: string): Promise<Sample> {
  const { db, regions } = deps;
  const { row, relation } = await visibleSample(db, viewer, id);
  const [product, history, photos, record] = await Promise.all([
    findProduct(db, row.product_id),
    historyOf(db, MACHINE, id),
    filesOf(db, 'sample', [id]),
    relation === 'producer' ? streamerRecord(db, row.streamer_id) : Promise.resolve(null),
  ]);
  const status = row.status as SampleStatus;
  return {
    ...toSummary(row),
    productDetail: product ? toProductSummary(product, regions) : null,
    message: row.message,
    plannedSessionOn: row.planned_session_on,
    shipTo: row.ship_to,
    streamerRecord: record ? { creditScore: record.credit.score, followThrough: record.followThrough, openRequests: record.openSamples } : null,
    declineReason: row.decline_reason,
    carrier: row.carrier,
    trackingNo: row.tracking_no,
    shippedAt: row.shipped_at,
    receivedAt: row.received_at,
    receivedAutomatically: row.received_automatically === 1,
    evaluation:
      row.evaluated_at && row.rating_quality !== null
        ? { ratings: { quality: row.rating_quality, taste: row.rating_taste!, packaging: row.rating_packaging!, match: row.rating_match! }, text: row.evaluation_text, photos: photos.map(toFileRef), at: row.evaluated_at }
        : null,
    cancelReason: row.cancel_reason,
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: h.actor_name, note: h.note, at: h.at })),
    viewerIs: relation,
    actions: sampleMachine.available(status, ASKED, [relation]),
    blockedActions: sampleMachine.blocked(status, ASKED, [relation]),
  };
}

/**
 * A streamer asks for a sample of a pool product their plan admits: at most one open request per
 * product, and no more open requests than their credit score allows (SPEC §2.2).
 */
export async function requestSample(deps: CatalogDeps, viewer: CatalogViewer, body: SampleRequestBody): Promise<Sample> {
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await repo.lockStreamer(trx, viewer.userId);
    const product = await findProduct(trx, body.productId);
    if (!product || !product.in_pool) throw new DomainError('PRODUCT_NOT_FOUND');
    if (!(await planAllows(trx, product.id, viewer.userId, shanghaiDate()))) throw new DomainError('FORBIDDEN', '该商品为定向或独家分销，您不在可申样的主播之列');
    if (await repo.openForProduct(trx, viewer.userId, product.id)) throw new DomainError('CONFLICT', '您对该商品已有一份进行中的样品申请');
    const record = await streamerRecord(trx, viewer.userId);
    if (record.openSamples >= record.sampleQuota) {
      throw new DomainError('CONFLICT', record.sampleQuota === 0 ? `信用分 ${record.credit.score} 分，暂不能申请样品（60 分以上可申请）` : `信用分 ${record.credit.score} 分，最多同时申请 ${record.sampleQuota} 份样品，请先完成进行中的申请`);
    }
    const now = nowIso();
    await repo.insertSample(trx, {
      id,
      product_id: product.id,
      streamer_id: viewer.userId,
      status: sampleMachine.initial,
      quantity: body.quantity,
      message: body.message || null,
      planned_session_on: body.plannedSessionOn ?? null,
      ship_to: body.shipTo,
      decision_due_at: decisionDueAt(now),
      decided_at: null,
      decided_by: null,
      decline_reason: null,
      carrier: null,
      tracking_no: null,
      shipped_at: null,
      received_at: null,
      received_automatically: 0,
      evaluation_due_at: null,
      rating_quality: null,
      rating_taste: null,
      rating_packaging: null,
      rating_match: null,
      evaluation_text: null,
      evaluated_at: null,
      cancel_reason: null,
      cancelled_by: null,
      closed_at: null,
      created_at: now,
      updated_at: now,
    });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: null, to: 'requested', event: 'request', actorId: viewer.userId, note: body.message ?? null });
    await recordAudit(trx, actorFor(viewer, product.unit_path), { action: 'matching.sample.request', entityType: 'sample_request', entityId: id, after: { productId: product.id, quantity: body.quantity } });
    if (product.owner_user_id) {
      await notify(trx, product.owner_user_id, { kind: 'matching.sample.requested', title: '新的样品申请', body: `主播申请「${product.name}」样品 ${body.quantity} 份，请在 3 天内处理。`, link: `/matching/sample-requests/${id}` });
    }
  });
  return getSample(deps, viewer, id);
}

const STEP_TEXT: Record<string, string> = { approve: '已同意', decline: '已拒绝', ship: '已寄出', receive: '已签收', evaluate: '已评价', cancel: '已取消', expire: '超时未处理，已关闭', overdue: '逾期未评价' };

/** Applies one step (by a party, or by the sweep as "system") inside the caller's transaction. */
export async function applySampleStep(trx: Kysely<DB>, deps: CatalogDeps, row: repo.SampleRow, event: string, roles: string[], actor: { userId: string | null; viewer: CatalogViewer | null }, body: Partial<SampleTransitionBody> = {}) {
  const complete = Boolean(body.ratings && (body.text?.trim().length ?? 0) >= 5);
  const facts: SampleFacts = { reason: body.reason ?? null, carrier: body.carrier ?? null, trackingNo: body.trackingNo ?? null, evaluationComplete: complete };
  const to = sampleMachine.apply(row.status as SampleStatus, event, facts, roles);
  const now = nowIso();
  const set: Record<string, unknown> = { status: to, updated_at: now };
  if (event === 'approve' || event === 'decline') Object.assign(set, { decided_at: now, decided_by: actor.userId, decline_reason: event === 'decline' ? body.reason : null });
  if (event === 'ship') Object.assign(set, { carrier: body.carrier, tracking_no: body.trackingNo, shipped_at: now });
  if (event === 'receive') Object.assign(set, { received_at: now, received_automatically: actor.userId ? 0 : 1, evaluation_due_at: evaluationDueAt(now) });
  if (event === 'evaluate') {
    const r = body.ratings!;
    Object.assign(set, { rating_quality: r.quality, rating_taste: r.taste, rating_packaging: r.packaging, rating_match: r.match, evaluation_text: body.text, evaluated_at: now });
    await attachFiles(trx, { ids: body.photoIds ?? [], purposes: ['sample_photo'], entityType: 'sample', entityId: row.id, userId: actor.userId!, detachOthers: true });
  }
  if (event === 'cancel') Object.assign(set, { cancel_reason: body.reason, cancelled_by: actor.userId });
  if (sampleMachine.isTerminal(to)) set.closed_at = now;
  await repo.updateSample(trx, row.id, set);
  const note = body.reason ?? (event === 'ship' ? `${body.carrier} ${body.trackingNo}` : event === 'evaluate' ? body.text : null) ?? null;
  await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: row.status, to, event, actorId: actor.userId, note });
  const auditActor = actor.viewer ? actorFor(actor.viewer, row.unit_path) : { userId: null, unitId: null, ip: null };
  await recordAudit(trx, auditActor, { action: `matching.sample.${event}`, entityType: 'sample_request', entityId: row.id, before: { status: row.status }, after: { status: to, reason: body.reason ?? null } });
  // Evaluations feed the product's quality score (SPEC §2.1).
  if (event === 'evaluate') await refreshProduct(trx, deps.regions, row.product_id);
  const text = `「${row.product_name}」样品${STEP_TEXT[event] ?? ''}${body.reason ? `：${body.reason}` : ''}`;
  const toStreamer = ['approve', 'decline', 'ship', 'expire', 'overdue'].includes(event) || (event === 'cancel' && actor.userId !== row.streamer_id);
  if (toStreamer) await notify(trx, row.streamer_id, { kind: `matching.sample.${event}`, title: text, body: text, link: `/matching/samples/${row.id}` });
  const toProducer = ['receive', 'evaluate', 'expire'].includes(event) || (event === 'cancel' && actor.userId === row.streamer_id);
  if (toProducer && row.owner_user_id) await notify(trx, row.owner_user_id, { kind: `matching.sample.${event}`, title: text, body: `${row.streamer_name}：${text}`, link: `/matching/sample-requests/${row.id}` });
  return to;
}

export async function transitionSample(deps: CatalogDeps, viewer: CatalogViewer, id: string, body: SampleTransitionBody): Promise<Sample> {
  await deps.db.transaction().execute(async (trx) => {
    const { row, relation } = await visibleSample(trx, viewer, id);
    await applySampleStep(trx, deps, row, body.event, [relation], { userId: viewer.userId, viewer }, body);
  });
  return getSample(deps, viewer, id);
}

export async function listSamples(db: Kysely<DB>, owner: repo.SampleOwner, f: { status?: SampleStatus; page: number; pageSize: number }) {
  const page = await repo.pageOfSamples(db, owner, f);
  return { items: page.items.map(toSummary), total: page.total };
}

/** A sample's photos are readable by whoever may read the request. */
export async function canReadSampleFile(db: Kysely<DB>, viewer: CatalogViewer, sampleId: string): Promise<boolean> {
  const row = await repo.findSample(db, sampleId);
  return Boolean(row && relationOf(viewer, row));
}
