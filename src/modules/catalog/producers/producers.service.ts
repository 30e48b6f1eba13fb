import type { Kysely } from 'kysely';
import { recordAudit, recordSensitiveRead } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { newId } from '../../../core/ids.js';
import { mask } from '../../../core/mask.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import type { RegionService } from '../../../core/regions/regions.service.js';
import { nowIso } from '../../../core/time.js';
import { actorFor, canManage, isStaffFor, type CatalogViewer } from '../access.js';
import type { ProducersTable } from '../catalog.tables.js';
import { attachFiles, filesOf, toFileRef } from '../files/files.service.js';
import { refreshProductsOfProducer } from '../products/standing.service.js';
import { producerApplicationMachine, type ProducerFacts, type ProducerStatus, type ProducerType } from '../rules/producer-application.machine.js';
import * as repo from './producers.repo.js';
import type { ProducerRow } from './producers.repo.js';
import type { Producer, ProducerInput, ProducerSummary } from './producers.schema.js';

export interface CatalogDeps {
  db: Kysely<DB>;
  regions: RegionService;
}

const MACHINE = producerApplicationMachine.name;

export function assertRegion(regions: RegionService, code: string): void {
  if (!regions.find(code)) throw new DomainError('REGION_INVALID', `行政区划代码 ${code} 不存在`);
}

export function toProducerSummary(row: ProducerRow, regions: RegionService, viewer: CatalogViewer | null, productCount: number): ProducerSummary {
  const full = viewer !== null && canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path });
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    type: row.type as ProducerType,
    regionCode: row.region_code,
    regionName: regions.fullName(row.region_code),
    contactName: row.contact_name,
    contactPhone: full ? row.contact_phone : (mask('phone', row.contact_phone) ?? ''),
    creditCode: row.credit_code,
    status: row.status as ProducerStatus,
    statusNote: row.status_note,
    productCount,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

/** A producer the viewer manages (owner or staff over its unit); others get "not found". */
export async function managedProducer(db: Kysely<DB>, viewer: CatalogViewer, id: string): Promise<ProducerRow> {
  const row = await repo.findProducer(db, id);
  if (!row || !canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path })) throw new DomainError('PRODUCER_NOT_FOUND');
  return row;
}

async function factsOf(db: Kysely<DB>, row: ProducerRow, reason: string | null): Promise<ProducerFacts> {
  const licences = await filesOf(db, 'producer', [row.id]);
  return { type: row.type as ProducerType, hasCreditCode: Boolean(row.credit_code), licenceFileCount: licences.length, documentsChecked: Boolean(row.documents_checked), reason };
}

export async function getProducer(deps: CatalogDeps, viewer: CatalogViewer, id: string): Promise<Producer> {
  const { db, regions } = deps;
  const row = await repo.findProducer(db, id);
  if (!row) throw new DomainError('PRODUCER_NOT_FOUND');
  const manages = canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path });
  // Approved producers are published with the pool; everything else only to those who manage it.
  if (!manages && row.status !== 'approved') throw new DomainError('PRODUCER_NOT_FOUND');
  const [count, licences, visits, history, facts] = await Promise.all([
    repo.countProducts(db, id),
    manages ? filesOf(db, 'producer', [id]) : Promise.resolve([]),
    manages ? repo.siteVisitsOf(db, id) : Promise.resolve([]),
    manages ? historyOf(db, MACHINE, id) : Promise.resolve([]),
    // Buttons: assume the reason a reject dialog asks for; the record's own facts decide the rest.
    factsOf(db, row, 'asked-for-in-the-dialog'),
  ]);
  const photos = await filesOf(db, 'site_visit', visits.map((v) => v.id));
  const roles = isStaffFor(viewer, row.unit_path) ? viewer.roles : row.owner_user_id === viewer.userId ? ['producer' as const] : [];
  return {
    ...toProducerSummary(row, regions, viewer, count),
    ownerUserId: row.owner_user_id,
    address: row.address,
    scLicenceNo: row.sc_licence_no,
    foodBusinessLicenceNo: row.food_business_licence_no,
    bankName: manages ? row.bank_name : null,
    bankAccount: manages ? mask('bankAccount', row.bank_account) : null,
    intro: row.intro,
    documentsChecked: Boolean(row.documents_checked),
    licences: licences.map(toFileRef),
    siteVisits: visits.map((v) => ({
      id: v.id,
      visitedOn: v.visited_on,
      notes: v.notes,
      visitorName: v.visitor_name,
      photos: photos.filter((p) => p.entity_id === v.id).map(toFileRef),
      createdAt: v.created_at,
    })),
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: h.actor_name, note: h.note, at: h.at })),
    actions: manages ? producerApplicationMachine.available(row.status as ProducerStatus, facts, roles) : [],
    blockedActions: manages ? producerApplicationMachine.blocked(row.status as ProducerStatus, facts, roles) : [],
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
  };
}

/** The unit a new application belongs to: given, or the viewer's only producer/staff unit. */
function unitForNew(viewer: CatalogViewer, unitId: string | undefined): string {
  const roots = [...viewer.producerScope.roots, ...viewer.staffScope.roots];
  if (unitId) {
    if (!roots.some((r) => r.unitId === unitId) && !viewer.staffScope.roots.length) throw new DomainError('OUT_OF_SCOPE');
    return unitId;
  }
  if (viewer.producerScope.roots.length === 1) return viewer.producerScope.roots[0]!.unitId;
  if (roots.length === 1) return roots[0]!.unitId;
  throw new DomainError('VALIDATION_FAILED', '您在多个单位任职，请选择生产主体所属单位（unitId）');
}

function columnsOf(input: Partial<ProducerInput>): Partial<ProducersTable> {
  const set: Partial<ProducersTable> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.type !== undefined) set.type = input.type;
  if (input.regionCode !== undefined) set.region_code = input.regionCode;
  if (input.address !== undefined) set.address = input.address ?? null;
  if (input.contactName !== undefined) set.contact_name = input.contactName;
  if (input.contactPhone !== undefined) set.contact_phone = input.contactPhone;
  if (input.creditCode !== undefined) set.credit_code = input.creditCode ?? null;
  if (input.scLicenceNo !== undefined) set.sc_licence_no = input.scLicenceNo ?? null;
  if (input.foodBusinessLicenceNo !== undefined) set.food_business_licence_no = input.foodBusinessLicenceNo ?? null;
  if (input.bankName !== undefined) set.bank_name = input.bankName ?? null;
  if (input.bankAccount !== undefined) set.bank_account = input.bankAccount ?? null;
  if (input.intro !== undefined) set.intro = input.intro ?? null;
  return set;
}

/** Audit snapshots never hold the full bank account. */
const auditView = (p: Partial<ProducersTable>) => ({ ...p, bank_account: p.bank_account ? mask('bankAccount', p.bank_account) : p.bank_account });

async function assertCreditCodeFree(db: Kysely<DB>, code: string | null | undefined, selfId: string | null) {
  if (!code) return;
  const other = await repo.findProducerByCreditCode(db, code);
  if (other && other.id !== selfId) throw new DomainError('CREDIT_CODE_TAKEN', `统一社会信用代码 ${code} 已由「${other.name}」登记`);
}

/** A new application (status draft) from validated input; shared by the API and the importer. */
export function newProducerRow(input: ProducerInput, unitId: string, ownerUserId: string | null): ProducersTable {
  const now = nowIso();
  return {
    id: newId(),
    unit_id: unitId,
    owner_user_id: ownerUserId,
    name: input.name,
    type: input.type,
    region_code: input.regionCode,
    address: null,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    credit_code: null,
    sc_licence_no: null,
    food_business_licence_no: null,
    bank_name: null,
    bank_account: null,
    intro: null,
    ...columnsOf(input),
    status: 'draft',
    status_note: null,
    documents_checked: 0,
    submitted_at: null,
    reviewed_at: null,
    reviewed_by: null,
    created_at: now,
    updated_at: now,
  };
}

export async function createProducer(deps: CatalogDeps, viewer: CatalogViewer, input: ProducerInput & { unitId?: string }): Promise<Producer> {
  const { db, regions } = deps;
  assertRegion(regions, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    const unitId = unitForNew(viewer, input.unitId);
    const unit = await trx.selectFrom('units').select(['id', 'path', 'active']).where('id', '=', unitId).executeTakeFirst();
    if (!unit || !(viewer.producerScope.covers(unit.path) || viewer.staffScope.covers(unit.path))) throw new DomainError('OUT_OF_SCOPE');
    if (!unit.active) throw new DomainError('UNIT_INACTIVE');
    await assertCreditCodeFree(trx, input.creditCode, null);
    // Staff entering a producer on its behalf leave it without an owner account.
    const row = newProducerRow(input, unitId, viewer.producerScope.covers(unit.path) ? viewer.userId : null);
    await repo.insertProducer(trx, row);
    if (input.licenceFileIds?.length) {
      await attachFiles(trx, { ids: input.licenceFileIds, purposes: ['licence'], entityType: 'producer', entityId: row.id, userId: viewer.userId, detachOthers: false });
    }
    await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: null, to: 'draft', event: 'create', actorId: viewer.userId });
    await recordAudit(trx, actorFor(viewer, unit.path), { action: 'catalog.producer.create', entityType: 'producer', entityId: row.id, after: auditView(row) });
    return row.id;
  });
  return getProducer(deps, viewer, id);
}

export async function updateProducer(deps: CatalogDeps, viewer: CatalogViewer, id: string, input: Partial<ProducerInput>): Promise<Producer> {
  const { db, regions } = deps;
  if (input.regionCode) assertRegion(regions, input.regionCode);
  await db.transaction().execute(async (trx) => {
    const row = await managedProducer(trx, viewer, id);
    // The applicant edits while the application is theirs; staff may correct at any time.
    const staff = isStaffFor(viewer, row.unit_path);
    if (!staff && !['draft', 'rejected'].includes(row.status)) throw new DomainError('NOT_EDITABLE', '申请已提交或已通过，如需修改请联系基地工作人员');
    await assertCreditCodeFree(trx, input.creditCode, id);
    const set = { ...columnsOf(input), updated_at: nowIso() };
    await repo.updateProducer(trx, id, set);
    if (input.licenceFileIds) {
      await attachFiles(trx, { ids: input.licenceFileIds, purposes: ['licence'], entityType: 'producer', entityId: id, userId: viewer.userId, detachOthers: true });
    }
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: 'catalog.producer.update', entityType: 'producer', entityId: id, before: auditView(row), after: auditView(set) });
    if (set.name && set.name !== row.name) await refreshProductsOfProducer(trx, regions, id);
  });
  return getProducer(deps, viewer, id);
}

export async function transitionProducer(deps: CatalogDeps, viewer: CatalogViewer, id: string, event: 'submit' | 'approve' | 'reject', reason: string | null): Promise<Producer> {
  const { db, regions } = deps;
  await db.transaction().execute(async (trx) => {
    const row = await managedProducer(trx, viewer, id);
    const staff = isStaffFor(viewer, row.unit_path);
    const roles = staff ? viewer.roles : ['producer'];
    const to = producerApplicationMachine.apply(row.status as ProducerStatus, event, await factsOf(trx, row, reason), roles);
    const now = nowIso();
    const set: Partial<ProducersTable> = { status: to, updated_at: now };
    if (event === 'submit') Object.assign(set, { submitted_at: now, status_note: null });
    if (event === 'approve' || event === 'reject') Object.assign(set, { reviewed_at: now, reviewed_by: viewer.userId, status_note: event === 'reject' ? reason : null });
    await repo.updateProducer(trx, id, set);
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: row.status, to, event, actorId: viewer.userId, note: reason });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: `catalog.producer.${event}`, entityType: 'producer', entityId: id, before: { status: row.status }, after: { status: to, reason } });
    await notifyProducerDecision(trx, row, event, reason);
    if (event === 'approve') await refreshProductsOfProducer(trx, regions, id);
  });
  return getProducer(deps, viewer, id);
}

async function notifyProducerDecision(trx: Kysely<DB>, row: ProducerRow, event: string, reason: string | null) {
  if (event === 'submit') {
    const staff = await staffOver(trx, row.unit_path);
    await notify(trx, staff, { kind: 'catalog.producer.submitted', title: '新的生产主体入驻申请', body: `「${row.name}」提交了入驻申请，请审核。`, link: `/catalog/producer-review/${row.id}` });
    return;
  }
  if (!row.owner_user_id) return;
  const approved = event === 'approve';
  await notify(trx, row.owner_user_id, {
    kind: `catalog.producer.${event}`,
    title: approved ? '入驻申请已通过' : '入驻申请被驳回',
    body: approved ? `「${row.name}」已通过审核，可以提交商品核验。` : `「${row.name}」的申请被驳回：${reason ?? ''}`,
    link: `/catalog/my-producers/${row.id}`,
  });
}

/** Base staff whose unit is the record's unit or above it: they review it. */
export async function staffOver(db: Kysely<DB>, unitPath: string): Promise<string[]> {
  const ancestorIds = unitPath.split('/').filter(Boolean);
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('user_roles.user_id')
    .where('user_roles.role', '=', 'base_staff')
    .where('user_roles.unit_id', 'in', ancestorIds)
    .where('users.status', '=', 'active')
    .execute();
  return rows.map((r) => r.user_id);
}

export async function setDocumentsChecked(deps: CatalogDeps, viewer: CatalogViewer, id: string, checked: boolean): Promise<Producer> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await managedProducer(trx, viewer, id);
    if (!isStaffFor(viewer, row.unit_path)) throw new DomainError('FORBIDDEN', '只有基地工作人员可以核对资料');
    await repo.updateProducer(trx, id, { documents_checked: checked ? 1 : 0, updated_at: nowIso() });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: 'catalog.producer.documents_checked', entityType: 'producer', entityId: id, before: { checked: Boolean(row.documents_checked) }, after: { checked } });
  });
  return getProducer(deps, viewer, id);
}

export async function addSiteVisit(deps: CatalogDeps, viewer: CatalogViewer, id: string, input: { visitedOn: string; notes: string; photoFileIds: string[] }): Promise<Producer> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await managedProducer(trx, viewer, id);
    if (!isStaffFor(viewer, row.unit_path)) throw new DomainError('FORBIDDEN', '只有基地工作人员可以登记实地考察');
    const visitId = newId();
    await repo.insertSiteVisit(trx, { id: visitId, producer_id: id, visited_on: input.visitedOn, notes: input.notes, visitor_id: viewer.userId, created_at: nowIso() });
    await attachFiles(trx, { ids: input.photoFileIds, purposes: ['site_visit'], entityType: 'site_visit', entityId: visitId, userId: viewer.userId, detachOthers: false });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: 'catalog.producer.site_visit', entityType: 'producer', entityId: id, after: { visitId, visitedOn: input.visitedOn } });
    // A site visit deepens verification of every product of the producer.
    await refreshProductsOfProducer(trx, deps.regions, id);
  });
  return getProducer(deps, viewer, id);
}

export async function revealBank(db: Kysely<DB>, viewer: CatalogViewer, id: string) {
  const row = await managedProducer(db, viewer, id);
  await recordSensitiveRead(db, actorFor(viewer, row.unit_path), { entityType: 'producer', entityId: id, ownerId: row.owner_user_id, fields: ['bank_account'] });
  return { id, bankName: row.bank_name, bankAccount: row.bank_account };
}

export async function listProducers(deps: CatalogDeps, viewer: CatalogViewer, query: { page: number; pageSize: number; q?: string; status?: string; type?: string; unitId?: string }) {
  const { db, regions } = deps;
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await db.selectFrom('units').select('path').where('id', '=', query.unitId).executeTakeFirst();
    if (!unit) throw new DomainError('UNIT_NOT_FOUND');
    unitPath = unit.path;
  }
  const { items, total } = await repo.listProducers(
    db,
    { ownerUserId: viewer.userId, unitPaths: viewer.staffScope.pathPrefixes, status: query.status, type: query.type, unitPath, q: query.q },
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return { items: items.map((r) => toProducerSummary(r, regions, viewer, Number(r.product_count))), total };
}
