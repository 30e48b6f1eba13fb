import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition, recordTransitions } from '../../../core/fsm/workflow-events.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { actorFor, canManage, isStaffFor, type CatalogViewer } from '../access.js';
import type { ProductsTable } from '../catalog.tables.js';
import { categoryTree } from '../categories.js';
import { attachFiles, fileReadRuleFor, findFiles, toFileRef } from '../files/files.service.js';
import { assertRegion, managedProducer, staffOver, type CatalogDeps } from '../producers/producers.service.js';
import { productVerificationMachine, type ProductFacts, type ProductStatus } from '../rules/product-verification.machine.js';
import type { VerificationMethod } from '../rules/quality-score.js';
import { monthsToMask } from '../rules/season.js';
import { regionNameOf, toBatchViews, toProductSummary } from './product-view.js';
import * as repo from './products.repo.js';
import type { ProductRow } from './products.repo.js';
import type { Product, ProductInput } from './products.schema.js';
import { draftStanding, refreshProduct, searchBodyOf, searchIndexFor, toEvidenceFact } from './standing.service.js';
import { planFor } from '../search/search.service.js';
import { poolStanding } from '../rules/evidence-rules.js';

const MACHINE = productVerificationMachine.name;
/** Stands for input the dialog behind a button collects (a reason, a method) when listing actions. */
const ASKED_FOR = 'asked-for-in-the-dialog';
const TRACE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 10 characters, 50 random bits, no 0/O/1/I: readable from a label, not guessable. */
export function newTraceCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const b of bytes) code += TRACE_ALPHABET[b & 31];
  return code;
}

const manages = (viewer: CatalogViewer, row: ProductRow) => canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path });

/** A product the viewer may read: one they manage, or one in the selection pool. */
async function visibleProduct(db: Kysely<DB>, viewer: CatalogViewer, id: string): Promise<ProductRow> {
  const row = await repo.findProduct(db, id);
  if (!row || !(row.in_pool || manages(viewer, row))) throw new DomainError('PRODUCT_NOT_FOUND');
  return row;
}

async function managedProduct(db: Kysely<DB>, viewer: CatalogViewer, id: string): Promise<ProductRow> {
  const row = await repo.findProduct(db, id);
  if (!row || !manages(viewer, row)) throw new DomainError('PRODUCT_NOT_FOUND');
  return row;
}

function rolesFor(viewer: CatalogViewer, row: ProductRow): string[] {
  const roles: string[] = isStaffFor(viewer, row.unit_path) ? [...viewer.roles] : [];
  if (row.owner_user_id === viewer.userId) roles.push('producer');
  return roles;
}

async function factsOf(db: Kysely<DB>, row: ProductRow, reason: string | null, methods: readonly string[]): Promise<ProductFacts> {
  const tree = await categoryTree(db);
  const [batches, evidence] = await Promise.all([repo.batchesOf(db, row.id), repo.evidenceOf(db, row.id)]);
  const standing = poolStanding({
    verified: true,
    edible: Boolean(tree.byId.get(row.category_id)?.edible ?? 1),
    today: shanghaiDate(),
    batches: batches.map((b) => ({ id: b.id, evidence: evidence.filter((e) => e.batch_id === b.id).map(toEvidenceFact) })),
  });
  return { producerApproved: row.producer_status === 'approved', hasValidBatch: standing.validBatchIds.length > 0, methodCount: methods.length, reason };
}

export async function getProduct(deps: CatalogDeps, viewer: CatalogViewer, id: string): Promise<Product> {
  const { db, regions } = deps;
  const row = await visibleProduct(db, viewer, id);
  const managed = manages(viewer, row);
  const [tree, batches, evidence, images, history] = await Promise.all([
    categoryTree(db),
    repo.batchesOf(db, id),
    repo.evidenceOf(db, id),
    findFiles(db, JSON.parse(row.image_ids_json) as string[]),
    managed ? historyOf(db, MACHINE, id) : Promise.resolve([]),
  ]);
  const evidenceFiles = await findFiles(db, evidence.map((e) => e.file_id).filter((x): x is string => Boolean(x)));
  const edible = Boolean(tree.byId.get(row.category_id)?.edible ?? 1);
  const imageIds = JSON.parse(row.image_ids_json) as string[];
  // Buttons: assume the reason and methods the user will be asked for; the record's own facts decide.
  const facts = managed ? await factsOf(db, row, ASKED_FOR, [ASKED_FOR]) : null;
  return {
    ...toProductSummary(row, regions),
    unitId: row.unit_id,
    grade: row.grade,
    packaging: row.packaging,
    shelfLifeDays: row.shelf_life_days,
    shippingExcludes: row.shipping_excludes,
    capacityPerDay: row.capacity_per_day,
    capacitySeason: row.capacity_season,
    preorderFrom: row.preorder_from,
    preorderTo: row.preorder_to,
    images: imageIds.map((fid) => images.find((f) => f.id === fid)).filter((f) => f !== undefined).map(toFileRef),
    statusNote: row.status_note,
    verificationMethods: JSON.parse(row.verification_methods_json) as VerificationMethod[],
    quality: JSON.parse(row.quality_json),
    batches: toBatchViews(batches, evidence, evidenceFiles, edible, shanghaiDate()),
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: h.actor_name, note: h.note, at: h.at })),
    canEdit: managed,
    actions: facts ? productVerificationMachine.available(row.status as ProductStatus, facts, rolesFor(viewer, row)) : [],
    blockedActions: facts ? productVerificationMachine.blocked(row.status as ProductStatus, facts, rolesFor(viewer, row)) : [],
    createdAt: row.created_at,
  };
}

async function assertCategory(db: Kysely<DB>, id: string): Promise<void> {
  const tree = await categoryTree(db);
  if (!tree.byId.has(id)) throw new DomainError('CATEGORY_NOT_FOUND', `商品类目 ${id} 不存在`);
  if (tree.list.some((c) => c.parent_id === id)) throw new DomainError('CATEGORY_NOT_LEAF', `「${tree.byId.get(id)!.name}」下还有细分类目，请选择细分类目`);
}

export function productColumns(input: ProductInput): Omit<ProductsTable, 'id' | 'producer_id' | 'unit_id' | 'status' | 'status_note' | 'verification_methods_json' | 'in_pool' | 'pool_valid_until' | 'evidence_mask' | 'quality_score' | 'quality_json' | 'search_text' | 'verified_at' | 'verified_by' | 'created_by' | 'created_at' | 'updated_at'> {
  const tags = [...new Set(input.tags ?? [])];
  return {
    name: input.name,
    category_id: input.categoryId,
    origin_region_code: input.originRegionCode,
    spec_weight: input.specWeight,
    grade: input.grade ?? null,
    packaging: input.packaging ?? null,
    shelf_life_days: input.shelfLifeDays,
    storage: input.storage,
    free_shipping: input.freeShipping ? 1 : 0,
    shipping_excludes: input.shippingExcludes ?? null,
    cold_chain: input.coldChain ? 1 : 0,
    selling_points: input.sellingPoints,
    supply_price_fen: input.supplyPriceFen,
    retail_price_fen: input.retailPriceFen,
    commission_bp: input.commissionBp,
    capacity_per_day: input.capacityPerDay,
    capacity_season: input.capacitySeason,
    season_mask: monthsToMask(input.seasonMonths),
    preorder_from: input.preorderFrom ?? null,
    preorder_to: input.preorderTo ?? null,
    tags_json: JSON.stringify(tags),
    image_ids_json: JSON.stringify([...new Set(input.imageIds ?? [])]),
  };
}

/** Inserts a product row and its derived state; shared by the API, the importer and the seed. */
export async function insertProductRow(trx: Kysely<DB>, deps: CatalogDeps, input: ProductInput, producer: { id: string; unit_id: string }, userId: string | null, status: ProductStatus = 'draft'): Promise<string> {
  const now = nowIso();
  const row: ProductsTable = {
    id: newId(),
    producer_id: producer.id,
    unit_id: producer.unit_id,
    ...productColumns(input),
    status,
    status_note: null,
    verification_methods_json: '[]',
    in_pool: 0,
    pool_valid_until: null,
    evidence_mask: 0,
    quality_score: 0,
    quality_json: '{"score":0,"parts":[]}',
    search_text: '',
    verified_at: null,
    verified_by: null,
    created_by: userId,
    created_at: now,
    updated_at: now,
  };
  await repo.insertProduct(trx, row);
  await repo.replaceTags(trx, row.id, JSON.parse(row.tags_json));
  await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: null, to: status, event: 'create', actorId: userId });
  await refreshProduct(trx, deps.regions, row.id);
  return row.id;
}

/**
 * Many new drafts at once (imports): the same rows `insertProductRow` writes, with the derived
 * state computed here (a draft without batches is simply out of the pool) and multi-row
 * statements, so 10,000 rows take seconds, not minutes.
 */
export async function insertDraftProducts(trx: Kysely<DB>, deps: CatalogDeps, items: readonly { input: ProductInput; producer: { id: string; unit_id: string; name: string } }[], userId: string | null): Promise<string[]> {
  const tree = await categoryTree(trx);
  const today = shanghaiDate();
  const now = nowIso();
  const rows: ProductsTable[] = [];
  const docs: { productId: string; body: string }[] = [];
  for (const { input, producer } of items) {
    const columns = productColumns(input);
    const category = tree.byId.get(columns.category_id);
    const quality = draftStanding(Boolean(category?.edible ?? 1), today);
    const body = searchBodyOf(columns, producer.name, category?.name, regionNameOf(deps.regions, columns.origin_region_code));
    const id = newId();
    rows.push({
      id, producer_id: producer.id, unit_id: producer.unit_id, ...columns, status: 'draft', status_note: null, verification_methods_json: '[]',
      in_pool: 0, pool_valid_until: null, evidence_mask: 0, quality_score: quality.score, quality_json: JSON.stringify(quality), search_text: body,
      verified_at: null, verified_by: null, created_by: userId, created_at: now, updated_at: now,
    });
    docs.push({ productId: id, body });
  }
  for (let i = 0; i < rows.length; i += 200) await trx.insertInto('products').values(rows.slice(i, i + 200)).execute();
  const tags = rows.flatMap((r) => (JSON.parse(r.tags_json) as string[]).map((tag) => ({ product_id: r.id, tag })));
  for (let i = 0; i < tags.length; i += 500) await trx.insertInto('product_tags').values(tags.slice(i, i + 500)).execute();
  await recordTransitions(trx, rows.map((r) => ({ machine: MACHINE, entityId: r.id, from: null, to: 'draft', event: 'import', actorId: userId })));
  await searchIndexFor(trx).upsert(trx, docs);
  return rows.map((r) => r.id);
}

export async function createProduct(deps: CatalogDeps, viewer: CatalogViewer, input: ProductInput & { producerId: string }): Promise<Product> {
  const { db, regions } = deps;
  assertRegion(regions, input.originRegionCode);
  await assertCategory(db, input.categoryId);
  const id = await db.transaction().execute(async (trx) => {
    const producer = await managedProducer(trx, viewer, input.producerId);
    const id = await insertProductRow(trx, deps, input, producer, viewer.userId);
    await attachFiles(trx, { ids: input.imageIds ?? [], purposes: ['product_image'], entityType: 'product', entityId: id, userId: viewer.userId, detachOthers: false });
    await recordAudit(trx, actorFor(viewer, producer.unit_path), { action: 'catalog.product.create', entityType: 'product', entityId: id, after: { name: input.name, producerId: producer.id } });
    return id;
  });
  return getProduct(deps, viewer, id);
}

export async function updateProduct(deps: CatalogDeps, viewer: CatalogViewer, id: string, input: ProductInput): Promise<Product> {
  const { db, regions } = deps;
  assertRegion(regions, input.originRegionCode);
  await assertCategory(db, input.categoryId);
  await db.transaction().execute(async (trx) => {
    const row = await managedProduct(trx, viewer, id);
    if (row.status === 'submitted' && !isStaffFor(viewer, row.unit_path)) throw new DomainError('NOT_EDITABLE', '商品正在核验中，请先撤回再修改');
    const set = { ...productColumns(input), updated_at: nowIso() };
    await repo.updateProduct(trx, id, set);
    await repo.replaceTags(trx, id, JSON.parse(set.tags_json));
    await attachFiles(trx, { ids: input.imageIds ?? [], purposes: ['product_image'], entityType: 'product', entityId: id, userId: viewer.userId, detachOthers: true });
    await recordAudit(trx, actorFor(viewer, row.unit_path), {
      action: 'catalog.product.update',
      entityType: 'product',
      entityId: id,
      // Every price change is on record (SPEC §2.2: the producer's supply price is protected).
      before: { name: row.name, supplyPriceFen: row.supply_price_fen, retailPriceFen: row.retail_price_fen, commissionBp: row.commission_bp },
      after: { name: input.name, supplyPriceFen: input.supplyPriceFen, retailPriceFen: input.retailPriceFen, commissionBp: input.commissionBp },
    });
    await refreshProduct(trx, regions, id);
  });
  return getProduct(deps, viewer, id);
}

type ProductEvent = 'submit' | 'withdraw' | 'verify' | 'reject' | 'suspend' | 'reinstate';

export async function transitionProduct(deps: CatalogDeps, viewer: CatalogViewer, id: string, event: ProductEvent, reason: string | null, methods: VerificationMethod[]): Promise<Product> {
  const { db, regions } = deps;
  await db.transaction().execute(async (trx) => {
    const row = await managedProduct(trx, viewer, id);
    const to = productVerificationMachine.apply(row.status as ProductStatus, event, await factsOf(trx, row, reason, methods), rolesFor(viewer, row));
    const now = nowIso();
    const set: Partial<ProductsTable> = { status: to, updated_at: now };
    if (event === 'verify') Object.assign(set, { verified_at: now, verified_by: viewer.userId, verification_methods_json: JSON.stringify([...new Set(methods)]), status_note: null });
    if (event === 'reinstate') Object.assign(set, { verified_at: now, verified_by: viewer.userId, status_note: null });
    if (event === 'reject' || event === 'suspend') set.status_note = reason;
    if (event === 'submit') set.status_note = null;
    await repo.updateProduct(trx, id, set);
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: row.status, to, event, actorId: viewer.userId, note: reason ?? (methods.length ? methods.join(',') : null) });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: `catalog.product.${event}`, entityType: 'product', entityId: id, before: { status: row.status }, after: { status: to, reason, methods } });
    await refreshProduct(trx, regions, id);
    await notifyProductStep(trx, row, event, reason);
  });
  return getProduct(deps, viewer, id);
}

const EVENT_TEXT: Partial<Record<ProductEvent, string>> = { verify: '已通过核验，进入选品池', reject: '核验未通过', suspend: '已被暂停', reinstate: '已恢复' };

async function notifyProductStep(trx: Kysely<DB>, row: ProductRow, event: ProductEvent, reason: string | null) {
  if (event === 'submit') {
    await notify(trx, await staffOver(trx, row.unit_path), { kind: 'catalog.product.submitted', title: '新的商品待核验', body: `「${row.producer_name}」提交了「${row.name}」，请核验。`, link: `/catalog/product-review/${row.id}` });
    return;
  }
  const text = EVENT_TEXT[event];
  if (!text || !row.owner_user_id) return;
  await notify(trx, row.owner_user_id, { kind: `catalog.product.${event}`, title: `商品${text}`, body: `「${row.name}」${text}${reason ? `：${reason}` : ''}`, link: `/catalog/my-products/${row.id}` });
}

export async function addBatch(deps: CatalogDeps, viewer: CatalogViewer, productId: string, input: { code: string; producedOn: string; quantity: number; quantityUnit: string; note?: string | null }): Promise<Product> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await managedProduct(trx, viewer, productId);
    if (await repo.batchCodeTaken(trx, productId, input.code)) throw new DomainError('BATCH_CODE_TAKEN', `批次号 ${input.code} 已存在`);
    const id = newId();
    await repo.insertBatch(trx, { id, product_id: productId, code: input.code, trace_code: newTraceCode(), produced_on: input.producedOn, quantity: input.quantity, quantity_unit: input.quantityUnit, note: input.note ?? null, created_by: viewer.userId, created_at: nowIso() });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: 'catalog.batch.create', entityType: 'batch', entityId: id, after: { productId, ...input } });
    await refreshProduct(trx, deps.regions, productId);
  });
  return getProduct(deps, viewer, productId);
}

export interface EvidenceInput {
  kind: 'compliance_certificate' | 'inspection_report' | 'certification';
  title: string;
  issuer: string;
  number?: string | null;
  issuedOn: string;
  validUntil?: string | null;
  items?: string | null;
  result: 'pass' | 'fail';
  fileId?: string | null;
}

export async function addEvidence(deps: CatalogDeps, viewer: CatalogViewer, batchId: string, input: EvidenceInput): Promise<Product> {
  const { db, regions } = deps;
  const productId = await db.transaction().execute(async (trx) => {
    const batch = await repo.findBatch(trx, batchId);
    if (!batch) throw new DomainError('BATCH_NOT_FOUND');
    const row = await repo.findProduct(trx, batch.product_id);
    if (!row || !manages(viewer, row)) throw new DomainError('BATCH_NOT_FOUND');
    const id = newId();
    if (input.fileId) await attachFiles(trx, { ids: [input.fileId], purposes: ['evidence'], entityType: 'evidence', entityId: id, userId: viewer.userId, detachOthers: false });
    await repo.insertEvidence(trx, {
      id,
      batch_id: batchId,
      product_id: row.id,
      kind: input.kind,
      title: input.title,
      issuer: input.issuer,
      number: input.number ?? null,
      issued_on: input.issuedOn,
      valid_until: input.validUntil ?? null,
      items: input.items ?? null,
      result: input.result,
      file_id: input.fileId ?? null,
      created_by: viewer.userId,
      created_at: nowIso(),
    });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: 'catalog.evidence.create', entityType: 'evidence', entityId: id, after: { batchId, ...input } });
    await refreshProduct(trx, regions, row.id);
    return row.id;
  });
  return getProduct(deps, viewer, productId);
}

/** Files a viewer may open: attached to a record they may read. */
export async function canSeeFile(db: Kysely<DB>, viewer: CatalogViewer, file: { entity_type: string | null; entity_id: string | null; uploaded_by: string | null }): Promise<boolean> {
  if (!file.entity_type || !file.entity_id) return file.uploaded_by === viewer.userId;
  switch (file.entity_type) {
    case 'product': {
      const row = await repo.findProduct(db, file.entity_id);
      return Boolean(row && (row.in_pool || manages(viewer, row)));
    }
    case 'evidence': {
      const ev = await db.selectFrom('evidence').select('product_id').where('id', '=', file.entity_id).executeTakeFirst();
      const row = ev && (await repo.findProduct(db, ev.product_id));
      return Boolean(row && (row.in_pool || manages(viewer, row)));
    }
    case 'producer':
    case 'site_visit': {
      let producerId = file.entity_id;
      if (file.entity_type === 'site_visit') {
        const v = await db.selectFrom('producer_site_visits').select('producer_id').where('id', '=', file.entity_id).executeTakeFirst();
        if (!v) return false;
        producerId = v.producer_id;
      }
      const p = await db.selectFrom('producers').innerJoin('units', 'units.id', 'producers.unit_id').select(['producers.owner_user_id', 'units.path']).where('producers.id', '=', producerId).executeTakeFirst();
      return Boolean(p && canManage(viewer, { ownerUserId: p.owner_user_id, unitPath: p.path }));
    }
    default: {
      const rule = fileReadRuleFor(file.entity_type);
      return rule ? rule(db, viewer, file.entity_id) : false;
    }
  }
}

export interface ManageQuery {
  q?: string;
  status?: string;
  producerId?: string;
  inPool?: 'true' | 'false';
}

/** The repository filter for a viewer's management list (null: the query can match nothing). */
export async function managedFilter(db: Kysely<DB>, viewer: CatalogViewer, query: ManageQuery): Promise<repo.ProductFilter | null> {
  const plan = query.q ? await planFor(db, query.q) : null;
  if (plan && plan.terms.length === 0) return null;
  return {
    managedBy: { userId: viewer.userId, unitPaths: viewer.staffScope.pathPrefixes },
    status: query.status,
    producerId: query.producerId,
    inPool: query.inPool === undefined ? undefined : query.inPool === 'true',
    match: plan?.match,
  };
}

export async function listManagedProducts(deps: CatalogDeps, viewer: CatalogViewer, query: ManageQuery & { page: number; pageSize: number }) {
  const { db, regions } = deps;
  const filter = await managedFilter(db, viewer, query);
  if (!filter) return { items: [], total: 0 };
  const { rows, total } = await repo.pageOfProducts(db, filter, 'updated', [], query.pageSize, (query.page - 1) * query.pageSize);
  return { items: rows.map((r) => toProductSummary(r, regions)), total };
}
