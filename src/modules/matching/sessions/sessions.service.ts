import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { inTransaction } from '../../../core/db/transaction.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { actorFor, isStaffFor, type CatalogViewer } from '../../catalog/access.js';
import type { CatalogDeps } from '../../catalog/producers/producers.service.js';
import { findProduct } from '../../catalog/products/products.repo.js';
import { refreshProduct } from '../../catalog/products/standing.service.js';
import { currentChecker } from '../../compliance/lexicon/lexicon.service.js';
import { findProfile } from '../profiles/profiles.repo.js';
import { isReportOverdue, overlaps, priceMarks, reportDueAt, sessionMachine, type SessionFacts, type SessionStatus } from '../rules/session.machine.js';
import * as repo from './sessions.repo.js';
import type { Session, SessionInput } from './sessions.schema.js';

const MACHINE = sessionMachine.name;
type Relation = Session['viewerIs'];

function relationOf(viewer: CatalogViewer, row: repo.SessionRow): Relation | null {
  if (row.streamer_id === viewer.userId) return 'streamer';
  if (isStaffFor(viewer, row.unit_path)) return 'staff';
  return null;
}

async function visible(db: Kysely<DB>, viewer: CatalogViewer, id: string) {
  const row = await repo.findSession(db, id);
  const relation = row && relationOf(viewer, row);
  if (!row || !relation) throw new DomainError('NOT_FOUND', '直播场次不存在或无权查看');
  return { row, relation };
}

function toSummary(row: repo.SessionRow, now: string) {
  const status = row.status as SessionStatus;
  return {
    id: row.id,
    status,
    streamer: { userId: row.streamer_id, displayName: row.streamer_name },
    platform: row.platform as Session['platform'],
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    partyDemo: row.party_demo === 1,
    scriptMustFix: row.script_must_fix,
    reportDueAt: row.report_due_at,
    reportOverdue: isReportOverdue({ status, reportDueAt: row.report_due_at }, now),
  };
}

async function factsOf(db: Kysely<DB>, row: repo.SessionRow, reason: string | null): Promise<SessionFacts> {
  const [products, profile] = await Promise.all([repo.productsOf(db, row.id), findProfile(db, row.streamer_id)]);
  const coops = await repo.cooperationsFor(db, row.streamer_id, products.map((p) => p.cooperation_id));
  const day = shanghaiDate(Date.parse(row.starts_at));
  const live = products.map((p) => coops.find((c) => c.id === p.cooperation_id && (c.status === 'accepted' || c.status === 'active')));
  const covered = live.every(Boolean);
  const inside = live.every((c) => !c || (c.window_from <= day && day <= c.window_to));
  return {
    productCount: products.length,
    scriptMustFix: row.script_must_fix,
    overridden: row.override_at !== null,
    cooperationsCover: covered,
    insideWindows: inside,
    partyDemo: row.party_demo === 1,
    partyConfirmed: Boolean(profile?.party_member === 1 && profile.party_confirmed_at),
    startsInFuture: row.starts_at > nowIso(),
    reportComplete: products.length > 0 && products.every((p) => p.units_sold !== null),
    reason,
  };
}

async function clashesOf(db: Kysely<DB>, row: repo.SessionRow, productIds: readonly string[]) {
  const others = await repo.activeSessionsSelling(db, productIds, row.id);
  return others.filter((o) => overlaps({ startsAt: row.starts_at, endsAt: row.ends_at }, { startsAt: o.starts_at, endsAt: o.ends_at }));
}

export async function getSession(db: Kysely<DB>, viewer: CatalogViewer, id: string): Promise<Session> {
  const { row, relation } = await visible(db, viewer, id);
  const now = nowIso();
  const [products, history, facts, { version, checker }] = await Promise.all([repo.productsOf(db, id), historyOf(db, MACHINE, id), factsOf(db, row, 'asked-for-in-the-dialog'), currentChecker(db)]);
  const findings = checker.check(row.script);
  const mustFix = findings.filter((f) => f.severity === 'must_fix').length;
  const clashes = ['draft', 'scheduled', 'live'].includes(row.status) ? await clashesOf(db, row, products.map((p) => p.product_id)) : [];
  const roles = relation === 'streamer' ? ['streamer'] : ['staff'];
  return {
    ...toSummary(row, now),
    roomUrl: row.room_url,
    script: row.script,
    scriptCheck: { lexiconVersion: version, mustFix, caution: findings.length - mustFix, findings },
    override: row.override_reason && row.override_at ? { reason: row.override_reason, byName: row.override_by_name, at: row.override_at } : null,
    products: products.map((p) => ({
      productId: p.product_id,
      productName: p.product_name,
      cooperationId: p.cooperation_id,
      livePriceFen: p.live_price_fen,
      stock: p.stock,
      supplyPriceFen: p.supply_price_fen,
      retailPriceFen: p.retail_price_fen,
      marks: priceMarks(p.live_price_fen, p.supply_price_fen, p.retail_price_fen),
      report: p.units_sold === null ? null : { unitsSold: p.units_sold, gmvFen: p.gmv_fen ?? 0, unitsRefunded: p.units_refunded ?? 0, complaints: p.complaints ?? 0 },
    })),
    clashes: clashes.map((c) => ({ sessionId: c.session_id, productId: c.product_id, productName: c.product_name, streamerName: c.streamer_name, startsAt: c.starts_at, endsAt: c.ends_at })),
    cancelReason: row.cancel_reason,
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: h.actor_name, note: h.note, at: h.at })),
    viewerIs: relation,
    actions: sessionMachine.available(row.status as SessionStatus, facts, roles),
    blockedActions: sessionMachine.blocked(row.status as SessionStatus, facts, roles),
    canOverride: relation === 'staff' && row.status === 'draft' && row.script_must_fix > 0 && !row.override_at,
  };
}

/** Creates or updates a draft: the products come from the streamer's cooperations; the script is checked as saved. */
export async function saveSession(db: Kysely<DB>, viewer: CatalogViewer, id: string | null, input: SessionInput): Promise<Session> {
  const sessionId = id ?? newId();
  await db.transaction().execute(async (trx) => {
    const existing = id ? await visible(trx, viewer, id) : null;
    if (existing && (existing.relation !== 'streamer' || existing.row.status !== 'draft')) throw new DomainError('NOT_EDITABLE', '只有主播本人可以修改草稿状态的场次（已排期的请先撤回）');
    const ids = input.products.map((p) => p.cooperationId);
    if (new Set(ids).size !== ids.length) throw new DomainError('VALIDATION_FAILED', '同一合作只能添加一次', [{ field: 'products', message: '同一合作只能添加一次' }]);
    const coops = await repo.cooperationsFor(trx, viewer.userId, ids);
    const missing = ids.filter((c) => !coops.some((x) => x.id === c));
    if (missing.length) throw new DomainError('VALIDATION_FAILED', '所选合作不存在或不属于您', [{ field: 'products', message: '所选合作不存在或不属于您' }]);
    const { version, checker } = await currentChecker(trx);
    const findings = checker.check(input.script);
    const mustFix = findings.filter((f) => f.severity === 'must_fix').length;
    const now = nowIso();
    const scriptChanged = !existing || existing.row.script !== input.script;
    const row = {
      streamer_id: viewer.userId,
      platform: input.platform,
      title: input.title,
      starts_at: new Date(input.startsAt).toISOString(),
      ends_at: new Date(input.endsAt).toISOString(),
      room_url: input.roomUrl ?? null,
      script: input.script,
      script_lexicon_version: version,
      script_must_fix: mustFix,
      script_caution: findings.length - mustFix,
      party_demo: input.partyDemo ? 1 : 0,
      updated_at: now,
      // A changed script needs a fresh decision by staff.
      ...(scriptChanged ? { override_reason: null, override_by: null, override_at: null } : {}),
    };
    if (existing) await repo.updateSession(trx, sessionId, row);
    else {
      await repo.insertSession(trx, { id: sessionId, ...row, override_reason: null, override_by: null, override_at: null, status: sessionMachine.initial, started_at: null, ended_at: null, report_due_at: null, report_reminded_at: null, reported_at: null, cancel_reason: null, created_at: now });
      await recordTransition(trx, { machine: MACHINE, entityId: sessionId, from: null, to: 'draft', event: 'create', actorId: viewer.userId });
    }
    await repo.replaceProducts(trx, sessionId, input.products.map((p) => ({ session_id: sessionId, product_id: coops.find((c) => c.id === p.cooperationId)!.product_id, cooperation_id: p.cooperationId, live_price_fen: p.livePriceFen, stock: p.stock, units_sold: null, gmv_fen: null, units_refunded: null, complaints: null })));
    await recordAudit(trx, { ...viewer.actor, unitId: null }, { action: existing ? 'matching.session.update' : 'matching.session.create', entityType: 'live_session', entityId: sessionId, after: { title: input.title, products: input.products.length, scriptMustFix: mustFix } });
  });
  return getSession(db, viewer, sessionId);
}

export async function transitionSession(db: Kysely<DB>, viewer: CatalogViewer, id: string, event: string, reason: string | null): Promise<Session> {
  await db.transaction().execute(async (trx) => {
    const { row, relation } = await visible(trx, viewer, id);
    const to = sessionMachine.apply(row.status as SessionStatus, event, await factsOf(trx, row, reason), [relation]);
    const now = nowIso();
    const set: Record<string, unknown> = { status: to, updated_at: now };
    if (event === 'go_live') set.started_at = now;
    if (event === 'end') Object.assign(set, { ended_at: now, report_due_at: reportDueAt(now) });
    if (event === 'cancel') set.cancel_reason = reason;
    await repo.updateSession(trx, id, set);
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: row.status, to, event, actorId: viewer.userId, note: reason });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: `matching.session.${event}`, entityType: 'live_session', entityId: id, before: { status: row.status }, after: { status: to, reason } });
    if (event === 'schedule') await notifyClashes(trx, row);
    if (event === 'cancel' && relation === 'staff') await notify(trx, row.streamer_id, { kind: 'matching.session.cancel', title: '直播场次已被取消', body: `「${row.title}」已被基地取消：${reason}`, link: `/matching/sessions/${id}` });
  });
  return getSession(db, viewer, id);
}

/** Schedule clashes (same product, overlapping windows) go to the producer and both streamers. */
async function notifyClashes(trx: Kysely<DB>, row: repo.SessionRow) {
  const products = await repo.productsOf(trx, row.id);
  for (const c of await clashesOf(trx, row, products.map((p) => p.product_id))) {
    const product = await findProduct(trx, c.product_id);
    const text = `「${c.product_name}」在 ${row.streamer_name} 与 ${c.streamer_name} 的直播时间重叠`;
    const link = `/matching/price-board/${c.product_id}`;
    const to = [product?.owner_user_id, row.streamer_id, c.streamer_id].filter((u): u is string => Boolean(u));
    await notify(trx, [...new Set(to)], { kind: 'matching.session.clash', title: '直播档期冲突', body: text, link });
  }
}

/** Base staff over the streamer let a script with must-fix findings through, giving their reason. */
export async function overrideScript(db: Kysely<DB>, viewer: CatalogViewer, id: string, reason: string): Promise<Session> {
  await db.transaction().execute(async (trx) => {
    const { row, relation } = await visible(trx, viewer, id);
    if (relation !== 'staff') throw new DomainError('FORBIDDEN', '只有主播所在单位的基地工作人员可以放行');
    if (row.status !== 'draft' || row.script_must_fix === 0) throw new DomainError('INVALID_TRANSITION', '只有含必须修改项的草稿需要放行');
    const now = nowIso();
    await repo.updateSession(trx, id, { override_reason: reason, override_by: viewer.userId, override_at: now, updated_at: now });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: row.status, to: row.status, event: 'override', actorId: viewer.userId, note: reason });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: 'matching.session.override', entityType: 'live_session', entityId: id, after: { reason, mustFix: row.script_must_fix } });
    await notify(trx, row.streamer_id, { kind: 'matching.session.override', title: '话术已由基地放行', body: `「${row.title}」的话术已放行：${reason}`, link: `/matching/sessions/${id}` });
  });
  return getSession(db, viewer, id);
}

/** The sales report (units, GMV, refunds, complaints per product); it feeds quality and credit. */
export async function reportSession(deps: CatalogDeps, viewer: CatalogViewer, id: string, products: { productId: string; unitsSold: number; gmvFen: number; unitsRefunded: number; complaints: number }[]): Promise<Session> {
  await deps.db.transaction().execute(async (trx) => {
    const { row, relation } = await visible(trx, viewer, id);
    if (relation !== 'streamer' || row.status !== 'ended') throw new DomainError('INVALID_TRANSITION', '只有主播本人可以为已结束的场次提交战报');
    const listed = await repo.productsOf(trx, id);
    for (const p of products) {
      if (!listed.some((l) => l.product_id === p.productId)) throw new DomainError('VALIDATION_FAILED', '战报中的商品不在本场次', [{ field: 'products', message: '战报中的商品不在本场次' }]);
      if (p.unitsRefunded > p.unitsSold) throw new DomainError('VALIDATION_FAILED', '退款件数不能多于销量', [{ field: 'products', message: '退款件数不能多于销量' }]);
      await repo.saveReport(trx, id, p.productId, p);
    }
    const fresh = (await repo.findSession(trx, id))!;
    const to = sessionMachine.apply('ended', 'report', await factsOf(trx, fresh, null), ['streamer']);
    const now = nowIso();
    await repo.updateSession(trx, id, { status: to, reported_at: now, updated_at: now });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: 'ended', to, event: 'report', actorId: viewer.userId, note: `${products.reduce((a, p) => a + p.unitsSold, 0)} 件` });
    await recordAudit(trx, { ...viewer.actor, unitId: null }, { action: 'matching.session.report', entityType: 'live_session', entityId: id, after: { products } });
    // Sales reports feed each product's quality score (after-sale part).
    for (const p of listed) await refreshProduct(trx, deps.regions, p.product_id);
  });
  return getSession(deps.db, viewer, id);
}

export async function listSessions(db: Kysely<DB>, who: { streamerId: string } | { unitPaths: readonly string[] }, f: { status?: SessionStatus; page: number; pageSize: number }) {
  const page = await repo.pageOfSessions(db, who, f);
  const now = nowIso();
  return { items: page.items.map((r) => toSummary(r, now)), total: page.total };
}

/** Reminds streamers once of an overdue sales report (idempotent: the reminder is recorded). */
export async function remindOverdueReports(db: Kysely<DB>, now = nowIso()): Promise<number> {
  const due = await repo.overdueUnreminded(db, now);
  for (const s of due) {
    const run = async (trx: Kysely<DB>) => {
      await repo.updateSession(trx, s.id, { report_reminded_at: now });
      await notify(trx, s.streamer_id, { kind: 'matching.session.report_overdue', title: '战报已逾期', body: `「${s.title}」结束已超过 3 天，请尽快提交战报。`, link: `/matching/sessions/${s.id}` });
    };
    await inTransaction(db, run);
  }
  return due.length;
}
